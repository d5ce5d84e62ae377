"""The "Lots and labels" page as a clerk uses it: find a certificate in force, record a lot,
print 48 labels from position 5 to a PDF whose every code verifies genuine, spoil two, answer
"was it printed?" for a job nobody vouched for."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from certification.codes.service import verify_text
from certification.core import clock
from certification.labels import jobs, ledger
from models import LabelPrint
from models.db import read_unit, unit_of_work
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.documents import pdfcheck
from tests.ui.desk import message_box, none_open, opened, press, settle, shown, type_text
from ui.labels.dialogs import LotDialog, PrintLabelsDialog, SpoilDialog
from ui.labels.models import LotsTableModel
from ui.labels.page import Page


def find(qtbot: Any, page: Page, lab: Labelled) -> None:
    type_text(page.search, lab.certificate)
    qtbot.waitUntil(lambda: page.certificates.rows and page.current is not None, timeout=10_000)
    settle(qtbot, page)


def stock(lab: Labelled) -> ledger.Reconciliation:
    with read_unit(lab.office.factory) as s:
        return ledger.reconcile(s, lab.lot.id)


def test_record_a_lot_refusals_beside_their_fields(qtbot: Any, sqlite_engine: Engine) -> None:
    lab = labelled_office(sqlite_engine)
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        assert [r.lot.lot_number for r in page.lots.rows] == [lab.lot.lot_number]
        assert lab.certificate in page.heading.text()
        page.record_button.click()
        dialog = shown(page, LotDialog)
        type_text(dialog.lot_number, "2612-001")
        type_text(dialog.quantity, "0")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.messages.text("quantity") == "Quantity “0”: give a positive number."
        assert len(page.lots.rows) == 1
        dialog.quantity.clear()
        type_text(dialog.quantity, "120")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, LotDialog)
        assert sorted(r.lot.lot_number for r in page.lots.rows) == ["2611-017", "2612-001"]


def test_print_48_labels_from_position_5_every_code_genuine_then_spoil_two(
    qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(sqlite_engine)
    out = tmp_path / "sheet.pdf"
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        row = page.lots.rows[0]
        assert page.lots.cell(row, "remaining") == "500"
        page.print_button.click()
        settle(qtbot, page)
        dialog = shown(page, PrintLabelsDialog)
        assert dialog.template.currentData() == "a4-3x8" and dialog.start.maximum() == 24
        qtbot.waitUntil(lambda: dialog.preview_shown >= 1, timeout=10_000)
        assert not dialog.preview.pixmap().isNull()
        dialog.count.setValue(48)
        dialog.start.setValue(5)
        dialog.path.setText(str(out))
        type_text(dialog.passphrase, "wrong")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert "passphrase" in dialog.messages.text("passphrase").lower()
        assert stock(lab).allocated == 0 and not out.exists()
        dialog.passphrase.clear()
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, PrintLabelsDialog)
        box = message_box(page, "labelsPrinted")
        assert "48 labels of lot 2611-017, serials 1–48" in box.text()
        press(box)
        row = page.lots.rows[0]
        assert page.lots.cell(row, "printed") == "48" and page.lots.cell(row, "remaining") == "452"

        pdf = out.read_bytes()
        assert pdfcheck.page_count(pdf) == 3  # 20 on the first sheet, 24, then 4
        codes = [t for p in pdfcheck.pages(pdf, dpi=300) for t in pdfcheck.qr_texts(p)]
        assert len(set(codes)) == 48
        with read_unit(lab.office.factory) as s:
            checked = [verify_text(s, c, record=False) for c in codes]
        assert {(r.outcome.value, r.flags) for r in checked} == {("genuine_valid", ())}
        assert sorted(r.serial or 0 for r in checked) == list(range(1, 49))

        page.spoil_button.click()
        dialog2 = shown(page, SpoilDialog)
        type_text(dialog2.serials, "7-8")
        dialog2.reason.setCurrentIndex(dialog2.reason.findData("jammed"))
        dialog2.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, SpoilDialog)
        assert page.lots.cell(page.lots.rows[0], "spoiled") == "2"
        assert "7–8 (jammed in the printer)" in page.stock.text()
        balance = stock(lab)
        assert (balance.allocated, balance.printed, balance.spoiled) == (48, 46, 2)

        again = tmp_path / "again.pdf"
        assert page.reprint_button.isEnabled()
        page.reprint_button.click()
        settle(qtbot, page)
        dialog3 = shown(page, PrintLabelsDialog)
        assert dialog3.count.value() == 2 and not dialog3.count.isEnabled()
        assert "7–8" in dialog3.heading.text()
        dialog3.path.setText(str(again))
        type_text(dialog3.passphrase, PASSPHRASE)
        dialog3.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, PrintLabelsDialog)
        press(message_box(page, "labelsPrinted"))
        codes = [
            t for p in pdfcheck.pages(again.read_bytes(), dpi=300) for t in pdfcheck.qr_texts(p)
        ]
        with read_unit(lab.office.factory) as s:
            checked = [verify_text(s, c, record=False) for c in codes]
        assert sorted(r.serial or 0 for r in checked) == [7, 8]
        assert {(r.outcome.value, r.flags) for r in checked} == {("genuine_valid", ())}
        assert page.lots.cell(page.lots.rows[0], "spoiled") == "0"
        shown_jobs = [
            (page.jobs.cell(j, "kind"), page.jobs.cell(j, "serials"), page.jobs.cell(j, "status"))
            for j in page.jobs.rows
        ]
        assert shown_jobs == [("reprint", "7–8", "printed"), ("print", "1–48", "printed")]
    balance = stock(lab)
    assert (balance.allocated, balance.printed, balance.reprinted, balance.spoiled) == (
        48,
        48,
        2,
        0,
    )
    assert balance.balanced


def test_a_job_nobody_vouched_for_is_answered_on_the_page(
    qtbot: Any, sqlite_engine: Engine
) -> None:
    lab = labelled_office(sqlite_engine)
    with unit_of_work(lab.office.factory) as s:
        job = jobs.start_print(s, lab.lot.id, 6, None, 1, "clerk")  # an earlier version's job
        stale = jobs.start_print(s, lab.lot.id, 3, None, 1, "clerk", "other-pc:1:1")
        s.flush()
        s.get_one(LabelPrint, stale.id).created_at = clock.now() - timedelta(hours=2)
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        # The job of a run long over was resolved when the page opened; the other waits.
        assert page.lots.cell(page.lots.rows[0], "spoiled") == "3"
        assert f"Print job {job.id}" in page.waiting.text()
        assert page.not_printed_button.isVisible() and page.not_printed_button.isEnabled()
        page.not_printed_button.click()
        press(message_box(page, "notPrinted"))
        settle(qtbot, page)
        assert page.waiting.text() == "" and not page.not_printed_button.isVisible()
        assert page.lots.cell(page.lots.rows[0], "spoiled") == "9"
    assert stock(lab).pending == 0


def test_an_inspector_sees_printing_disabled_with_the_reason(
    qtbot: Any, sqlite_engine: Engine
) -> None:
    lab = labelled_office(sqlite_engine)
    with opened(qtbot, lab.office, "labels", lab.office.inspector) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        assert not page.print_button.isEnabled() and page.print_button.toolTip()
        assert page.record_button.isEnabled()


def test_lots_model_passes_the_model_tester(qtmodeltester: Any, sqlite_engine: Engine) -> None:
    from ui.operations.labels import certificate_lots

    lab = labelled_office(sqlite_engine)
    with read_unit(lab.office.factory) as s:
        rows = certificate_lots(s, lab.certificate).lots
    model = LotsTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)


def test_cancel_leaves_no_file_and_no_serial_handed_out(
    qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(sqlite_engine)
    out = tmp_path / "cancelled.pdf"
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        page.print_button.click()
        settle(qtbot, page)
        dialog = shown(page, PrintLabelsDialog)
        dialog.count.setValue(400)
        dialog.path.setText(str(out))
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=20_000)
        dialog.reject()  # Cancel while drawing
        settle(qtbot, page)
        assert dialog.isVisible() and "Cancelled" in dialog.error.shown()
        assert not out.exists() and list(tmp_path.glob("*.part")) == []
    balance = stock(lab)
    assert balance.printed == 0 and balance.pending == 0 and balance.spoiled == balance.allocated


def test_glabels_templates_imported_are_offered_for_printing(
    qtbot: Any, sqlite_engine: Engine
) -> None:
    lab = labelled_office(sqlite_engine)
    data = Path(__file__).resolve().parents[1] / "documents" / "data" / "office-templates.xml"
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        page.import_templates(str(data))
        settle(qtbot, page)
        box = message_box(page, "templatesImported")
        added = box.informativeText().splitlines()
        assert added and box.text().startswith(f"{len(added)} templates added")
        press(box)
        page.print_button.click()
        settle(qtbot, page)
        dialog = shown(page, PrintLabelsDialog)
        offered = [dialog.template.itemData(n) for n in range(dialog.template.count())]
        assert "a4-3x8" in offered and set(added) <= set(offered)
        dialog.reject()
        page.import_templates(str(data.parent / "missing.xml"))
        settle(qtbot, page)
        assert message_box(page, "errorBox").text() == "File error: No such file or directory"
