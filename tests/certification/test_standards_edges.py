"""A standard being edited lists every problem at its place, so the editor can show each one
beside its part; a standard is created only with a free code, a title and a real category."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from certification import standards
from certification.core.errors import InvalidInput, NotFound
from certification.demo import standard_spec
from certification.scoring import CriterionKind, StarBandSpec, VersionSpec
from models.db import read_unit, unit_of_work
from tests.factories import make_office

HONEY = standard_spec("honey")


def with_criterion(spec: VersionSpec, group: int, criterion: int, **changes: object) -> VersionSpec:
    g = spec.groups[group]
    criteria = list(g.criteria)
    criteria[criterion] = replace(criteria[criterion], **changes)  # type: ignore[arg-type]
    groups = list(spec.groups)
    groups[group] = replace(g, criteria=tuple(criteria))
    return replace(spec, groups=tuple(groups))


def problems(spec: VersionSpec) -> list[tuple[int | None, int | None, str, str]]:
    return [
        (p.group, p.criterion, p.error.code, p.error.fields["field"])
        for p in standards.spec_problems(spec)
    ]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            with_criterion(HONEY, 1, 2, code="2 3"),
            (1, 2, "standard.bad_criterion_code", "criterion.code"),
        ),
        (
            with_criterion(HONEY, 0, 2, weight="бир"),
            (0, 2, "field.not_a_number", "criterion.weight"),
        ),
        (
            with_criterion(HONEY, 0, 2, weight=Decimal("Infinity")),
            (0, 2, "field.not_a_number", "criterion.weight"),
        ),
        (
            with_criterion(HONEY, 0, 2, weight=Decimal(0)),
            (0, 2, "standard.bad_weight", "criterion.weight"),
        ),
        (
            with_criterion(HONEY, 2, 2, critical=True),  # 3.3 is a note
            (2, 2, "standard.note_not_critical", "criterion.critical"),
        ),
        (
            replace(HONEY, star_bands=(StarBandSpec(1, Decimal(70)), StarBandSpec(1, Decimal(80)))),
            (None, None, "standard.bad_star_bands", "star_bands"),
        ),
        (
            replace(HONEY, star_bands=(StarBandSpec(1, Decimal(80)), StarBandSpec(2, Decimal(75)))),
            (None, None, "standard.bad_star_bands", "star_bands"),
        ),
        (
            replace(HONEY, star_bands=(StarBandSpec(6, Decimal(99)),)),
            (None, None, "standard.bad_star_bands", "star_bands"),
        ),
    ],
)
def test_each_problem_is_named_at_its_place(
    spec: VersionSpec, expected: tuple[int | None, int | None, str, str]
) -> None:
    assert problems(spec) == [expected]
    with pytest.raises(InvalidInput) as refused:
        standards.check_spec(spec)
    assert refused.value.code == expected[2]


def test_a_standard_of_notes_only_scores_nothing() -> None:
    notes = tuple(
        replace(
            g,
            criteria=tuple(replace(c, kind=CriterionKind.NOTE, critical=False) for c in g.criteria),
        )
        for g in HONEY.groups
    )
    assert (None, None, "standard.nothing_scored", "groups") in problems(
        replace(HONEY, groups=notes)
    )


def test_a_standard_needs_a_free_code_a_title_and_a_category(any_engine: Engine) -> None:
    o = make_office(any_engine)
    for code, title, category, refusal in [
        ("BABP-JAM", " ", o.category_id, "field.required"),
        ("BABP-JAM", "Джем", 10_000, "category.not_found"),
        ("babp-honey", "Бал", o.category_id, "standard.exists"),
    ]:
        with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
            standards.create_standard(s, "admin", code, title, category, HONEY)
        assert refused.value.code == refusal
    with read_unit(o.factory) as s:
        assert [x.code for x in standards.list_standards(s)] == ["BABP-HONEY"]
        assert standards.version_by_code(s, "babp-honey", 1).id == o.version_id
        for missing in (
            lambda: standards.versions(s, 10_000),
            lambda: standards.get_version(s, 10_000),
            lambda: standards.version_by_code(s, "BABP-JAM"),
            lambda: standards.version_by_code(s, "BABP-HONEY", 2),
        ):
            with pytest.raises(NotFound):
                missing()
