"""Producers, their products, categories and photos."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.enums import ProducerKind, enum_column
from models.office import Region


def fold(text: str) -> str:
    """Search key: case-folded for every script (SQLite's LIKE folds ASCII only)."""
    return " ".join(text.casefold().split())


class ProductCategory(Base):
    __tablename__ = "product_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_ky: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))

    def name(self, lang: str) -> str:
        return str(getattr(self, f"name_{lang}", self.name_en))


class Producer(Base):
    __tablename__ = "producer"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ProducerKind] = mapped_column(enum_column(ProducerKind))
    name: Mapped[str] = mapped_column(String(200))
    name_search: Mapped[str] = mapped_column(String(200), index=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    district: Mapped[str] = mapped_column(String(120), default="")
    village: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    tax_id: Mapped[str] = mapped_column(String(20), default="")  # ИНН, 14 digits when given
    members: Mapped[int] = mapped_column(Integer, default=1)
    women: Mapped[int] = mapped_column(Integer, default=0)
    youth: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    region: Mapped["Region"] = relationship()
    products: Mapped[list["Product"]] = relationship(
        back_populates="producer", order_by="Product.id"
    )


class Product(Base):
    __tablename__ = "product"
    # A name search reads the producers of the products whose names match: with the producer
    # beside the name, it reads this index alone, not the whole table.
    __table_args__ = (Index("ix_product_name_search_producer", "name_search", "producer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("product_category.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_search: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    producer: Mapped["Producer"] = relationship(back_populates="products")
    category: Mapped["ProductCategory"] = relationship()
    photos: Mapped[list["ProductPhoto"]] = relationship(
        back_populates="product", order_by="ProductPhoto.id"
    )


class ProductPhoto(Base):
    __tablename__ = "product_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    caption: Mapped[str] = mapped_column(String(200), default="")
    mime: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)  # JPEG, longest side 256 px
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    product: Mapped["Product"] = relationship(back_populates="photos")
