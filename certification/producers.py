"""The register: producers (individuals and production groups), their products and photos."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from certification import certificates, photos
from certification.core import audit
from certification.core.errors import InvalidInput, NotFound, refuse_all
from certification.core.search import contains, fragment_count, scanned
from certification.office import Trilingual
from certification.users import UserInfo, require
from models import Certificate, Producer, Product, ProductCategory, ProductPhoto, Region, fold
from models.enums import CertificateStatus, ProducerKind, Role


@dataclass(frozen=True)
class ProducerForm:
    """What the office types about a producer."""

    kind: ProducerKind
    name: str
    region_code: str
    district: str = ""
    village: str = ""
    address: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    members: int = 1
    women: int = 0
    youth: int = 0
    notes: str = ""


@dataclass(frozen=True)
class ProducerInfo:
    id: int
    kind: ProducerKind
    name: str
    region_code: str
    district: str
    village: str
    address: str
    contact_person: str
    phone: str
    email: str
    tax_id: str
    members: int
    women: int
    youth: int
    notes: str
    product_count: int
    updated_at: datetime


@dataclass(frozen=True)
class CategoryInfo(Trilingual):
    id: int
    code: str


@dataclass(frozen=True)
class ProductInfo:
    id: int
    producer_id: int
    producer_name: str
    category: CategoryInfo
    name: str
    description: str
    photo_ids: tuple[int, ...]


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    caption: str
    mime: str
    width: int
    height: int
    thumbnail: bytes


# Who keeps the register: the secretary and the inspectors (administrators hold every role).
REGISTER_ROLES = (Role.CLERK, Role.INSPECTOR)
CATEGORY_ROLES = (Role.CLERK,)

PHONE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check(session: Session, form: ProducerForm) -> ProducerForm:
    """The form with its texts tidied; every field's problem at once when it has any."""
    name = " ".join(form.name.split())
    problems: list[InvalidInput] = []
    if not name:
        problems.append(InvalidInput("field.required", field="name"))
    elif len(name) > 200:
        problems.append(InvalidInput("field.too_long", field="name", maximum=200))
    if not form.region_code.strip():
        problems.append(InvalidInput("field.required", field="region_code"))
    elif session.get(Region, form.region_code) is None:
        problems.append(InvalidInput("region.unknown", field="region_code", value=form.region_code))
    if form.phone and not PHONE.match(form.phone.strip()):
        problems.append(InvalidInput("producer.bad_phone", field="phone", value=form.phone))
    if form.email and not EMAIL.match(form.email.strip()):
        problems.append(InvalidInput("producer.bad_email", field="email", value=form.email))
    if form.tax_id and not re.fullmatch(r"\d{14}", form.tax_id.strip()):
        problems.append(InvalidInput("producer.bad_tax_id", field="tax_id", value=form.tax_id))
    counted = True
    for field in ("members", "women", "youth"):
        value = getattr(form, field)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100_000:
            problems.append(InvalidInput("producer.bad_count", field=field, value=value))
            counted = False
    if counted and form.members < 1:
        problems.append(InvalidInput("producer.bad_count", field="members", value=form.members))
    elif counted:
        for field in ("women", "youth"):
            if getattr(form, field) > form.members:
                problems.append(
                    InvalidInput("producer.more_than_members", field=field, members=form.members)
                )
        if form.kind == ProducerKind.INDIVIDUAL and form.members != 1:
            problems.append(InvalidInput("producer.individual_is_one", field="members"))
    refuse_all(problems)
    strip = {
        f.name: getattr(form, f.name).strip()
        for f in fields(form)
        if isinstance(getattr(form, f.name), str) and f.name != "kind"
    }
    return ProducerForm(**{**form.__dict__, **strip, "name": name, "kind": ProducerKind(form.kind)})


# What a ProducerInfo holds, by the same names (less the product count, read apart).
_INFO_COLUMNS = (
    Producer.id,
    Producer.kind,
    Producer.name,
    Producer.region_code,
    Producer.district,
    Producer.village,
    Producer.address,
    Producer.contact_person,
    Producer.phone,
    Producer.email,
    Producer.tax_id,
    Producer.members,
    Producer.women,
    Producer.youth,
    Producer.notes,
    Producer.updated_at,
)


def _info(p: Producer, product_count: int) -> ProducerInfo:
    return ProducerInfo(
        p.id,
        p.kind,
        p.name,
        p.region_code,
        p.district,
        p.village,
        p.address,
        p.contact_person,
        p.phone,
        p.email,
        p.tax_id,
        p.members,
        p.women,
        p.youth,
        p.notes,
        product_count,
        p.updated_at,
    )


def register_producer(session: Session, actor: UserInfo, form: ProducerForm) -> ProducerInfo:
    require(actor, *REGISTER_ROLES)
    form = _check(session, form)
    producer = Producer(**form.__dict__, name_search=fold(form.name))
    session.add(producer)
    session.flush()
    audit.record(
        session, actor.username, "producer.registered", "producer", producer.id, **_plain(form)
    )
    return _info(producer, 0)


def update_producer(
    session: Session, actor: UserInfo, producer_id: int, form: ProducerForm
) -> ProducerInfo:
    require(actor, *REGISTER_ROLES)
    producer = _producer(session, producer_id)
    form = _check(session, form)
    before = {k: getattr(producer, k) for k in form.__dict__}
    for key, value in form.__dict__.items():
        setattr(producer, key, value)
    producer.name_search = fold(form.name)
    session.flush()
    if before["name"] != form.name:
        certificates.refresh_search_text(session, producer.id)
    changed = {k: v for k, v in _plain(form).items() if str(before[k]) != str(v)}
    audit.record(session, actor.username, "producer.updated", "producer", producer.id, **changed)
    return _info(producer, len(producer.products))


def _plain(form: ProducerForm) -> dict[str, object]:
    return {k: (v.value if isinstance(v, ProducerKind) else v) for k, v in form.__dict__.items()}


def _producer(session: Session, producer_id: int) -> Producer:
    producer = session.get(Producer, producer_id)
    if producer is None:
        raise NotFound("producer.not_found", id=producer_id)
    return producer


def get_producer(session: Session, producer_id: int) -> ProducerInfo:
    producer = _producer(session, producer_id)
    return _info(producer, len(producer.products))


COMMON = 4  # matches per row asked for above which reading names in order finds them sooner


def _fragment_match(
    session: Session, query: str, limit: int
) -> Callable[[InstrumentedAttribute[str], str], ColumnElement[bool]]:
    """The trigram index finds a rare fragment at once, but the producers it finds are then
    sorted by name; a common one is found sooner by reading producers in name order, testing
    each, until the limit (10,000 matches sorted cost more than that). The index counts first."""
    counts = [
        fragment_count(session, c, query) for c in (Producer.name_search, Product.name_search)
    ]
    if all(n is not None for n in counts) and sum(n or 0 for n in counts) > COMMON * limit:
        return scanned
    return contains


def search_producers(
    session: Session,
    query: str = "",
    *,
    region_code: str | None = None,
    category_id: int | None = None,
    limit: int = 500,
) -> list[ProducerInfo]:
    """Producers whose name or product names contain `query` in any case and script.

    Read as rows of the columns a `ProducerInfo` holds, not as mapped objects: a search that finds
    500 producers spends a third less time in Python."""
    stmt = select(*_INFO_COLUMNS)
    if query.strip():
        match = _fragment_match(session, query, limit)
        product_match = select(Product.producer_id).where(match(Product.name_search, query))
        stmt = stmt.where(or_(match(Producer.name_search, query), Producer.id.in_(product_match)))
    if region_code:
        stmt = stmt.where(Producer.region_code == region_code)
    if category_id is not None:
        stmt = stmt.where(
            Producer.id.in_(select(Product.producer_id).where(Product.category_id == category_id))
        )
    found = session.execute(stmt.order_by(Producer.name_search).limit(limit)).all()
    # Products counted for the rows found only, not for the whole register.
    counts: dict[int, int] = {
        producer_id: n
        for producer_id, n in session.execute(
            select(Product.producer_id, func.count())
            .where(Product.producer_id.in_([row.id for row in found]))
            .group_by(Product.producer_id)
        )
    }
    return [ProducerInfo(**row._mapping, product_count=counts.get(row.id, 0)) for row in found]


def participation(session: Session) -> dict[str, int]:
    """Totals reported upwards: producers, groups, members, women, youth."""
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Producer.members), 0),
            func.coalesce(func.sum(Producer.women), 0),
            func.coalesce(func.sum(Producer.youth), 0),
        )
    ).one()
    groups = session.scalar(select(func.count()).where(Producer.kind == ProducerKind.GROUP)) or 0
    return {
        "producers": row[0],
        "groups": groups,
        "members": row[1],
        "women": row[2],
        "youth": row[3],
    }


# Categories ---------------------------------------------------------------------------------


def category_info(c: ProductCategory) -> CategoryInfo:
    return CategoryInfo(
        name_ky=c.name_ky, name_ru=c.name_ru, name_en=c.name_en, id=c.id, code=c.code
    )


def categories(session: Session) -> list[CategoryInfo]:
    return [
        category_info(c)
        for c in session.scalars(select(ProductCategory).order_by(ProductCategory.code))
    ]


def add_category(
    session: Session, actor: UserInfo, code: str, name_ky: str, name_ru: str, name_en: str
) -> CategoryInfo:
    require(actor, *CATEGORY_ROLES)
    code = code.strip().lower()
    if not re.fullmatch(r"[a-z0-9_\-]{1,32}", code):
        raise InvalidInput("category.bad_code", field="code", value=code)
    if not name_ky.strip():
        raise InvalidInput("field.required", field="name_ky")
    if session.scalar(select(ProductCategory.id).where(ProductCategory.code == code)):
        raise InvalidInput("category.exists", field="code", value=code)
    category = ProductCategory(
        code=code,
        name_ky=name_ky.strip(),
        name_ru=name_ru.strip() or name_ky.strip(),
        name_en=name_en.strip() or name_ky.strip(),
    )
    session.add(category)
    session.flush()
    audit.record(
        session, actor.username, "category.added", "product_category", category.id, code=code
    )
    return category_info(category)


def category_by_code(session: Session, code: str) -> CategoryInfo:
    c = session.scalar(select(ProductCategory).where(ProductCategory.code == code))
    if c is None:
        raise NotFound("category.not_found", code=code)
    return category_info(c)


# Products -----------------------------------------------------------------------------------


def _product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("product.not_found", id=product_id)
    return product


def _product_info(p: Product) -> ProductInfo:
    return ProductInfo(
        p.id,
        p.producer_id,
        p.producer.name,
        category_info(p.category),
        p.name,
        p.description,
        tuple(ph.id for ph in p.photos),
    )


def _check_product(session: Session, name: str, category_id: int) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("field.required", field="name")
    if len(name) > 200:
        raise InvalidInput("field.too_long", field="name", maximum=200)
    if session.get(ProductCategory, category_id) is None:
        raise InvalidInput("category.not_found", field="category", code=category_id)
    return name


def add_product(
    session: Session,
    actor: UserInfo,
    producer_id: int,
    name: str,
    category_id: int,
    description: str = "",
) -> ProductInfo:
    require(actor, *REGISTER_ROLES)
    producer = _producer(session, producer_id)
    name = _check_product(session, name, category_id)
    product = Product(
        producer_id=producer.id,
        category_id=category_id,
        name=name,
        name_search=fold(name),
        description=description.strip(),
    )
    session.add(product)
    session.flush()
    audit.record(
        session,
        actor.username,
        "product.added",
        "product",
        product.id,
        producer_id=producer.id,
        name=name,
        category_id=category_id,
    )
    return _product_info(product)


def update_product(
    session: Session,
    actor: UserInfo,
    product_id: int,
    name: str,
    category_id: int,
    description: str = "",
) -> ProductInfo:
    require(actor, *REGISTER_ROLES)
    product = _product(session, product_id)
    name = _check_product(session, name, category_id)
    if category_id != product.category_id and _in_force_scope(session, product_id):
        raise InvalidInput("product.category_locked", field="category", name=product.name)
    renamed = product.name != name
    product.name, product.name_search = name, fold(name)
    product.category_id, product.description = category_id, description.strip()
    session.flush()
    if renamed:
        certificates.refresh_search_text(session, product.producer_id)
    audit.record(
        session,
        actor.username,
        "product.updated",
        "product",
        product.id,
        name=name,
        category_id=category_id,
    )
    return _product_info(product)


def _in_force_scope(session: Session, product_id: int) -> bool:
    """A certified product keeps its category: the certificate was judged against it."""
    stmt = select(Certificate.id).where(
        Certificate.products.any(Product.id == product_id),
        Certificate.status.in_([CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED]),
    )
    return session.scalar(stmt.limit(1)) is not None


def get_product(session: Session, product_id: int) -> ProductInfo:
    return _product_info(_product(session, product_id))


def products_of(session: Session, producer_id: int) -> list[ProductInfo]:
    producer = _producer(session, producer_id)
    return [_product_info(p) for p in producer.products]


def add_product_photo(
    session: Session, actor: UserInfo, product_id: int, data: bytes, caption: str = ""
) -> PhotoInfo:
    require(actor, *REGISTER_ROLES)
    product = _product(session, product_id)
    checked = photos.check_photo(data)
    photo = ProductPhoto(
        product_id=product.id,
        caption=caption.strip()[:200],
        mime=checked.mime,
        width=checked.width,
        height=checked.height,
        data=checked.data,
        thumbnail=checked.thumbnail,
    )
    session.add(photo)
    session.flush()
    audit.record(
        session,
        actor.username,
        "product.photo_added",
        "product",
        product.id,
        photo=photo.id,
        bytes=len(data),
    )
    return PhotoInfo(
        photo.id, photo.caption, photo.mime, photo.width, photo.height, photo.thumbnail
    )


def product_photos(session: Session, product_id: int) -> list[PhotoInfo]:
    return [
        PhotoInfo(p.id, p.caption, p.mime, p.width, p.height, p.thumbnail)
        for p in _product(session, product_id).photos
    ]


def photo_data(session: Session, photo_id: int) -> bytes:
    photo = session.get(ProductPhoto, photo_id)
    if photo is None:
        raise NotFound("photo.not_found", id=photo_id)
    return photo.data


def remove_product_photo(session: Session, actor: UserInfo, photo_id: int) -> None:
    require(actor, *REGISTER_ROLES)
    photo = session.get(ProductPhoto, photo_id)
    if photo is None:
        raise NotFound("photo.not_found", id=photo_id)
    product_id = photo.product_id
    session.delete(photo)
    session.flush()
    audit.record(
        session, actor.username, "product.photo_removed", "product", product_id, photo=photo_id
    )
