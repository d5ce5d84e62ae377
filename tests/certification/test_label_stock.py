"""Label stock on both engines: every serial of a lot is accounted for, reprints reuse serials."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from certification import certificates
from certification.core import audit
from certification.core.errors import DomainError, Forbidden, InvalidInput, NotFound, RuleViolation
from certification.labels import jobs, ledger, serials, templates
from certification.labels.serials import allocate_label_serials
from models import AuditEntry, LabelLot, LabelPrint, LabelSpoilage
from models.db import read_unit, unit_of_work
from models.enums import CertificateEventKind
from tests.certification.labelled import Labelled, labelled_office

OFFICE_TEMPLATES = Path(__file__).parents[1] / "documents" / "data" / "office-templates.xml"


def balance(lab: Labelled) -> ledger.Reconciliation:
    with read_unit(lab.office.factory) as s:
        found = ledger.reconcile(s, lab.lot.id)
    assert found.balanced
    return found


def printed_job(lab: Labelled, count: int) -> jobs.PrintJob:
    with unit_of_work(lab.office.factory) as s:
        job = jobs.start_print(s, lab.lot.id, count, None, 1, "clerk")
    with unit_of_work(lab.office.factory) as s:
        jobs.finish_print(s, job.id, "clerk")
    return job


def test_prints_spoilage_and_reprints_account_for_every_serial(any_engine: Engine) -> None:
    lab = labelled_office(any_engine)
    o = lab.office
    with unit_of_work(o.factory) as s:
        job = jobs.start_print(s, lab.lot.id, 30, "a4-3x7", 4, "clerk")
    assert job.serials == ((1, 30),) and job.status == "pending"
    assert balance(lab).pending == 30
    with unit_of_work(o.factory) as s:
        jobs.finish_print(s, job.id, "clerk")
    assert balance(lab).printed == 30

    with unit_of_work(o.factory) as s:
        ledger.spoil(s, o.clerk, lab.lot.id, ((3, 3), (5, 7)), "jammed")
    now = balance(lab)
    assert (now.printed, now.spoiled, now.spoiled_by_reason) == (26, 4, {"jammed": 4})
    assert [(r.first, r.last) for r in now.spoiled_runs] == [(3, 3), (5, 7)]

    with unit_of_work(o.factory) as s:
        again = jobs.start_reprint(s, lab.lot.id, ((3, 3), (5, 7)), None, 1, "clerk")
        jobs.finish_print(s, again.id, "clerk")
        # a reprint takes no new serial
        assert s.get_one(LabelLot, lab.lot.id).last_serial == 30
    now = balance(lab)
    assert (now.allocated, now.printed, now.reprinted, now.spoiled) == (30, 30, 4, 0)

    # a job that fails after its serials were allocated leaves them spoiled, ready for a reprint
    with unit_of_work(o.factory) as s:
        failed = jobs.start_print(s, lab.lot.id, 10, None, 1, "clerk")
    with unit_of_work(o.factory) as s:
        jobs.fail_print(s, failed.id, "document.write_failed", "clerk")
    now = balance(lab)
    assert (now.allocated, now.printed, now.spoiled) == (40, 30, 10)
    assert now.spoiled_by_reason == {"print_failed": 10}
    assert [j.status for j in now.jobs] == ["printed", "printed", "failed"]
    with unit_of_work(o.factory) as s:
        assert ledger.spoiled_serials(s, lab.lot.id) == ((31, 40),)

    # a reprinted label may be spoiled again, and printed again once more
    with unit_of_work(o.factory) as s:
        ledger.spoil(s, o.clerk, lab.lot.id, ((5, 5),), "other", "сүрүлүп кетти")
        third = jobs.start_reprint(s, lab.lot.id, ((5, 5), (31, 40)), None, 1, "clerk")
        jobs.finish_print(s, third.id, "clerk")
    now = balance(lab)
    assert (now.allocated, now.printed, now.spoiled, now.reprinted) == (40, 40, 0, 14)
    with read_unit(o.factory) as s:
        assert audit.verify(s).ok
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "lot")))
    for action in ("labels.allocate", "labels.print", "labels.printed", "labels.spoiled"):
        assert action in actions
    assert {"labels.reprint", "labels.print_failed"} <= set(actions)


def test_serials_allocated_outside_a_print_job_are_still_accounted_for(
    any_engine: Engine,
) -> None:
    lab = labelled_office(any_engine)
    with unit_of_work(lab.office.factory) as s:
        allocate_label_serials(s, lab.lot.id, 12, "clerk")
    assert balance(lab).unrecorded == 12
    printed_job(lab, 8)
    with unit_of_work(lab.office.factory) as s:
        ledger.spoil(s, lab.office.clerk, lab.lot.id, ((1, 2),), "lost")
    now = balance(lab)
    assert (now.allocated, now.unrecorded, now.printed, now.spoiled) == (20, 10, 8, 2)


def counts(lab: Labelled) -> tuple[int, int, int, int]:
    with read_unit(lab.office.factory) as s:
        labels = s.get(LabelLot, lab.lot.id)
        return (
            labels.last_serial if labels else 0,
            s.scalar(select(func.count()).select_from(LabelPrint)) or 0,
            s.scalar(select(func.count()).select_from(LabelSpoilage)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_refused_acts_change_nothing(any_engine: Engine) -> None:
    lab = labelled_office(any_engine)
    printed_job(lab, 10)
    lot, clerk = lab.lot.id, lab.office.clerk
    refused: list[tuple[Callable[..., object], tuple[object, ...], str]] = [
        (jobs.start_print, (lot, 0, None, 1, "c"), "labels.bad_count"),
        (jobs.start_print, (lot, 10_001, None, 1, "c"), "labels.bad_count"),
        (jobs.start_print, (lot, 491, None, 1, "c"), "labels.more_than_lot"),
        (jobs.start_print, (lot, 5, "Avery 9999", 1, "c"), "label.template_not_found"),
        (jobs.start_print, (lot, 5, None, 25, "c"), "label.start"),
        (jobs.start_reprint, (lot, ((1, 2),), None, 1, "c"), "labels.not_spoiled"),
        (jobs.start_reprint, (lot, ((9, 11),), None, 1, "c"), "labels.not_spoiled"),
        (ledger.spoil, (clerk, lot, ((9, 11),), "lost"), "labels.not_allocated"),
        (ledger.spoil, (clerk, lot, ((1, 1),), "wet"), "labels.bad_reason"),
        (ledger.spoil, (clerk, lot, ((1, 1),), "print_failed"), "labels.bad_reason"),
        (ledger.spoil, (clerk, lot, ((1, 1),), "other"), "labels.note_required"),
        (ledger.spoil, (lab.office.inspector, lot, ((1, 1),), "lost"), "auth.role_required"),
        (jobs.finish_print, (999, "c"), "labels.job_not_found"),
        (jobs.finish_print, (1, "c"), "labels.job_finished"),
    ]
    before = counts(lab)
    for act, args, code in refused:
        with pytest.raises(DomainError) as caught, unit_of_work(lab.office.factory) as s:
            act(s, *args)
        assert caught.value.code == code
        assert counts(lab) == before


def test_no_labels_for_a_suspended_certificate_not_even_reprints(any_engine: Engine) -> None:
    lab = labelled_office(any_engine)
    printed_job(lab, 5)
    with unit_of_work(lab.office.factory) as s:
        ledger.spoil(s, lab.office.clerk, lab.lot.id, ((2, 2),), "damaged")
        certificates.change_status(
            s, lab.office.chair, lab.certificate, CertificateEventKind.SUSPENDED, "мониторинг"
        )
    for act in (
        lambda s: jobs.start_print(s, lab.lot.id, 5, None, 1, "clerk"),
        lambda s: jobs.start_reprint(s, lab.lot.id, ((2, 2),), None, 1, "clerk"),
    ):
        with pytest.raises(RuleViolation) as caught, unit_of_work(lab.office.factory) as s:
            act(s)
        assert caught.value.code == "labels.certificate_suspended"
        assert caught.value.fields["number"] == lab.certificate
    assert balance(lab).allocated == 5


def test_templates_imported_typed_calibrated_and_removed(any_engine: Engine) -> None:
    lab = labelled_office(any_engine)
    o = lab.office
    data = OFFICE_TEMPLATES.read_bytes()
    with unit_of_work(o.factory) as s:
        first = templates.import_glabels(s, o.clerk, data)
    assert set(first.added) == {
        "Avery 7160",
        "Avery L7160",
        "Herma 4620",
        "Herma 4620X",
        "Zebra Z-58",
    }
    with unit_of_work(o.factory) as s:
        assert templates.import_glabels(s, o.clerk, data).added == ()
        herma = templates.template(s, "Herma 4620X")
        assert (herma.per_page, herma.label_width, herma.label_height) == (16, 105, 37)
        typed = templates.add_template(
            s,
            o.clerk,
            "Office 2x5",
            page=(210, 297),
            label=(100, 55),
            grid=(2, 5),
            origin=(5, 11),
            pitch=(100, 55),
        )
        assert typed.template.per_page == 10 and typed.source == "typed"
        offset = templates.set_printer_offset(s, o.clerk, "Office 2x5", 0.7, -1.25)
    with unit_of_work(o.factory) as s:
        found = {t.id: t for t in templates.templates(s)}
        assert found["Office 2x5"].offset == offset
        assert found["a4-3x8"].source == "builtin" and found["Zebra Z-58"].source == "glabels"
        job = jobs.start_print(s, lab.lot.id, 3, "Office 2x5", 2, "clerk")
        assert (job.offset.dx, job.offset.dy, job.start) == (0.7, -1.25, 2)
        templates.remove_template(s, o.clerk, "Office 2x5")
    with pytest.raises(NotFound), unit_of_work(o.factory) as s:
        templates.template(s, "Office 2x5")

    def typed(code: str, label: tuple[int, int], grid: tuple[int, int]) -> Callable[..., object]:
        return lambda s: templates.add_template(
            s, o.clerk, code, page=(210, 297), label=label, grid=grid
        )

    refused = [
        (typed("a4-3x8", (70, 37), (3, 8)), "label.template_exists"),
        (typed("Avery 7160", (70, 37), (3, 8)), "label.template_exists"),
        (typed("Wide", (80, 37), (3, 8)), "label.template_off_page"),
        (typed("Tiny", (20, 10), (10, 20)), "label.too_small"),
        (typed(" ", (70, 37), (3, 8)), "label.template_code"),
        (
            lambda s: templates.set_printer_offset(s, o.clerk, "a4-3x8", 12, 0),
            "label.offset_too_large",
        ),
        (
            lambda s: templates.set_printer_offset(s, o.clerk, "a4-3x8", 0, float("nan")),
            "label.offset_not_number",
        ),
        (
            lambda s: templates.set_printer_offset(s, o.clerk, "a4-3x8", float("-inf"), 0),
            "label.offset_not_number",
        ),
        (
            lambda s: templates.set_printer_offset(s, o.clerk, "nope", 1, 0),
            "label.template_not_found",
        ),
        (lambda s: templates.import_glabels(s, o.clerk, b"<html/>"), "label.import_not_glabels"),
        (lambda s: templates.remove_template(s, o.clerk, "a4-3x8"), "label.template_not_found"),
    ]
    for act, code in refused:
        with pytest.raises(DomainError) as caught, unit_of_work(o.factory) as s:
            act(s)
        assert caught.value.code == code
    with pytest.raises(Forbidden), unit_of_work(o.factory) as s:
        templates.import_glabels(s, o.inspector, data)


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("5", ((5, 5),)),
        ("7-9, 5", ((5, 5), (7, 9))),
        ("000012–000014;13 20", ((12, 14), (20, 20))),
        ("1-3,4-6", ((1, 6),)),
    ],
)
def test_serials_as_people_type_them(text: str, ranges: serials.Ranges) -> None:
    assert serials.parse_serials(text) == ranges


@pytest.mark.parametrize("text", ["", "a", "5-3", "0", "1,,x", "-4", "123456789"])
def test_serials_that_are_not_a_list(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        serials.parse_serials(text)
    assert caught.value.code == "labels.bad_serials"
