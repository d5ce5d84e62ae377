"""The whole path through the widgets on a real database: an inspector starts an inspection of a
registered product, answers it and submits it; the committee opens a session, ticks who is
present, grants, sees the certificate number the domain issued, and prints the certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
