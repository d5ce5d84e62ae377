from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from certification.demo import standard_spec
from certification.scoring import AnswerValue, ReasonKind, evaluate

SPEC = standard_spec("honey")  # moisture (1.2) max 20 %, critical


def perfect() -> dict[str, AnswerValue]:
    return {
        "1.1": AnswerValue(yes=True),
        "1.2": AnswerValue(number=Decimal("17.5")),
        "1.3": AnswerValue(yes=True),
        "2.1": AnswerValue(number=Decimal(5)),
        "2.2": AnswerValue(number=Decimal(5)),
        "2.3": AnswerValue(number=Decimal(5)),
        "3.1": AnswerValue(choice=0),
        "3.2": AnswerValue(yes=True),
        "3.3": AnswerValue(note="ok"),
    }


def test_perfect_answers_score_100_and_five_stars() -> None:
    result = evaluate(SPEC, perfect())
    assert result.score == Decimal("100.00")
    assert result.passed and result.stars == 5 and result.complete


def test_critical_measurement_out_of_range_fails_whatever_the_score() -> None:
    answers = perfect() | {"1.2": AnswerValue(number=Decimal("21.4"))}
    result = evaluate(SPEC, answers)
    assert result.score > SPEC.pass_mark  # high score…
    assert not result.passed and result.stars is None  # …and still failed
    first = result.reasons[0]
    assert first.kind == ReasonKind.CRITICAL_FAILED and first.code == "1.2"
    assert first.value == "21.4" and first.maximum == "20" and first.unit == "%"
    assert first.by == "1.4" and first.above is True  # "above the maximum by 1.4 %"


def test_a_measurement_below_its_minimum_says_by_how_much() -> None:
    spec = standard_spec("felt")  # wool density at least 900 g/m²
    result = evaluate(spec, perfect() | {"1.2": AnswerValue(number=Decimal(760))})
    (detail,) = [r for r in result.reasons if r.kind == ReasonKind.OUT_OF_RANGE]
    assert (detail.value, detail.minimum, detail.by, detail.above) == ("760", "900", "140", False)


def test_low_score_fails_with_the_pass_mark_as_reason() -> None:
    answers = perfect() | {k: AnswerValue(number=Decimal(1)) for k in ("2.1", "2.2", "2.3")}
    answers |= {"3.1": AnswerValue(choice=2), "3.2": AnswerValue(yes=False)}
    result = evaluate(SPEC, answers)
    assert not result.passed
    kinds = [r.kind for r in result.reasons]
    assert ReasonKind.BELOW_PASS_MARK in kinds and ReasonKind.NOT_ACCEPTABLE in kinds


def test_unanswered_criteria_are_listed_and_earn_nothing() -> None:
    answers = perfect()
    del answers["2.2"]
    result = evaluate(SPEC, answers)
    assert result.unanswered == ("2.2",) and not result.complete
    assert result.score < Decimal(100)


def test_group_scores_are_reported() -> None:
    answers = perfect() | {"3.2": AnswerValue(yes=False)}
    result = evaluate(SPEC, answers)
    assert [g.score for g in result.groups][:2] == [Decimal("100.00"), Decimal("100.00")]
    assert result.groups[2].score == Decimal("50.00")


@given(
    scales=st.lists(st.integers(0, 5), min_size=3, max_size=3),
    moisture=st.decimals(min_value=0, max_value=40, places=1),
    choice=st.integers(0, 2),
    yes=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_any_complete_answers_give_a_consistent_result(scales, moisture, choice, yes) -> None:  # type: ignore[no-untyped-def]
    answers = {
        "1.1": AnswerValue(yes=yes[0]),
        "1.2": AnswerValue(number=moisture),
        "1.3": AnswerValue(yes=yes[1]),
        "2.1": AnswerValue(number=Decimal(scales[0])),
        "2.2": AnswerValue(number=Decimal(scales[1])),
        "2.3": AnswerValue(number=Decimal(scales[2])),
        "3.1": AnswerValue(choice=choice),
        "3.2": AnswerValue(yes=yes[2]),
    }
    result = evaluate(SPEC, answers)
    assert Decimal(0) <= result.score <= Decimal(100)
    critical_failed = not yes[0] or moisture > 20
    assert result.passed == (not critical_failed and result.score >= SPEC.pass_mark)
    assert (result.stars is not None) <= result.passed
