"""The scoring engine: answers against one standard version → score, stars, pass/fail, reasons.

Pure: works on specs keyed by criterion code, so the standards editor can preview a form before it
is saved. Rules:
- each scored criterion earns a fraction: yes/no 1 or 0; scale value/max; measurement 1 inside
  [min, max] else 0; choice 1 when the chosen answer is acceptable; notes are not scored;
- a group's score is the weighted mean of its criteria, the total the weighted mean of the groups,
  as a percentage; unanswered criteria earn 0 and are listed;
- a critical criterion fails on "no", on a measurement out of range, on an unacceptable choice, or
  on a scale below half; any failed critical criterion fails the inspection whatever the score;
- stars: the highest band whose minimum the score reaches, and only when passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from models.enums import CriterionKind

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class ChoiceSpec:
    text: str
    acceptable: bool
    id: int | None = None


@dataclass(frozen=True)
class CriterionSpec:
    code: str
    text: str
    kind: CriterionKind
    weight: Decimal = Decimal(1)
    critical: bool = False
    scale_max: int | None = None
    unit: str = ""
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    choices: tuple[ChoiceSpec, ...] = ()
    id: int | None = None

    @property
    def scored(self) -> bool:
        return self.kind != CriterionKind.NOTE


@dataclass(frozen=True)
class GroupSpec:
    name: str
    weight: Decimal
    criteria: tuple[CriterionSpec, ...]
    id: int | None = None


@dataclass(frozen=True)
class StarBandSpec:
    stars: int
    min_score: Decimal


@dataclass(frozen=True)
class VersionSpec:
    pass_mark: Decimal
    groups: tuple[GroupSpec, ...]
    star_bands: tuple[StarBandSpec, ...] = ()
    note: str = ""

    def criteria(self) -> list[CriterionSpec]:
        return [c for g in self.groups for c in g.criteria]


@dataclass(frozen=True)
class AnswerValue:
    """An inspector's answer; which field counts depends on the criterion's kind."""

    yes: bool | None = None
    number: Decimal | None = None
    choice: int | None = None  # index into the criterion's choices
    note: str = ""


class ReasonKind(StrEnum):
    CRITICAL_FAILED = "critical_failed"
    OUT_OF_RANGE = "out_of_range"
    NOT_ACCEPTABLE = "not_acceptable"
    ANSWERED_NO = "answered_no"
    LOW_SCALE = "low_scale"
    UNANSWERED = "unanswered"
    BELOW_PASS_MARK = "below_pass_mark"


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    code: str = ""  # criterion code, empty for the whole inspection
    text: str = ""  # criterion text
    value: str = ""
    minimum: str = ""
    maximum: str = ""
    unit: str = ""
    by: str = ""  # out of range: how far beyond the limit the value lies
    above: bool | None = None  # out of range: above the maximum (True) or below the minimum


@dataclass(frozen=True)
class GroupScore:
    name: str
    score: Decimal


@dataclass(frozen=True)
class ScoreResult:
    score: Decimal
    stars: int | None
    passed: bool
    reasons: tuple[Reason, ...]
    groups: tuple[GroupScore, ...] = field(default=())
    unanswered: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unanswered


def _q(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _plain(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def criterion_fraction(
    c: CriterionSpec, a: AnswerValue | None
) -> tuple[Decimal | None, Reason | None]:
    """(earned fraction or None when unanswered, the reason it fell short — if it did)."""
    if a is None:
        return None, None
    if c.kind == CriterionKind.YES_NO:
        if a.yes is None:
            return None, None
        return (
            (Decimal(1), None)
            if a.yes
            else (Decimal(0), Reason(ReasonKind.ANSWERED_NO, c.code, c.text))
        )
    if c.kind == CriterionKind.SCALE:
        if a.number is None or not c.scale_max:
            return None, None
        value = min(max(a.number, Decimal(0)), Decimal(c.scale_max))
        frac = value / Decimal(c.scale_max)
        low = frac * 2 < 1
        return frac, Reason(
            ReasonKind.LOW_SCALE, c.code, c.text, _plain(a.number), "0", str(c.scale_max)
        ) if low else None
    if c.kind == CriterionKind.MEASUREMENT:
        if a.number is None:
            return None, None
        too_low = c.min_value is not None and a.number < c.min_value
        too_high = c.max_value is not None and a.number > c.max_value
        if too_low or too_high:
            limit = c.max_value if too_high else c.min_value
            assert limit is not None
            return Decimal(0), Reason(
                ReasonKind.OUT_OF_RANGE,
                c.code,
                c.text,
                _plain(a.number),
                _plain(c.min_value),
                _plain(c.max_value),
                c.unit,
                _plain(abs(a.number - limit)),
                too_high,
            )
        return Decimal(1), None
    if c.kind == CriterionKind.CHOICE:
        if a.choice is None or not 0 <= a.choice < len(c.choices):
            return None, None
        chosen = c.choices[a.choice]
        if chosen.acceptable:
            return Decimal(1), None
        return Decimal(0), Reason(ReasonKind.NOT_ACCEPTABLE, c.code, c.text, chosen.text)
    return None, None


def evaluate(spec: VersionSpec, answers: dict[str, AnswerValue]) -> ScoreResult:
    reasons: list[Reason] = []
    critical: list[Reason] = []
    unanswered: list[str] = []
    groups: list[GroupScore] = []
    total, total_weight = Decimal(0), Decimal(0)
    for g in spec.groups:
        earned, weight = Decimal(0), Decimal(0)
        for c in g.criteria:
            if not c.scored:
                continue
            frac, reason = criterion_fraction(c, answers.get(c.code))
            weight += c.weight
            if frac is None:
                unanswered.append(c.code)
                reasons.append(Reason(ReasonKind.UNANSWERED, c.code, c.text))
                continue
            earned += c.weight * frac
            if reason is not None:
                reasons.append(reason)
                if c.critical:
                    critical.append(
                        Reason(
                            ReasonKind.CRITICAL_FAILED,
                            c.code,
                            c.text,
                            reason.value,
                            reason.minimum,
                            reason.maximum,
                            c.unit,
                            reason.by,
                            reason.above,
                        )
                    )
        group_score = earned / weight * HUNDRED if weight else Decimal(0)
        groups.append(GroupScore(g.name, _q(group_score)))
        if weight:
            total += g.weight * group_score
            total_weight += g.weight
    score = _q(total / total_weight) if total_weight else Decimal("0.00")
    passed = not critical and score >= spec.pass_mark
    if score < spec.pass_mark:
        reasons.insert(
            0,
            Reason(ReasonKind.BELOW_PASS_MARK, value=_plain(score), minimum=_plain(spec.pass_mark)),
        )
    stars = None
    if passed:
        reached = [b.stars for b in spec.star_bands if score >= b.min_score]
        stars = max(reached) if reached else None
    return ScoreResult(
        score, stars, passed, tuple(critical + reasons), tuple(groups), tuple(unanswered)
    )
