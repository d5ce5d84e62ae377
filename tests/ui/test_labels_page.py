"""The "Lots and labels" page as a clerk uses it: find a certificate in force, record a lot, print
labels onto a printer from the position chosen on the sheet's picture with the key unlocked once,
calibrate the printer, answer "was it printed?" for a job nobody vouched for. The whole path from
a suspension to a reprint is in test_desk_path."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import Engine

from certification.codes.service import verify_text
from certification.core import clock
from certification.documents.labels import PrinterOffset
from certification.documents.templates import find_template
from certification.labels import jobs, ledger, templates
from models import LabelPrint
from models.db import read_unit, unit_of_work
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.documents import pdfcheck
from tests.ui.desk import message_box, none_open, opened, press, settle, shown, type_text
from ui.labels.calibration import CalibrationDialog
from ui.labels.dialogs import LotDialog, PrintLabelsDialog
from ui.labels.models import LotsTableModel
from ui.labels.page import Page
from ui.widgets.files import FileDatesModel


def find(qtbot: Any, page: Page, lab: Labelled) -> None:
    type_text(page.search, lab.certificate)
    qtbot.waitUntil(lambda: page.certificates.rows and page.current is not None, timeout=10_000)
    settle(qtbot, page)


def print_dialog(qtbot: Any, page: Page) -> PrintLabelsDialog:
    """ "Print labels…" pressed for the lot chosen: the dialog it opens."""
    page.print_button.click()
    settle(qtbot, page)
    return shown(page, PrintLabelsDialog)


def slot_of(code: Any, template_id: str, dpi: int) -> int:
    """The sheet position (1-based) a decoded code lies on, from where it was found."""
    where = code.position
    x = (where.top_left.x + where.bottom_right.x) / 2 * 25.4 / dpi
    y = (where.top_left.y + where.bottom_right.y) / 2 * 25.4 / dpi
    t = find_template(template_id)
    for n, (left, top) in enumerate(t.positions(), start=1):
        if left <= x <= left + t.label_width and top <= y <= top + t.label_height:
            return n
    raise AssertionError(f"a code at {x:.1f}, {y:.1f} mm lies on no label")


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
        dialog = print_dialog(qtbot, page)
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
        dialog = print_dialog(qtbot, page)
        offered = [dialog.template.itemData(n) for n in range(dialog.template.count())]
        assert "a4-3x8" in offered and set(added) <= set(offered)
        dialog.reject()
        page.import_templates(str(data.parent / "missing.xml"))
        settle(qtbot, page)
        missing = str(data.parent / "missing.xml")
    assert message_box(page, "errorBox").text() == f"The file {missing} does not exist."


def printer_to(path: Path, dpi: int = 300) -> QPrinter:
    """A printer as the print dialog hands it over, writing a PDF file (no real printer here)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_printed_on_a_printer_from_the_position_chosen_by_keyboard_and_the_key_stays_unlocked(
    app: Any, qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(sqlite_engine)
    out = tmp_path / "printer.pdf"
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        assert not page.key_state.isVisible() and not page.lock_button.isVisible()
        dialog = print_dialog(qtbot, page)
        dialog.count.setValue(30)
        dialog.sheet.setFocus()
        for _ in range(4):
            qtbot.keyClick(dialog.sheet, Qt.Key.Key_Right)
        assert dialog.start.value() == 5
        qtbot.keyClick(dialog.sheet, Qt.Key.Key_Down)
        assert dialog.start.value() == 8
        qtbot.keyClick(dialog.sheet, Qt.Key.Key_Up)
        assert dialog.start.value() == 5
        assert "printing from 5" in dialog.sheet.accessibleDescription()
        # The preview: page by page, fitted whole, zoomed in and out, fitted to its width.
        qtbot.waitUntil(lambda: dialog.preview.pages == 2, timeout=10_000)
        view = dialog.preview
        assert view.where.text() == "Page 1 of 2" and not view.previous.isEnabled()
        view.next.click()
        assert view.where.text() == "Page 2 of 2" and not view.next.isEnabled()
        view.previous.click()
        assert view.page == 0
        fitted = view.view.zoomFactor()
        view.larger.click()
        assert view.view.zoomFactor() > fitted and view.fitting is None
        view.smaller.click()
        view.smaller.click()
        assert view.view.zoomFactor() < fitted
        view.fit.click()
        assert view.fit.isChecked() and view.view.zoomFactor() > fitted  # a sheet is tall
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.print_to(printer_to(out))
        settle(qtbot, page)
        assert none_open(page, PrintLabelsDialog)
        box = message_box(page, "labelsPrinted")
        assert box.text() == f"30 labels of lot 2611-017, serials 1–30, sent to {out}."
        press(box)
        assert page.key_state.isVisible() and page.lock_button.isVisible()
        assert page.key_state.text() == "Key unlocked, locks in 10 min"

        printed = out.read_bytes()
        assert pdfcheck.page_count(printed) == 2  # 20 from position 5, then 10
        sheets = pdfcheck.pages(printed, dpi=300)
        width, height = sheets[0].size  # the A4 sheet of the label stock, no margins
        assert abs(width - 2480) <= 1 and abs(height - 3508) <= 1
        with read_unit(lab.office.factory) as s:
            found = [
                (verify_text(s, c.text, record=False), slot_of(c, "a4-3x8", 300), n)
                for n, sheet in enumerate(sheets)
                for c in pdfcheck.qr_codes(sheet)
            ]
        assert {(r.outcome.value, r.flags) for r, _, _ in found} == {("genuine_valid", ())}
        where = sorted((r.serial or 0, sheet, slot) for r, slot, sheet in found)
        assert where[0] == (1, 0, 5) and where[19] == (20, 0, 24) and where[20] == (21, 1, 1)
        assert len(where) == 30

        # The next job does not ask for the passphrase again; "Lock now" forgets the key.
        again = print_dialog(qtbot, page)
        assert not again.passphrase.isVisible() and again.key_state.isVisible()
        again.count.setValue(2)
        again.path.setText(str(tmp_path / "two.pdf"))
        again.buttons.accepted.emit()
        settle(qtbot, page)
        press(message_box(page, "labelsPrinted"))
        assert len(pdfcheck.qr_texts(pdfcheck.pages((tmp_path / "two.pdf").read_bytes())[0])) == 2
        page.lock_button.click()
        assert page.keys.signer is None and not page.key_state.isVisible()
        third = print_dialog(qtbot, page)
        assert third.passphrase.isVisible() and not third.key_state.isVisible()
        third.reject()
        page.keys.hold(page.keys.signer or _unlocked(lab), 10)
        page.close()  # log-out closes the window: the key is forgotten
        assert page.keys.signer is None
    assert stock(lab).printed == 32


def _unlocked(lab: Labelled) -> Any:
    from certification.codes import keys

    with read_unit(lab.office.factory) as s:
        return keys.unlock_signing_key(s, PASSPHRASE)


def test_printer_calibration_refuses_what_is_no_offset_and_moves_the_preview(
    qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(sqlite_engine)
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)

        def preview_codes() -> list[Any]:
            dialog = print_dialog(qtbot, page)
            qtbot.waitUntil(lambda: dialog.preview_shown >= 1, timeout=10_000)
            codes = pdfcheck.qr_codes(pdfcheck.pages(dialog.preview_data, dpi=300)[0])
            dialog.reject()
            return codes

        before = preview_codes()
        page.calibrate_button.click()
        settle(qtbot, page)
        dialog = shown(page, CalibrationDialog)
        assert dialog.chosen().id == "a4-3x8" and dialog.dx.text() == "0"
        for typed, said in (
            ("nan", "“nan” is not a distance in millimetres."),
            ("inf", "“inf” is not a distance in millimetres."),
            ("1e400", "“1e400” is not a distance in millimetres."),
            ("два", "“два” is not a distance in millimetres."),
            ("25", "A printer offset may be at most 10 mm."),
        ):
            dialog.dx.setText(typed)
            dialog.buttons.accepted.emit()
            settle(qtbot, page)
            assert dialog.messages.text("dx") == said and dialog.isVisible()
        with read_unit(lab.office.factory) as s:
            assert templates.printer_offset(s, "a4-3x8") == PrinterOffset()
        dialog.dx.setText("1,5")
        dialog.dy.setText("-0.5")
        dialog.draw_preview()
        settle(qtbot, page)
        assert dialog.messages.text("dx") == ""
        assert "dx +1.5 mm, dy -0.5 mm" in pdfcheck.text(dialog.preview_data)
        dialog.choose_file()  # the app's own file dialog, dates as dd.MM.yyyy
        chooser = dialog.findChild(QFileDialog, "saveDialog")
        assert chooser is not None and isinstance(chooser.proxyModel(), FileDatesModel)
        chooser.fileSelected.emit(str(tmp_path / "outline.pdf"))
        chooser.reject()
        settle(qtbot, page)
        assert "dx +1.5 mm" in pdfcheck.text((tmp_path / "outline.pdf").read_bytes())
        dialog.print_to(printer_to(tmp_path / "outline-printed.pdf"))
        settle(qtbot, page)
        assert dialog.status.text() == "Outline page printed."
        assert pdfcheck.page_count((tmp_path / "outline-printed.pdf").read_bytes()) == 1
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, CalibrationDialog)
        box = message_box(page, "offsetsKept")
        assert box.text() == "Printer offsets of a4-3x8 kept: right 1.5 mm, down -0.5 mm."
        press(box)
        with read_unit(lab.office.factory) as s:
            assert templates.printer_offset(s, "a4-3x8") == PrinterOffset(1.5, -0.5)
        after = preview_codes()
    # The preview shows the labels where the calibrated printer will put them.
    moved_x = (after[0].position.top_left.x - before[0].position.top_left.x) * 25.4 / 300
    moved_y = (after[0].position.top_left.y - before[0].position.top_left.y) * 25.4 / 300
    assert abs(moved_x - 1.5) < 0.2 and abs(moved_y + 0.5) < 0.2


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own remark on the printer that failed
def test_a_printer_that_cannot_start_takes_no_serial(
    qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(sqlite_engine)
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        dialog = print_dialog(qtbot, page)
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.print_to(printer_to(tmp_path / "no such folder" / "out.pdf"))
        settle(qtbot, page)
        assert dialog.isVisible()
        printer = tmp_path / "no such folder" / "out.pdf"
        assert dialog.error.shown() == (
            f"The printer {printer} could not be started; nothing was printed."
        )
        assert dialog.print_button.isEnabled() and dialog.template.isEnabled()
    assert stock(lab).allocated == 0


def test_the_held_key_follows_the_setting_and_is_dropped_when_it_may_no_longer_sign(
    qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    from certification import settings
    from certification.codes import keys

    lab = labelled_office(sqlite_engine)
    with unit_of_work(lab.office.factory) as s:
        settings.put(s, "admin", "key_unlocked_minutes", 3)
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        dialog = print_dialog(qtbot, page)
        dialog.count.setValue(3)
        dialog.path.setText(str(tmp_path / "three.pdf"))
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        press(message_box(page, "labelsPrinted"))
        assert page.key_state.text() == "Key unlocked, locks in 3 min"
        assert page.keys._forget.interval() == 3 * 60_000
        held = page.keys.signer
        assert held is not None
        page.keys._forget.timeout.emit()  # the minutes are up
        assert page.keys.signer is None and not page.key_state.isVisible()

        # A key reported compromised since it was unlocked no longer signs, held or not.
        page.keys.hold(held, 3)
        with unit_of_work(lab.office.factory) as s:
            keys.report_compromise(s, held.key_id, clock.today(), "admin")
        again = print_dialog(qtbot, page)
        again.count.setValue(3)
        again.path.setText(str(tmp_path / "refused.pdf"))
        again.buttons.accepted.emit()
        settle(qtbot, page)
        assert again.isVisible() and "may not sign today" in again.messages.text("passphrase")
        assert page.keys.signer is None and again.passphrase.isVisible()
        assert not (tmp_path / "refused.pdf").exists()
    assert stock(lab).allocated == 3


def test_a_preview_put_off_by_saving_is_not_drawn_beside_the_job_but_after_a_refusal(
    qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    """Saving within the preview's pause after a change puts the preview off (drawn beside the
    job it would only slow it and the window); a refused job draws it after all."""
    lab = labelled_office(sqlite_engine)
    with opened(qtbot, lab.office, "labels", lab.office.clerk) as page:
        assert isinstance(page, Page)
        find(qtbot, page, lab)
        dialog = print_dialog(qtbot, page)
        qtbot.waitUntil(lambda: dialog.preview_shown > 0, timeout=10_000)
        drawn = dialog.preview_shown
        dialog.count.setValue(30)
        dialog.path.setText(str(tmp_path / "labels.pdf"))
        type_text(dialog.passphrase, "not the passphrase")
        dialog.submit()
        assert not dialog._redraw.isActive() and dialog.working
        qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
        assert dialog.messages.text("passphrase") == "Wrong passphrase for the signing key."
        assert dialog.preview_shown == drawn  # the job's refusal came first
        qtbot.waitUntil(lambda: dialog.preview_shown == drawn + 1, timeout=10_000)
        assert dialog.preview.pages == 2  # 30 labels from position 1 of 24
        dialog.count.setValue(20)
        dialog.passphrase.clear()
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.submit()
        assert not dialog._redraw.isActive()
        settle(qtbot, page)
        assert none_open(page, PrintLabelsDialog) and dialog.preview_shown == drawn + 1
        press(message_box(page, "labelsPrinted"))
