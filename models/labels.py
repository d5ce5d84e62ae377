"""Label stock: the office's own templates and printer offsets, and the record of every print
job and spoiled label, so that each allocated serial can be accounted for."""

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.enums import LabelJobKind, LabelJobStatus, SpoilReason, TemplateSource, enum_column


class LabelTemplateRecord(Base):
    """A sheet or roll the office uses beyond the built-ins: imported from gLabels or typed in.

    Distances in millimetres from the page's top-left corner, as in the gLabels format;
    `layouts` is JSON: a list of [nx, ny, x0, y0, dx, dy].
    """

    __tablename__ = "label_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)  # what people type: «Avery L7160»
    brand: Mapped[str] = mapped_column(String(60))
    part: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[TemplateSource] = mapped_column(enum_column(TemplateSource))
    page_width: Mapped[float] = mapped_column(Float)
    page_height: Mapped[float] = mapped_column(Float)
    label_width: Mapped[float] = mapped_column(Float)
    label_height: Mapped[float] = mapped_column(Float)
    corner: Mapped[float] = mapped_column(Float, default=0.0)
    roll: Mapped[bool] = mapped_column(Boolean, default=False)
    layouts: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # kept: jobs name it


class PrinterOffset(Base):
    """How far the office's printer is off on one template (built-in or own), in mm."""

    __tablename__ = "printer_offset"

    template: Mapped[str] = mapped_column(String(80), primary_key=True)
    dx: Mapped[float] = mapped_column(Float, default=0.0)  # positive: print moves right
    dy: Mapped[float] = mapped_column(Float, default=0.0)  # positive: print moves down
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64))


class LabelPrint(Base):
    """One print job of a lot's labels: newly allocated serials ("print") or spoiled ones printed
    again ("reprint"). Written before the labels are drawn (status "pending"), then "printed" or
    "failed"; a job left pending was interrupted."""

    __tablename__ = "label_print"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("label_batch.id"))
    kind: Mapped[LabelJobKind] = mapped_column(enum_column(LabelJobKind))
    status: Mapped[LabelJobStatus] = mapped_column(enum_column(LabelJobStatus))
    labels: Mapped[int] = mapped_column(Integer)
    template: Mapped[str] = mapped_column(String(80))
    start: Mapped[int] = mapped_column(Integer, default=1)
    dx: Mapped[float] = mapped_column(Float, default=0.0)
    dy: Mapped[float] = mapped_column(Float, default=0.0)
    failure: Mapped[str] = mapped_column(String(80), default="")  # error code of a failed job
    # The process that runs the job ("host:pid:started"), so a job left pending by a run that is
    # over can be told from one still printing; "" for jobs recorded before runs were named.
    run: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    ranges: Mapped[list["LabelPrintRange"]] = relationship(
        order_by="LabelPrintRange.first_serial", cascade="all, delete-orphan"
    )


class LabelPrintRange(Base):
    """A run of consecutive serials printed by one job (a reprint may have several)."""

    __tablename__ = "label_print_range"

    id: Mapped[int] = mapped_column(primary_key=True)
    print_id: Mapped[int] = mapped_column(ForeignKey("label_print.id"), index=True)
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)


class LabelSpoilage(Base):
    """Printed labels that will not reach a product (misprinted, jammed, damaged, lost), or a job
    that failed before its labels were printed; they may be printed again with the same serials."""

    __tablename__ = "label_spoilage"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    reason: Mapped[SpoilReason] = mapped_column(enum_column(SpoilReason))
    note: Mapped[str] = mapped_column(Text, default="")
    print_id: Mapped[int | None] = mapped_column(ForeignKey("label_print.id"))  # a failed job
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64))
