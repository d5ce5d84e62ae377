"""The whole paths through the widgets on a real database: an inspector starts an inspection of a
registered product, answers it and submits it; the committee opens a session, ticks who is
present, grants, sees the certificate number the domain issued, and prints the certificate. And
a certificate suspended and restored by the chair, whose labels the clerk then prints, spoils and
reprints until the lot's stock adds up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import Engine

from certification import certificates
from certification.codes import keys
from certification.core import clock
from models.db import unit_of_work
from models.enums import CertificateStatus, DecisionOutcome
from tests.certification.labelled import PASSPHRASE
from tests.codes.factories import CHEAP
from tests.documents import pdfcheck
from tests.factories import add_producer, make_office
from tests.ui.desk import message_box, opened, press, settle, shown, type_text
from ui.inspections.dialogs import StartDialog
from ui.sessions.dialogs import DecisionDialog, OpenSessionDialog, PrintCertificateDialog


def test_new_inspection_to_granted_and_printed_certificate(
    qtbot: Any, any_engine: Engine, tmp_path: Path
) -> None:
    o = make_office(any_engine)
    add_producer(o, "«Нарын шырдагы» аялдар тобу", product="Табигый бал")
    with unit_of_work(o.factory) as s:
        keys.generate_signing_key(s, PASSPHRASE, "admin", cost=CHEAP)

    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.new_button.click()
        start = shown(page, StartDialog)
        type_text(start.search, "шырдаг")
        qtbot.waitUntil(lambda: not start.timer.isActive())  # the search after typing has run
        settle(qtbot, page)
        assert start.products.rowCount() == 1
        type_text(start.sample_lot, "НШ-2026-07")
        start.buttons.accepted.emit()
        settle(qtbot, page)
        form = page.view.form
        for code in ("1.1", "1.3", "3.2"):
            form.rows[code].editor.buttons()[0].click()  # type: ignore[attr-defined]
        type_text(form.rows["1.2"].number, "18")
        for code in ("2.1", "2.2", "2.3"):
            form.rows[code].editor.buttons()[5].click()  # type: ignore[attr-defined]
        packaging = form.rows["3.1"].editor
        assert isinstance(packaging, QComboBox)
        packaging.setCurrentIndex(1)
        assert page.view.result.verdict.text() == "Passes"
        assert page.view.result.stars.text() == "★★★★★"
        page.view.submit_button.click()
        press(message_box(page.view, "confirmSubmit"))
        settle(qtbot, page)
        assert page.view.state.text() == "Submitted: answers can no longer change."

    with opened(qtbot, o, "sessions", o.chair) as page:
        page.open_button.click()
        settle(qtbot, page)
        opening = shown(page, OpenSessionDialog)
        for member in ("chair", "m1", "m2", "m3"):
            opening.present[member].setChecked(True)
        type_text(opening.place, "Нарын")
        opening.buttons.accepted.emit()
        settle(qtbot, page)
        assert page.quorum.text().endswith("quorum reached")
        assert page.agenda.rowCount() == 1
        assert page.agenda.index(0, 1).data() == "Табигый бал"
        page.agenda_view.selectRow(0)
        page.grant_button.click()
        decision = shown(page, DecisionDialog)
        assert decision.outcome.currentData() == DecisionOutcome.GRANT.value
        decision.buttons.accepted.emit()
        settle(qtbot, page)
        issued = message_box(page, "certificateIssued")
        number = f"KG-N-{clock.today().year}-00001"
        assert number in issued.text()
        assert page.decisions.index(0, 5).data() == number
        assert page.agenda.rowCount() == 0

        press(issued)  # "Print…"
        printing = shown(page, PrintCertificateDialog)
        assert printing.path.text().endswith(f"{number}.pdf")
        printing.path.setText(str(tmp_path / "шырдак.pdf"))
        printing.passphrase.setText("туура эмес")
        printing.buttons.accepted.emit()
        settle(qtbot, page)
        assert printing.error.text() == "Wrong passphrase for the signing key."
        printing.passphrase.setText(PASSPHRASE)
        printing.buttons.accepted.emit()
        settle(qtbot, page)
        written = message_box(page, "certificatePrinted")
        assert written.text() == f"Certificate {number} written to {tmp_path / 'шырдак.pdf'}."
        press(written)
    pdf = (tmp_path / "шырдак.pdf").read_bytes()
    assert number in pdfcheck.text(pdf) and "Табигый бал" in pdfcheck.text(pdf)

    with unit_of_work(o.factory) as s:
        certificate = certificates.get_certificate(s, number)
    assert certificate.status == CertificateStatus.ACTIVE
    assert certificate.products == ("Табигый бал",) and certificate.stars == 5


def test_suspended_by_the_chair_restored_then_labels_printed_spoiled_and_reprinted(
    qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    """A certificate found and suspended by the chair; the clerk sees the committee's actions
    disabled with the reason and no labels offered; restored, the clerk records a lot, prints 48
    labels from position 5 clicked on the sheet to a PDF whose every code verifies genuine,
    spoils two, reprints them with the same serials, and the lot's stock adds up."""
    from certification.codes.service import verify_text
    from certification.labels import ledger
    from models.db import read_unit
    from tests.certification.labelled import labelled_office
    from tests.ui.test_certificates_page import choose
    from tests.ui.test_labels_page import find, slot_of
    from ui.certificates.dialogs import ReasonDialog
    from ui.labels.dialogs import LotDialog, PrintLabelsDialog, SpoilDialog
    from ui.labels.page import Page as LabelsPage

    lab = labelled_office(sqlite_engine)
    o, number = lab.office, lab.certificate

    def change(action: str, reason: str) -> None:
        with opened(qtbot, o, "certificates", o.chair) as page:
            choose(qtbot, page, number)
            page.action_buttons[action].click()
            dialog = shown(page, ReasonDialog)
            type_text(dialog.reason, reason)
            dialog.buttons.accepted.emit()
            settle(qtbot, page)
            settle(qtbot, page)
            assert page.state.text() == ("suspended" if action == "suspend" else "active")

    change("suspend", "Мониторинг: нымдуулук жогору")
    with opened(qtbot, o, "certificates", o.clerk) as page:
        choose(qtbot, page, number)
        assert page.state.text() == "suspended"
        restore = page.action_buttons["restore"]
        assert not restore.isEnabled()
        assert restore.toolTip() == (
            "Only the chair or an administrator may suspend, restore, withdraw or re-issue "
            "a certificate: these are the committee's decisions."
        )
    with opened(qtbot, o, "labels", o.clerk) as page:
        assert isinstance(page, LabelsPage)
        type_text(page.search, number)
        qtbot.waitUntil(lambda: not page._typing.isActive(), timeout=5_000)
        settle(qtbot, page)
        assert page.certificates.rows == []  # only certificates in force get labels
    change("restore", "Кайра текшерүү оң")

    out = tmp_path / "sheet.pdf"
    with opened(qtbot, o, "labels", o.clerk) as page:
        assert isinstance(page, LabelsPage)
        find(qtbot, page, lab)
        page.record_button.click()
        lot_dialog = shown(page, LotDialog)
        type_text(lot_dialog.lot_number, "2612-001")
        type_text(lot_dialog.quantity, "120")
        lot_dialog.buttons.accepted.emit()
        settle(qtbot, page)
        at = next(n for n, r in enumerate(page.lots.rows) if r.lot.lot_number == "2612-001")
        page.lots_view.selectRow(page.lots_proxy.mapFromSource(page.lots.index(at, 0)).row())
        row = page.chosen_lot()
        assert row is not None and row.lot.lot_number == "2612-001"
        lot_id = row.lot.id

        page.print_button.click()
        settle(qtbot, page)
        dialog = shown(page, PrintLabelsDialog)
        assert dialog.template.currentData() == "a4-3x8" and dialog.start.maximum() == 24
        assert dialog.count.value() == 120  # every piece of the lot still without a label
        dialog.count.setValue(48)
        click = dialog.sheet.label_rect(5).center().toPoint()
        qtbot.mouseClick(dialog.sheet, Qt.MouseButton.LeftButton, pos=click)
        assert dialog.start.value() == 5 and dialog.sheet.on_this_sheet == 20
        assert "Labels on this sheet: 20, from position 5" in dialog.sheet_note.text()
        qtbot.waitUntil(lambda: dialog.preview.pages == 3, timeout=10_000)  # 20, 24, then 4
        dialog.path.setText(str(out))
        type_text(dialog.passphrase, "wrong")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert "passphrase" in dialog.messages.text("passphrase").lower()
        assert not out.exists()
        dialog.passphrase.clear()
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        box = message_box(page, "labelsPrinted")
        assert "48 labels of lot 2612-001, serials 1–48" in box.text()
        press(box)
        assert (
            page.lots.cell(page.chosen_lot(), "remaining") == "72 pcs"
        )  # its unit named, as in the quantity column

        pdf = out.read_bytes()
        assert pdfcheck.page_count(pdf) == 3
        sheets = pdfcheck.pages(pdf, dpi=300)
        with read_unit(o.factory) as s:
            found = [
                (verify_text(s, c.text, record=False), n, slot_of(c, "a4-3x8", 300))
                for n, sheet in enumerate(sheets)
                for c in pdfcheck.qr_codes(sheet)
            ]
        assert len(found) == 48
        assert {(r.outcome.value, r.flags) for r, _, _ in found} == {("genuine_valid", ())}
        where = sorted((r.serial or 0, n, slot) for r, n, slot in found)
        assert [w[0] for w in where] == list(range(1, 49))
        assert where[0] == (1, 0, 5) and where[20] == (21, 1, 1) and where[47] == (48, 2, 4)

        page.spoil_button.click()
        spoiling = shown(page, SpoilDialog)
        type_text(spoiling.serials, "7-8")
        spoiling.reason.setCurrentIndex(spoiling.reason.findData("jammed"))
        spoiling.buttons.accepted.emit()
        settle(qtbot, page)
        assert "7–8 (jammed in the printer)" in page.stock.text()

        again = tmp_path / "again.pdf"
        page.reprint_button.click()
        settle(qtbot, page)
        reprint = shown(page, PrintLabelsDialog)
        assert reprint.count.value() == 2 and not reprint.count.isEnabled()
        assert not reprint.passphrase.isVisible()  # the key is still unlocked
        reprint.path.setText(str(again))
        reprint.buttons.accepted.emit()
        settle(qtbot, page)
        press(message_box(page, "labelsPrinted"))
        codes = [
            t for p in pdfcheck.pages(again.read_bytes(), dpi=300) for t in pdfcheck.qr_texts(p)
        ]
        with read_unit(o.factory) as s:
            checked = [verify_text(s, c, record=False) for c in codes]
        assert sorted(r.serial or 0 for r in checked) == [7, 8]
        assert {(r.outcome.value, r.flags) for r in checked} == {("genuine_valid", ())}
        shown_jobs = [
            (page.jobs.cell(j, "kind"), page.jobs.cell(j, "serials"), page.jobs.cell(j, "status"))
            for j in page.jobs.rows
        ]
        assert shown_jobs == [("reprint", "7–8", "printed"), ("print", "1–48", "printed")]
    with read_unit(o.factory) as s:
        balance = ledger.reconcile(s, lot_id)
    assert (balance.allocated, balance.printed, balance.reprinted, balance.spoiled) == (
        48,
        48,
        2,
        0,
    )
    assert balance.pending == 0 and balance.balanced
