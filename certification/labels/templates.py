"""Label stock: the office's own templates (gLabels imports or typed in) beside the built-ins, and
the printer offset measured for each."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.core import audit, clock
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.documents.labels import MAX_OFFSET_MM, LabelGeometry, PrinterOffset
from certification.documents.templates import (
    LabelTemplate,
    Layout,
    builtin_templates,
    find_template,
    parse_glabels,
)
from certification.users import UserInfo, require
from models import LabelTemplateRecord
from models import PrinterOffset as OffsetRow
from models.enums import Role, TemplateSource

DEFAULT_TEMPLATE = "a4-3x8"


@dataclass(frozen=True)
class TemplateInfo:
    template: LabelTemplate
    source: TemplateSource
    offset: PrinterOffset

    @property
    def id(self) -> str:
        return self.template.id


def _template_of(row: LabelTemplateRecord) -> LabelTemplate:
    return LabelTemplate(
        id=row.code,
        brand=row.brand,
        part=row.part,
        description=row.description,
        page_width=row.page_width,
        page_height=row.page_height,
        label_width=row.label_width,
        label_height=row.label_height,
        layouts=tuple(Layout(*lay) for lay in json.loads(row.layouts)),
        corner=row.corner,
        roll=row.roll,
    )


def own_templates(session: Session) -> tuple[LabelTemplate, ...]:
    rows = session.scalars(
        select(LabelTemplateRecord)
        .where(LabelTemplateRecord.removed_at.is_(None))
        .order_by(LabelTemplateRecord.code)
    )
    return tuple(_template_of(r) for r in rows)


def template(session: Session, template_id: str | None) -> LabelTemplate:
    """A template by id among the office's own and the built-ins (the A4 3×8 sheet by default)."""
    return find_template((template_id or DEFAULT_TEMPLATE).strip(), own_templates(session))


def templates(session: Session) -> list[TemplateInfo]:
    offsets = {o.template: PrinterOffset(o.dx, o.dy) for o in session.scalars(select(OffsetRow))}
    rows = session.execute(
        select(LabelTemplateRecord.code, LabelTemplateRecord.source).where(
            LabelTemplateRecord.removed_at.is_(None)
        )
    )
    sources = {code: TemplateSource(source) for code, source in rows}
    out = [
        TemplateInfo(t, TemplateSource.BUILTIN, offsets.get(t.id, PrinterOffset()))
        for t in builtin_templates()
    ]
    out += [
        TemplateInfo(t, sources[t.id], offsets.get(t.id, PrinterOffset()))
        for t in own_templates(session)
    ]
    return out


def _usable(t: LabelTemplate) -> None:
    """A template Belgi can print on: labels on the page and big enough for a readable code."""
    t.check()
    LabelGeometry.for_template(t)


def _store(session: Session, t: LabelTemplate, source: TemplateSource, username: str) -> None:
    layouts = json.dumps([[lay.nx, lay.ny, lay.x0, lay.y0, lay.dx, lay.dy] for lay in t.layouts])
    row = session.scalars(
        select(LabelTemplateRecord).where(LabelTemplateRecord.code == t.id)
    ).first()
    if row is None:
        row = LabelTemplateRecord(code=t.id, created_by=username)
        session.add(row)
    row.brand, row.part, row.description, row.source = t.brand, t.part, t.description, source
    row.page_width, row.page_height = t.page_width, t.page_height
    row.label_width, row.label_height = t.label_width, t.label_height
    row.corner, row.roll, row.layouts = t.corner, t.roll, layouts
    row.removed_at = None
    session.flush()


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...]
    skipped: tuple[str, ...]  # already known, or too small for a readable code


def import_glabels(session: Session, actor: UserInfo, data: bytes) -> ImportResult:
    """Take in the rectangular templates of a gLabels file; ones already known are left as they
    are, so importing a vendor's file twice changes nothing."""
    require(actor, Role.CLERK)
    username = actor.username
    found = parse_glabels(data)
    known = {t.id for t in builtin_templates()} | {t.id for t in own_templates(session)}
    added, skipped = [], []
    for t in found:
        if t.id in known or len(t.id) > 80:
            skipped.append(t.id)
            continue
        try:
            _usable(t)
        except InvalidInput:
            skipped.append(t.id)
            continue
        _store(session, t, TemplateSource.GLABELS, username)
        known.add(t.id)
        added.append(t.id)
    if added:
        audit.record(
            session, username, "label_template.import", "label_template", added[0], added=added
        )
    return ImportResult(tuple(added), tuple(skipped))


def add_template(
    session: Session,
    actor: UserInfo,
    code: str,
    *,
    page: tuple[float, float],
    label: tuple[float, float],
    grid: tuple[int, int],
    origin: tuple[float, float] = (0.0, 0.0),
    pitch: tuple[float, float] | None = None,
    corner: float = 0.0,
    roll: bool = False,
    description: str = "",
) -> TemplateInfo:
    """A template typed in from the sheet's packaging: page and label size, columns × rows, the
    first label's top-left corner and the distance between labels (mm)."""
    require(actor, Role.CLERK)
    username = actor.username
    code = " ".join(code.split())
    if not code or len(code) > 80:
        raise InvalidInput("label.template_code", field="template", value=code)
    known = {t.id for t in builtin_templates()} | {t.id for t in own_templates(session)}
    if code in known:
        raise RuleViolation("label.template_exists", template=code)
    values = (*page, *label, *origin, *(pitch or label), corner)
    if any(not 0 <= v <= 2000 for v in values) or not (1 <= grid[0] <= 50 and 1 <= grid[1] <= 200):
        raise InvalidInput("label.template_invalid", template=code)
    dx, dy = pitch or label
    brand, _, part = code.partition(" ")
    t = LabelTemplate(
        id=code,
        brand=brand if part else "",
        part=part or code,
        description=description.strip()[:200],
        page_width=page[0],
        page_height=page[1],
        label_width=label[0],
        label_height=label[1],
        layouts=(Layout(grid[0], grid[1], origin[0], origin[1], dx, dy),),
        corner=corner,
        roll=roll,
    )
    _usable(t)
    if (grid[0] > 1 and dx < label[0]) or (grid[1] > 1 and dy < label[1]):
        raise InvalidInput("label.template_invalid", template=code)
    _store(session, t, TemplateSource.TYPED, username)
    audit.record(
        session, username, "label_template.add", "label_template", code, page=page, label=label
    )
    return TemplateInfo(t, TemplateSource.TYPED, printer_offset(session, code))


def remove_template(session: Session, actor: UserInfo, template_id: str) -> None:
    """Hide an own template from choice lists; past jobs keep its name."""
    require(actor, Role.CLERK)
    row = session.scalars(
        select(LabelTemplateRecord).where(
            LabelTemplateRecord.code == template_id.strip(),
            LabelTemplateRecord.removed_at.is_(None),
        )
    ).first()
    if row is None:
        raise NotFound("label.template_not_found", template=template_id)
    row.removed_at = clock.now()
    audit.record(session, actor.username, "label_template.remove", "label_template", row.code)


# Printer offsets -------------------------------------------------------------------------------


def _offset_mm(field: str, value: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput("label.offset_not_number", field=field, value=str(value)) from None
    if not math.isfinite(number):
        raise InvalidInput("label.offset_not_number", field=field, value=str(value))
    if abs(number) > MAX_OFFSET_MM:
        raise InvalidInput("label.offset_too_large", field=field, limit=f"{MAX_OFFSET_MM:g}")
    return round(number, 2)


def printer_offset(session: Session, template_id: str) -> PrinterOffset:
    row = session.get(OffsetRow, template_id)
    return PrinterOffset(row.dx, row.dy) if row else PrinterOffset()


def set_printer_offset(
    session: Session, actor: UserInfo, template_id: str, dx: float, dy: float
) -> PrinterOffset:
    """Calibrate the printer for a template, measured from the outline page (mm). Each offset
    must be a finite number of at most `MAX_OFFSET_MM` either way; a refusal names its field."""
    require(actor, Role.CLERK)
    username = actor.username
    t = template(session, template_id)
    offset = PrinterOffset(_offset_mm("dx", dx), _offset_mm("dy", dy))
    row = session.get(OffsetRow, t.id)
    if row is None:
        row = OffsetRow(template=t.id, updated_by=username)
        session.add(row)
    row.dx, row.dy, row.updated_by, row.updated_at = offset.dx, offset.dy, username, clock.now()
    session.flush()
    audit.record(
        session, username, "printer_offset.set", "label_template", t.id, dx=offset.dx, dy=offset.dy
    )
    return offset
