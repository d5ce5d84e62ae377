"""Quality standards: per category, versioned. A version used by an inspection is frozen; changing
it means a new version, so every inspection stays judged by the text it was made against."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certification.core import audit
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.core.refs import StandardRef
from certification.producers import CategoryInfo, category_info
from certification.scoring import (
    ChoiceSpec,
    CriterionSpec,
    GroupSpec,
    StarBandSpec,
    VersionSpec,
)
from models import (
    Criterion,
    CriterionChoice,
    CriterionGroup,
    ProductCategory,
    Standard,
    StandardVersion,
    StarBand,
)
from models.enums import CriterionKind


@dataclass(frozen=True)
class StandardVersionInfo:
    id: int
    standard_id: int
    code: str
    title: str
    category: CategoryInfo
    version: int
    frozen: bool
    created_at: datetime
    spec: VersionSpec

    @property
    def label(self) -> StandardRef:
        return StandardRef(self.code, self.version)


@dataclass(frozen=True)
class StandardSummary:
    id: int
    code: str
    title: str
    category: CategoryInfo
    latest_version_id: int
    latest_version: int
    versions: int


def _decimal(value: object, field: str) -> Decimal:
    try:
        result = Decimal(str(value).replace(",", ".").strip())
    except (InvalidOperation, ValueError):
        raise InvalidInput("field.not_a_number", field=field, value=value) from None
    if not result.is_finite():
        raise InvalidInput("field.not_a_number", field=field, value=value)
    return result


@dataclass(frozen=True)
class SpecProblem:
    """One problem of a standard version being edited, and where it is: `group` and `criterion`
    are positions (None for the version as a whole or the whole group)."""

    group: int | None
    criterion: int | None
    error: InvalidInput


def check_spec(spec: VersionSpec) -> VersionSpec:
    """Validate a standard version as the editor submits it; raise on the first problem."""
    for problem in spec_problems(spec):
        raise problem.error
    return spec


def spec_problems(spec: VersionSpec) -> list[SpecProblem]:
    """Every problem of a version, in the order `check_spec` meets them, so the editor can show
    each one beside the part it is about."""
    return list(_problems(spec))


def _problems(spec: VersionSpec) -> Iterator[SpecProblem]:
    if failed := _failure(_check_pass_mark, spec):
        yield SpecProblem(None, None, failed)
    if not spec.groups:
        yield SpecProblem(None, None, InvalidInput("standard.no_groups", field="groups"))
    codes: set[str] = set()
    scored = 0
    for gi, g in enumerate(spec.groups):
        for problem in _group_problems(g):
            yield SpecProblem(gi, None, problem)
        for ci, c in enumerate(g.criteria):
            if failed := _failure(_check_criterion, c, codes):
                yield SpecProblem(gi, ci, failed)
            scored += c.scored
    if spec.groups and not scored:
        yield SpecProblem(None, None, InvalidInput("standard.nothing_scored", field="groups"))
    if failed := _failure(_check_star_bands, spec):
        yield SpecProblem(None, None, failed)


def _failure(check: Callable[..., None], *args: Any) -> InvalidInput | None:
    try:
        check(*args)
    except InvalidInput as error:
        return error
    return None


def _check_pass_mark(spec: VersionSpec) -> None:
    if not 0 <= _decimal(spec.pass_mark, "pass_mark") <= 100:
        raise InvalidInput("standard.bad_pass_mark", field="pass_mark", value=spec.pass_mark)


def _group_problems(g: GroupSpec) -> Iterator[InvalidInput]:
    if not g.name.strip():
        yield InvalidInput("field.required", field="group.name")
    if failed := _failure(_check_group_weight, g):
        yield failed
    if not g.criteria:
        yield InvalidInput("standard.empty_group", field="group.criteria", group=g.name)


def _check_group_weight(g: GroupSpec) -> None:
    if _decimal(g.weight, "group.weight") <= 0:
        raise InvalidInput("standard.bad_weight", field="group.weight", group=g.name)


def _check_star_bands(spec: VersionSpec) -> None:
    bands = sorted(spec.star_bands, key=lambda b: b.stars)
    if len({b.stars for b in bands}) != len(bands):
        raise InvalidInput("standard.bad_star_bands", field="star_bands")
    previous = Decimal(-1)
    for b in bands:
        minimum = _decimal(b.min_score, "star_bands")
        if not 1 <= b.stars <= 5 or not 0 <= minimum <= 100 or minimum <= previous:
            raise InvalidInput("standard.bad_star_bands", field="star_bands")
        previous = minimum


def _check_criterion(c: CriterionSpec, codes: set[str]) -> None:
    code = c.code.strip()
    if not re.fullmatch(r"[0-9A-Za-z.\-]{1,16}", code):
        raise InvalidInput("standard.bad_criterion_code", field="criterion.code", value=c.code)
    if code in codes:
        raise InvalidInput("standard.duplicate_code", field="criterion.code", value=code)
    codes.add(code)
    if not c.text.strip():
        raise InvalidInput("field.required", field="criterion.text", code=code)
    if c.scored and _decimal(c.weight, "criterion.weight") <= 0:
        raise InvalidInput("standard.bad_weight", field="criterion.weight", group=code)
    if c.kind == CriterionKind.NOTE and c.critical:
        raise InvalidInput("standard.note_not_critical", field="criterion.critical", code=code)
    if c.kind == CriterionKind.SCALE and not (c.scale_max and 1 <= c.scale_max <= 100):
        raise InvalidInput("standard.bad_scale", field="criterion.scale_max", code=code)
    if c.kind == CriterionKind.MEASUREMENT:
        if c.min_value is None and c.max_value is None:
            raise InvalidInput("standard.no_limits", field="criterion.min_value", code=code)
        if (
            c.min_value is not None
            and c.max_value is not None
            and _decimal(c.min_value, "criterion.min_value")
            > _decimal(c.max_value, "criterion.max_value")
        ):
            raise InvalidInput("standard.min_above_max", field="criterion.min_value", code=code)
    if c.kind == CriterionKind.CHOICE:
        if len(c.choices) < 2 or not any(ch.acceptable for ch in c.choices):
            raise InvalidInput("standard.bad_choices", field="criterion.choices", code=code)
        if any(not ch.text.strip() for ch in c.choices):
            raise InvalidInput("field.required", field="criterion.choices", code=code)


def _write_spec(version: StandardVersion, spec: VersionSpec) -> None:
    version.pass_mark = _decimal(spec.pass_mark, "pass_mark")
    version.note = spec.note
    version.groups = [
        CriterionGroup(
            position=gi,
            name=g.name.strip(),
            weight=_decimal(g.weight, "group.weight"),
            criteria=[
                Criterion(
                    position=ci,
                    code=c.code.strip(),
                    text=c.text.strip(),
                    kind=c.kind,
                    weight=_decimal(c.weight, "criterion.weight"),
                    critical=c.critical,
                    scale_max=c.scale_max if c.kind == CriterionKind.SCALE else None,
                    unit=c.unit.strip(),
                    min_value=c.min_value if c.kind == CriterionKind.MEASUREMENT else None,
                    max_value=c.max_value if c.kind == CriterionKind.MEASUREMENT else None,
                    choices=[
                        CriterionChoice(position=hi, text=h.text.strip(), acceptable=h.acceptable)
                        for hi, h in enumerate(c.choices)
                    ]
                    if c.kind == CriterionKind.CHOICE
                    else [],
                )
                for ci, c in enumerate(g.criteria)
            ],
        )
        for gi, g in enumerate(spec.groups)
    ]
    version.star_bands = [
        StarBand(stars=b.stars, min_score=_decimal(b.min_score, "star_bands"))
        for b in spec.star_bands
    ]


def spec_of(version: StandardVersion) -> VersionSpec:
    return VersionSpec(
        pass_mark=version.pass_mark,
        note=version.note,
        star_bands=tuple(StarBandSpec(b.stars, b.min_score) for b in version.star_bands),
        groups=tuple(
            GroupSpec(
                g.name,
                g.weight,
                id=g.id,
                criteria=tuple(
                    CriterionSpec(
                        c.code,
                        c.text,
                        c.kind,
                        c.weight,
                        c.critical,
                        c.scale_max,
                        c.unit,
                        c.min_value,
                        c.max_value,
                        tuple(ChoiceSpec(h.text, h.acceptable, h.id) for h in c.choices),
                        c.id,
                    )
                    for c in g.criteria
                ),
            )
            for g in version.groups
        ),
    )


def _info(v: StandardVersion) -> StandardVersionInfo:
    s = v.standard
    return StandardVersionInfo(
        v.id,
        s.id,
        s.code,
        s.title,
        category_info(s.category),
        v.version,
        v.frozen,
        v.created_at,
        spec_of(v),
    )


def create_standard(
    session: Session, actor: str, code: str, title: str, category_id: int, spec: VersionSpec
) -> StandardVersionInfo:
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9\-]{2,32}", code):
        raise InvalidInput("standard.bad_code", field="code", value=code)
    if not title.strip():
        raise InvalidInput("field.required", field="title")
    if session.get(ProductCategory, category_id) is None:
        raise InvalidInput("category.not_found", field="category", code=category_id)
    if session.scalar(select(Standard.id).where(Standard.code == code)) is not None:
        raise InvalidInput("standard.exists", field="code", value=code)
    check_spec(spec)
    standard = Standard(code=code, title=title.strip(), category_id=category_id)
    version = StandardVersion(standard=standard, version=1)
    _write_spec(version, spec)
    session.add_all([standard, version])
    session.flush()
    audit.record(
        session, actor, "standard.created", "standard_version", version.id, code=code, version=1
    )
    return _info(version)


def _version(session: Session, version_id: int) -> StandardVersion:
    version = session.get(StandardVersion, version_id)
    if version is None:
        raise NotFound("standard.version_not_found", id=version_id)
    return version


def get_version(session: Session, version_id: int) -> StandardVersionInfo:
    return _info(_version(session, version_id))


def save_version(
    session: Session, actor: str, version_id: int, spec: VersionSpec
) -> StandardVersionInfo:
    """Replace a draft version's content. A frozen version refuses: make a new version instead."""
    version = _version(session, version_id)
    if version.frozen:
        raise RuleViolation("standard.frozen", code=version.standard.code, version=version.version)
    check_spec(spec)
    version.groups.clear()
    version.star_bands.clear()
    session.flush()
    _write_spec(version, spec)
    session.flush()
    audit.record(
        session,
        actor,
        "standard.saved",
        "standard_version",
        version.id,
        code=version.standard.code,
        version=version.version,
    )
    return _info(version)


def new_version(session: Session, actor: str, version_id: int) -> StandardVersionInfo:
    """Start the next version of a standard as an editable copy of `version_id`."""
    source = _version(session, version_id)
    newest = (
        session.scalar(
            select(func.max(StandardVersion.version)).where(
                StandardVersion.standard_id == source.standard_id
            )
        )
        or 0
    )
    version = StandardVersion(standard_id=source.standard_id, version=newest + 1)
    _write_spec(version, spec_of(source))
    session.add(version)
    session.flush()
    audit.record(
        session,
        actor,
        "standard.new_version",
        "standard_version",
        version.id,
        code=source.standard.code,
        version=version.version,
        copied_from=source.version,
    )
    session.refresh(version)
    return _info(version)


def freeze(session: Session, version_id: int) -> None:
    """Called when an inspection first uses a version."""
    version = _version(session, version_id)
    version.frozen = True


def list_standards(session: Session, category_id: int | None = None) -> list[StandardSummary]:
    stmt = select(Standard).order_by(Standard.code)
    if category_id is not None:
        stmt = stmt.where(Standard.category_id == category_id)
    result = []
    for s in session.scalars(stmt):
        latest = s.versions[-1]
        result.append(
            StandardSummary(
                s.id,
                s.code,
                s.title,
                category_info(s.category),
                latest.id,
                latest.version,
                len(s.versions),
            )
        )
    return result


def versions(session: Session, standard_id: int) -> list[StandardVersionInfo]:
    standard = session.get(Standard, standard_id)
    if standard is None:
        raise NotFound("standard.not_found", id=standard_id)
    return [_info(v) for v in standard.versions]


def version_by_code(session: Session, code: str, version: int | None = None) -> StandardVersionInfo:
    standard = session.scalar(select(Standard).where(Standard.code == code.upper()))
    if standard is None or not standard.versions:
        raise NotFound("standard.not_found", id=code)
    if version is None:
        return _info(standard.versions[-1])
    for v in standard.versions:
        if v.version == version:
            return _info(v)
    raise NotFound("standard.version_not_found", id=f"{code} v{version}")
