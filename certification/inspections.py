"""Inspections: an inspector records answers, photos and non-conformities for one product against
one standard version; the score is live while it is a draft and fixed when it is submitted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from certification import photos, standards
from certification.core import audit, clock
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.core.refs import StandardRef
from certification.core.search import collation_key, contains
from certification.producers import CategoryInfo, category_info
from certification.scoring import AnswerValue, ScoreResult, VersionSpec, evaluate
from certification.users import UserInfo, require
from models import (
    Answer,
    Certificate,
    Criterion,
    Inspection,
    InspectionPhoto,
    NonConformity,
    Producer,
    Product,
    StandardVersion,
)
from models.enums import (
    CertificateStatus,
    CriterionKind,
    InspectionKind,
    InspectionStatus,
    NonConformityStatus,
    Role,
)

# Who inspects (starts, answers, submits) and who may also close a non-conformity found.
INSPECTING_ROLES = (Role.INSPECTOR,)
NON_CONFORMITY_ROLES = (Role.INSPECTOR, Role.CLERK)


@dataclass(frozen=True)
class NonConformityInfo:
    id: int
    criterion_code: str
    description: str
    corrective_action: str
    due_on: date | None
    status: NonConformityStatus


@dataclass(frozen=True)
class InspectionInfo:
    id: int
    kind: InspectionKind
    status: InspectionStatus
    product_id: int
    product_name: str
    producer_id: int
    producer_name: str
    region_code: str
    version_id: int
    standard_label: StandardRef
    inspector: str
    inspector_name: str
    inspected_on: date
    place: str
    sample_lot: str
    notes: str
    certificate_number: str | None
    answers: dict[str, AnswerValue]
    result: ScoreResult
    non_conformities: tuple[NonConformityInfo, ...]
    photo_count: int
    submitted_at: datetime | None


@dataclass(frozen=True)
class InspectionSummary:
    id: int
    kind: InspectionKind
    status: InspectionStatus
    product_name: str
    producer_name: str
    standard_label: StandardRef
    inspector_name: str
    inspected_on: date
    score: Decimal | None
    passed: bool | None
    stars: int | None = None


@dataclass(frozen=True)
class InspectionPhotoInfo:
    """A photo of an inspection whole, as it was taken (the thumbnail is for lists)."""

    id: int
    inspection_id: int
    criterion_code: str
    caption: str
    mime: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class ProductChoice:
    """A product that can be inspected, with what the start form needs to know about it."""

    product_id: int
    product: str
    producer_id: int
    producer: str
    village: str
    category: CategoryInfo
    certificates: tuple[str, ...]  # numbers in force that cover it (surveillance, renewal)


def _inspection(session: Session, inspection_id: int) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound("inspection.not_found", id=inspection_id)
    return inspection


def _answers(inspection: Inspection) -> dict[str, AnswerValue]:
    result = {}
    for a in inspection.answers:
        choice = None
        if a.choice is not None:
            choice = [h.id for h in a.criterion.choices].index(a.choice.id)
        result[a.criterion.code] = AnswerValue(a.value_bool, a.value_number, choice, a.note)
    return result


def _info(session: Session, i: Inspection) -> InspectionInfo:
    spec = standards.spec_of(i.version)
    certificate = session.get(Certificate, i.certificate_id) if i.certificate_id else None
    answers = _answers(i)
    return InspectionInfo(
        i.id,
        i.kind,
        i.status,
        i.product_id,
        i.product.name,
        i.product.producer_id,
        i.product.producer.name,
        i.product.producer.region_code,
        i.version_id,
        StandardRef(i.version.standard.code, i.version.version),
        i.inspector.username,
        i.inspector.full_name,
        i.inspected_on,
        i.place,
        i.sample_lot,
        i.notes,
        certificate.number if certificate else None,
        answers,
        evaluate(spec, answers),
        tuple(
            NonConformityInfo(
                n.id,
                _code(session, n.criterion_id),
                n.description,
                n.corrective_action,
                n.due_on,
                n.status,
            )
            for n in i.non_conformities
        ),
        len(i.photos),
        i.submitted_at,
    )


def _code(session: Session, criterion_id: int | None) -> str:
    if criterion_id is None:
        return ""
    criterion = session.get(Criterion, criterion_id)
    return criterion.code if criterion else ""


def start_inspection(
    session: Session,
    inspector: UserInfo,
    product_id: int,
    version_id: int,
    inspected_on: date,
    *,
    kind: InspectionKind = InspectionKind.INITIAL,
    certificate_number: str | None = None,
    place: str = "",
    sample_lot: str = "",
) -> InspectionInfo:
    require(inspector, *INSPECTING_ROLES)
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("product.not_found", id=product_id)
    version = session.get(StandardVersion, version_id)
    if version is None:
        raise NotFound("standard.version_not_found", id=version_id)
    if version.standard.category_id != product.category_id:
        raise RuleViolation(
            "inspection.wrong_category", product=product.name, standard=version.standard.code
        )
    if inspected_on > clock.today():
        raise InvalidInput("inspection.future_date", field="inspected_on", value=inspected_on)
    certificate_id = None
    if kind != InspectionKind.INITIAL:
        if not certificate_number:
            raise InvalidInput("inspection.certificate_required", field="certificate")
        certificate = session.scalar(
            select(Certificate).where(Certificate.number == certificate_number)
        )
        if certificate is None:
            raise NotFound("certificate.not_found", number=certificate_number)
        if product not in certificate.products:
            raise RuleViolation(
                "inspection.product_not_in_scope", product=product.name, number=certificate_number
            )
        certificate_id = certificate.id
    inspection = Inspection(
        product_id=product.id,
        version_id=version.id,
        inspector_id=inspector.id,
        kind=kind,
        certificate_id=certificate_id,
        status=InspectionStatus.DRAFT,
        inspected_on=inspected_on,
        place=place.strip(),
        sample_lot=sample_lot.strip(),
    )
    session.add(inspection)
    version.frozen = True  # from now on this version's text is evidence
    session.flush()
    audit.record(
        session,
        inspector.username,
        "inspection.started",
        "inspection",
        inspection.id,
        product_id=product.id,
        version_id=version.id,
        kind=kind.value,
    )
    return _info(session, inspection)


def may_change_draft(user: UserInfo, inspector: str) -> bool:
    """Whether `user` may change a draft started by the user named `inspector`: its own
    inspector, or an administrator."""
    return user.active and (user.username == inspector or Role.ADMIN in user.roles)


def _draft(session: Session, inspection_id: int, inspector: UserInfo) -> Inspection:
    inspection = _inspection(session, inspection_id)
    if inspection.status != InspectionStatus.DRAFT:
        raise RuleViolation("inspection.not_draft", id=inspection_id)
    if not may_change_draft(inspector, inspection.inspector.username):
        raise RuleViolation("inspection.not_yours", id=inspection_id)
    return inspection


def _check_answer(c: Criterion, a: AnswerValue) -> None:
    if (
        c.kind == CriterionKind.SCALE
        and a.number is not None
        and not (0 <= a.number <= (c.scale_max or 0))
    ):
        raise InvalidInput("inspection.scale_out_of_range", field=c.code, maximum=c.scale_max)
    if (
        c.kind == CriterionKind.CHOICE
        and a.choice is not None
        and not (0 <= a.choice < len(c.choices))
    ):
        raise InvalidInput("inspection.bad_choice", field=c.code)
    if a.number is not None and not a.number.is_finite():
        raise InvalidInput("field.not_a_number", field=c.code, value=a.number)


def record_answers(
    session: Session,
    inspector: UserInfo,
    inspection_id: int,
    answers: dict[str, AnswerValue],
    *,
    notes: str | None = None,
    place: str | None = None,
    sample_lot: str | None = None,
) -> InspectionInfo:
    """Save answers by criterion code (a draft may be saved any number of times)."""
    inspection = _draft(session, inspection_id, inspector)
    by_code = {c.code: c for g in inspection.version.groups for c in g.criteria}
    existing = {a.criterion.code: a for a in inspection.answers}
    for code, value in answers.items():
        criterion = by_code.get(code)
        if criterion is None:
            raise InvalidInput("inspection.unknown_criterion", field=code)
        _check_answer(criterion, value)
        row = existing.get(code) or Answer(criterion_id=criterion.id)
        row.value_bool = value.yes if criterion.kind == CriterionKind.YES_NO else None
        row.value_number = (
            value.number
            if criterion.kind in (CriterionKind.SCALE, CriterionKind.MEASUREMENT)
            else None
        )
        row.choice_id = (
            criterion.choices[value.choice].id
            if criterion.kind == CriterionKind.CHOICE and value.choice is not None
            else None
        )
        row.note = value.note.strip()
        if code not in existing:
            inspection.answers.append(row)
    if notes is not None:
        inspection.notes = notes.strip()
    if place is not None:
        inspection.place = place.strip()
    if sample_lot is not None:
        inspection.sample_lot = sample_lot.strip()
    session.flush()
    session.expire(inspection, ["answers"])
    audit.record(
        session,
        inspector.username,
        "inspection.answers_saved",
        "inspection",
        inspection.id,
        criteria=sorted(answers),
    )
    return _info(session, inspection)


def add_non_conformity(
    session: Session,
    inspector: UserInfo,
    inspection_id: int,
    description: str,
    corrective_action: str = "",
    due_on: date | None = None,
    criterion_code: str = "",
) -> InspectionInfo:
    inspection = _draft(session, inspection_id, inspector)
    if not description.strip():
        raise InvalidInput("field.required", field="description")
    if due_on is not None and due_on < inspection.inspected_on:
        raise InvalidInput("inspection.due_before_inspection", field="due_on", value=due_on)
    criterion_id = None
    if criterion_code:
        match = [
            c for g in inspection.version.groups for c in g.criteria if c.code == criterion_code
        ]
        if not match:
            raise InvalidInput("inspection.unknown_criterion", field=criterion_code)
        criterion_id = match[0].id
    inspection.non_conformities.append(
        NonConformity(
            criterion_id=criterion_id,
            description=description.strip(),
            corrective_action=corrective_action.strip(),
            due_on=due_on,
            status=NonConformityStatus.OPEN,
        )
    )
    session.flush()
    audit.record(
        session,
        inspector.username,
        "inspection.non_conformity",
        "inspection",
        inspection.id,
        description=description.strip(),
        due_on=due_on,
    )
    return _info(session, inspection)


def close_non_conformity(
    session: Session, user: UserInfo, non_conformity_id: int, closed_on: date
) -> None:
    require(user, *NON_CONFORMITY_ROLES)
    nc = session.get(NonConformity, non_conformity_id)
    if nc is None:
        raise NotFound("non_conformity.not_found", id=non_conformity_id)
    if nc.status == NonConformityStatus.CLOSED:
        raise RuleViolation("non_conformity.closed", id=non_conformity_id)
    nc.status, nc.closed_on = NonConformityStatus.CLOSED, closed_on
    session.flush()
    audit.record(
        session,
        user.username,
        "non_conformity.closed",
        "inspection",
        nc.inspection_id,
        non_conformity=nc.id,
    )


def add_photo(
    session: Session,
    inspector: UserInfo,
    inspection_id: int,
    data: bytes,
    caption: str = "",
    criterion_code: str = "",
) -> int:
    inspection = _draft(session, inspection_id, inspector)
    checked = photos.check_photo(data)
    criterion_id = None
    if criterion_code:
        match = [
            c.id for g in inspection.version.groups for c in g.criteria if c.code == criterion_code
        ]
        if not match:
            raise InvalidInput("inspection.unknown_criterion", field=criterion_code)
        criterion_id = match[0]
    photo = InspectionPhoto(
        criterion_id=criterion_id,
        caption=caption.strip()[:200],
        mime=checked.mime,
        width=checked.width,
        height=checked.height,
        data=checked.data,
        thumbnail=checked.thumbnail,
    )
    inspection.photos.append(photo)
    session.flush()
    audit.record(
        session,
        inspector.username,
        "inspection.photo_added",
        "inspection",
        inspection.id,
        photo=photo.id,
        criterion=criterion_code,
    )
    return photo.id


def photo_thumbnails(session: Session, inspection_id: int) -> list[tuple[int, str, str, bytes]]:
    """(photo id, criterion code, caption, JPEG thumbnail) for each photo of an inspection."""
    inspection = _inspection(session, inspection_id)
    return [
        (p.id, _code(session, p.criterion_id), p.caption, p.thumbnail) for p in inspection.photos
    ]


def get_photo(session: Session, photo_id: int) -> InspectionPhotoInfo:
    photo = session.get(InspectionPhoto, photo_id)
    if photo is None:
        raise NotFound("photo.not_found", id=photo_id)
    return InspectionPhotoInfo(
        photo.id,
        photo.inspection_id,
        _code(session, photo.criterion_id),
        photo.caption,
        photo.mime,
        photo.width,
        photo.height,
        photo.data,
    )


def remove_photo(session: Session, inspector: UserInfo, photo_id: int) -> None:
    """Take a photo out of a draft; a submitted inspection keeps its photos as evidence."""
    photo = session.get(InspectionPhoto, photo_id)
    if photo is None:
        raise NotFound("photo.not_found", id=photo_id)
    inspection = _draft(session, photo.inspection_id, inspector)
    code = _code(session, photo.criterion_id)
    inspection.photos.remove(photo)
    session.flush()
    audit.record(
        session,
        inspector.username,
        "inspection.photo_removed",
        "inspection",
        inspection.id,
        photo=photo_id,
        criterion=code,
    )


def submit(session: Session, inspector: UserInfo, inspection_id: int) -> InspectionInfo:
    """Fix the result. Every scored criterion must be answered."""
    inspection = _draft(session, inspection_id, inspector)
    info = _info(session, inspection)
    if info.result.unanswered:
        raise RuleViolation("inspection.incomplete", codes=list(info.result.unanswered))
    inspection.status = InspectionStatus.SUBMITTED
    inspection.score, inspection.stars = info.result.score, info.result.stars
    inspection.passed = info.result.passed
    inspection.submitted_at = clock.now()
    session.flush()
    audit.record(
        session,
        inspector.username,
        "inspection.submitted",
        "inspection",
        inspection.id,
        score=info.result.score,
        passed=info.result.passed,
        stars=info.result.stars,
    )
    return _info(session, inspection)


def get_inspection(session: Session, inspection_id: int) -> InspectionInfo:
    return _info(session, _inspection(session, inspection_id))


def preview(spec: VersionSpec, answers: dict[str, AnswerValue]) -> ScoreResult:
    return evaluate(spec, answers)


def list_inspections(
    session: Session, status: InspectionStatus | None = None, limit: int = 1000
) -> list[InspectionSummary]:
    stmt = select(Inspection).order_by(Inspection.inspected_on.desc(), Inspection.id.desc())
    if status is not None:
        stmt = stmt.where(Inspection.status == status)
    return [
        InspectionSummary(
            i.id,
            i.kind,
            i.status,
            i.product.name,
            i.product.producer.name,
            StandardRef(i.version.standard.code, i.version.version),
            i.inspector.full_name,
            i.inspected_on,
            i.score,
            i.passed,
            i.stars,
        )
        for i in session.scalars(stmt.limit(limit))
    ]


def products_to_inspect(session: Session, query: str = "", limit: int = 50) -> list[ProductChoice]:
    """Products whose name or producer's name contains `query` (any case, any script), the first
    `limit` in the order of the Kyrgyz alphabet (by producer, then product): sorted in SQL by
    `collation_key`, so names beginning with Ң Ө Ү are not the first cut off."""
    stmt = (
        select(Product)
        .join(Product.producer)
        .order_by(
            collation_key(Producer.name_search), collation_key(Product.name_search), Product.id
        )
    )
    if query.strip():
        stmt = stmt.where(
            or_(contains(Product.name_search, query), contains(Producer.name_search, query))
        )
    result = []
    for p in session.scalars(stmt.limit(limit)):
        in_force = session.scalars(
            select(Certificate.number)
            .where(
                Certificate.products.any(Product.id == p.id),
                Certificate.status.in_([CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED]),
            )
            .order_by(Certificate.issued_on.desc())
        )
        result.append(
            ProductChoice(
                p.id,
                p.name,
                p.producer_id,
                p.producer.name,
                p.producer.village,
                category_info(p.category),
                tuple(in_force),
            )
        )
    return result
