"""The certificates page as the office uses it, on a real database file: search as you type,
filters, a certificate's detail and history, actions refused to those who may not (with the reason
shown before any form), a suspension with its reason, the PDF previewed, saved and printed with a
QR code that verifies."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from certification.certificate_register import sort_key
from certification.codes.service import verify_text
from models.db import make_engine, read_unit, session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.certification.labelled import PASSPHRASE, labelled_office
from tests.documents import pdfcheck
from tests.factories import Office, add_producer, grant, open_session, submitted_inspection
from tests.ui.desk import none_open, opened, settle, shown, type_text
from ui import i18n
from ui.certificates.dialogs import PdfDialog, ReasonDialog, ReissueDialog
from ui.certificates.models import RegisterTableModel
from ui.certificates.page import Page
from ui.certificates.preview import PdfPreview

OTHERS = [
    ("Өзгөн күрүчү", "KG-O", "Күрүч"),
    ("Нарын шырдак", "KG-N", "Шырдак"),
    ("Ңурдин бал", "KG-N", "Эспарцет балы"),
    ("Урмат бал", "KG-T", "Кара бал"),
]
FIRST = "«Ак-Суу бал» өндүрүш тобу"  # the labelled office's producer, with a lot and a key


@dataclass(frozen=True)
class Built:
    path: Path
    office: Office
    numbers: dict[str, str]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    path = tmp_path_factory.mktemp("certificates") / "office.sqlite3"
    from models.db import upgrade

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    lab = labelled_office(engine)
    o = lab.office
    inspections = {}
    for name, region, product in OTHERS:
        _p, product_id = add_producer(o, name, region, product)
        inspections[name] = submitted_inspection(o, product_id)
    session_id = open_session(o)
    numbers = {name: grant(o, session_id, i) for name, i in inspections.items()}
    numbers[FIRST] = lab.certificate
    engine.dispose()
    yield Built(path, o, numbers)


@pytest.fixture
def o(built: Built, tmp_path: Path) -> Iterator[Office]:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(built.path, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield replace(built.office, factory=session_factory(engine))
    engine.dispose()


@pytest.fixture
def numbers(built: Built) -> dict[str, str]:
    return built.numbers


def producers_shown(page: Page) -> list[str]:
    return [r.producer for r in page.register.rows]


def choose(qtbot: Any, page: Page, number: str) -> None:
    row = page.register.row_of(number)
    assert row is not None, f"{number} is not in the register shown"
    page.register_view.selectRow(row)
    settle(qtbot, page)
    assert page.current is not None and page.current.detail.info.number == number


def test_the_register_model_passes_the_model_tester(qtmodeltester: Any, o: Office) -> None:
    from certification import certificate_register

    with read_unit(o.factory) as s:
        rows = certificate_register.register_rows(s)
    model = RegisterTableModel()
    model.set_rows(rows, len(rows))
    qtmodeltester.check(model)


def test_search_as_you_type_by_number_or_any_case_name(
    app: Any, qtbot: Any, o: Office, numbers: dict[str, str]
) -> None:
    with opened(qtbot, o, "certificates", o.admin) as page:
        assert isinstance(page, Page)
        assert len(page.register.rows) == 5 and page.count.text() == "5 certificates"
        assert page.current is not None  # the newest certificate is shown at once
        type_text(page.search, "ШЫРДАК")
        qtbot.waitUntil(lambda: producers_shown(page) == ["Нарын шырдак"], timeout=5000)
        assert page.count.text() == "1 certificate"
        page.search.clear()
        type_text(page.search, numbers["Урмат бал"].lower())
        qtbot.waitUntil(lambda: producers_shown(page) == ["Урмат бал"], timeout=5000)
        page.search.clear()
        type_text(page.search, "эспарцет")
        qtbot.waitUntil(lambda: producers_shown(page) == ["Ңурдин бал"], timeout=5000)
        page.search.clear()
        type_text(page.search, "жок нерсе")
        qtbot.waitUntil(lambda: page.register.rows == [], timeout=5000)
        assert page.count.text() == "0 certificates"


def test_filters_by_status_region_expiry_and_sort_by_name(
    qtbot: Any, o: Office, numbers: dict[str, str]
) -> None:
    from certification import certificate_register

    with unit_of_work(o.factory) as s:
        certificate_register.change(s, o.chair, numbers["Урмат бал"], "suspend", "Мониторинг")
    with opened(qtbot, o, "certificates", o.admin) as page:
        assert isinstance(page, Page)
        page.status.setCurrentIndex(page.status.findData(CertificateStatus.SUSPENDED))
        settle(qtbot, page)
        assert producers_shown(page) == ["Урмат бал"]
        assert page.register.index(0, page.register.column("status")).data() == "suspended"
        page.status.setCurrentIndex(0)
        page.region.setCurrentIndex(page.region.findData("KG-N"))
        settle(qtbot, page)
        assert set(producers_shown(page)) == {FIRST, "Нарын шырдак", "Ңурдин бал"}
        page.region.setCurrentIndex(0)
        page.expiring.setChecked(True)
        settle(qtbot, page)
        assert producers_shown(page) == []  # valid for three years yet
        page.days.setValue(3660)
        settle(qtbot, page)
        assert len(producers_shown(page)) == 4  # not the suspended one
        page.expiring.setChecked(False)
        page.surveillance.setChecked(True)
        settle(qtbot, page)
        assert producers_shown(page) == []
        page.surveillance.setChecked(False)
        settle(qtbot, page)

        page.register_view.sortByColumn(
            page.register.column("producer"), Qt.SortOrder.AscendingOrder
        )
        settle(qtbot, page)
        shown_names = producers_shown(page)
        assert shown_names == sorted(shown_names, key=sort_key)
        assert shown_names.index("Нарын шырдак") < shown_names.index("Ңурдин бал")
        assert shown_names.index("Ңурдин бал") < shown_names.index("Өзгөн күрүчү")


def test_a_full_window_is_shown_before_its_count(
    qtbot: Any, o: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search's rows do not wait for its count; the count that follows is that search's."""
    monkeypatch.setattr(RegisterTableModel, "PAGE", 2)
    with opened(qtbot, o, "certificates", o.admin) as page:
        assert isinstance(page, Page)
        assert (page.register.total, page.count.text()) == (5, "5 certificates")
        seen: list[tuple[int, str]] = []
        page.register.modelReset.connect(
            lambda: seen.append((len(page.register.rows), page.count.text()))
        )
        page.search.setText("бал")
        page.reload()
        page.search.setText("")
        page.reload()  # asked again before the first search was answered
        settle(qtbot, page)
        assert seen[-1] == (2, "")  # the rows shown while the count was still being made
        assert (page.register.total, page.count.text()) == (5, "5 certificates")
        page.search.setText("бал")
        page.reload()
        settle(qtbot, page)
        assert (page.register.total, page.count.text()) == (3, "3 certificates")  # three honeys


def test_the_register_is_read_a_window_at_a_time(
    qtbot: Any, o: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the rows the view has room for are read; more as it scrolls, never twice."""
    from ui.certificates import page as module

    asked: list[tuple[int, int]] = []
    read = module.window

    def counted(db: Any, flt: Any, sort: str, descending: bool, offset: int, limit: int) -> Any:
        asked.append((offset, limit))
        return read(db, flt, sort, descending, offset, limit)

    monkeypatch.setattr(RegisterTableModel, "PAGE", 2)
    monkeypatch.setattr(module, "window", counted)
    with opened(qtbot, o, "certificates", o.admin) as page:
        assert isinstance(page, Page)
        while page.register.canFetchMore():
            page.register.fetchMore()
            settle(qtbot, page)
        assert page.register.total == 5
        assert len({r.number for r in page.register.rows}) == 5
        assert asked == [(0, 2), (2, 2), (4, 2)]


def test_a_certificate_s_detail_and_history(qtbot: Any, o: Office, numbers: dict[str, str]) -> None:
    with opened(qtbot, o, "certificates", o.admin) as page:
        assert isinstance(page, Page)
        choose(qtbot, page, numbers[FIRST])
        assert page.heading.text() == f"Certificate {numbers[FIRST]}"
        assert page.state.text() == "active"
        facts = {name: label.text() for name, label in page.fact_values.items()}
        assert facts["producer"].startswith(FIRST) and "Эмгекчил" in facts["producer"]
        assert facts["products"] == "Тоо балы"
        assert facts["standard"] == "BABP-HONEY, version 1"
        assert "★" in facts["score"] and "%" in facts["score"]
        assert facts["granted"].startswith("committee session ")
        what = [page.history.cell(h, "what") for h in page.history.rows]
        assert what[0].startswith("issued by the grant of session")
        assert "lot 2611-017 recorded (Тоо балы)" in what
        assert page.lots.rowCount() == 1 and page.tabs.tabText(1) == "Lots (1)"


def test_a_secretary_sees_the_actions_disabled_with_the_reason(
    qtbot: Any, o: Office, numbers: dict[str, str]
) -> None:
    with opened(qtbot, o, "certificates", o.clerk) as page:
        assert isinstance(page, Page)
        choose(qtbot, page, numbers["Нарын шырдак"])
        for action in ("suspend", "withdraw", "renew", "reissue"):
            assert not page.action_buttons[action].isEnabled()
        reason = (
            "Only the chair or an administrator may suspend, restore, withdraw or re-issue "
            "a certificate: these are the committee's decisions."
        )
        assert page.action_buttons["suspend"].toolTip() == reason
        assert page.action_buttons["reissue"].toolTip() == reason
        renew = (
            "A renewal starts with an inspection: only an inspector or an administrator "
            "may start it."
        )
        assert page.action_buttons["renew"].toolTip() == renew
        assert page.why_not.isVisible() and page.why_not.text() == f"{reason}\n{renew}"
        page.start("suspend")
        assert not page.findChildren(ReasonDialog)


def test_the_chair_suspends_with_a_reason_and_the_status_changes(
    qtbot: Any, o: Office, numbers: dict[str, str]
) -> None:
    number = numbers["Нарын шырдак"]
    with opened(qtbot, o, "certificates", o.chair) as page:
        assert isinstance(page, Page)
        choose(qtbot, page, number)
        assert not page.action_buttons["restore"].isEnabled()
        assert "is active" in page.action_buttons["restore"].toolTip()
        assert not page.why_not.isVisible() or "suspend" not in page.why_not.text()
        page.action_buttons["suspend"].click()
        dialog = shown(page, ReasonDialog)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.isVisible()
        refused = "Give the reason for changing the certificate's state."
        assert dialog.messages.text("reason") == refused
        assert page.state.text() == "active"
        type_text(dialog.reason, "Мониторингде нымдуулук жогору")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        settle(qtbot, page)
        assert none_open(page, ReasonDialog)
        assert page.state.text() == "suspended"
        last = page.history.rows[-1]
        assert page.history.cell(last, "what") == "suspended"
        assert last.who == "Chair (chair)" and last.reason == "Мониторингде нымдуулук жогору"
        row = page.register.row_of(number)
        assert row is not None
        status = page.register.index(row, page.register.column("status")).data()
        assert status == "suspended"
        assert page.action_buttons["restore"].isEnabled()
        assert not page.action_buttons["suspend"].isEnabled()


def test_a_re_issue_covers_the_products_ticked(
    qtbot: Any, o: Office, numbers: dict[str, str]
) -> None:
    from certification import producers

    number = numbers["Урмат бал"]
    with read_unit(o.factory) as s:
        from certification import certificates

        producer_id = certificates.get_certificate(s, number).producer_id
    with unit_of_work(o.factory) as s:
        second = producers.add_product(s, o.clerk, producer_id, "Ак бал", o.category_id)
    with opened(qtbot, o, "certificates", o.admin) as page:
        assert isinstance(page, Page)
        choose(qtbot, page, number)
        page.action_buttons["reissue"].click()
        dialog = shown(page, ReissueDialog)
        dialog.set_chosen([*dialog.chosen(), second.id])
        type_text(dialog.reason, "жаңы продукт")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        settle(qtbot, page)
        assert page.current is not None
        info = page.current.detail.info
        assert info.number != number and info.supersedes == number
        assert info.products == ("Кара бал", "Ак бал")


def on_white(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """A page as the view draws it, painted onto white paper (QtPdf renders onto transparency)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(page, size, QPdfDocumentRenderOptions())
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def qr_of(image: QImage) -> list[str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return pdfcheck.qr_texts(Image.open(io.BytesIO(bytes(buffer.data()))).convert("L"))


def test_the_pdf_is_previewed_printed_and_saved_and_its_code_verifies(
    qtbot: Any, o: Office, numbers: dict[str, str], tmp_path: Path
) -> None:
    number = numbers[FIRST]
    with opened(qtbot, o, "certificates", o.clerk) as page:
        assert isinstance(page, Page)
        choose(qtbot, page, number)
        page.pdf_button.click()
        dialog = shown(page, PdfDialog)
        type_text(dialog.passphrase, "not the passphrase")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.isVisible() and not page.findChildren(PdfPreview)
        dialog.passphrase.clear()
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        preview = shown(page, PdfPreview)
        assert preview.document.status() == QPdfDocument.Status.Ready
        assert preview.document.pageCount() == 1
        assert preview.view.document() is preview.document
        # The whole page is seen at once, as large as the view allows.
        points = preview.document.pagePointSize(0)
        scale = preview.view.logicalDpiX() / 72 * preview.view.zoomFactor()
        room = preview.view.viewport().size()
        shown_w, shown_h = points.width() * scale, points.height() * scale
        assert shown_w <= room.width() and shown_h <= room.height()
        assert shown_h >= 0.8 * room.height() or shown_w >= 0.8 * room.width()
        (code,) = qr_of(on_white(preview.document, 0, 200))
        with read_unit(o.factory) as s:
            result = verify_text(s, code, record=False)
        assert result.outcome.value == "genuine_valid" and result.certificate == number

        target = tmp_path / "saved.pdf"
        with qtbot.waitSignal(preview.saved, timeout=10_000):
            preview.save_to(str(target))
        assert target.read_bytes() == preview.data
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        with qtbot.waitSignal(preview.printed, timeout=10_000):
            preview.print_to(printer)
        printed = (tmp_path / "printed.pdf").read_bytes()
        (again,) = pdfcheck.qr_texts(pdfcheck.pages(printed, dpi=200)[0])
        assert again == code
        preview.save_to(str(tmp_path / "no such folder" / "x.pdf"))
        settle(qtbot, page)
        assert preview.error.isVisible() and preview.error.text()


def test_the_page_speaks_kyrgyz_and_russian(qtbot: Any, o: Office, numbers: dict[str, str]) -> None:
    with opened(qtbot, o, "certificates", o.clerk) as page:
        assert isinstance(page, Page)
        choose(qtbot, page, numbers[FIRST])
        english = page.why_not.text()
        for lang in ("ky", "ru"):
            i18n.install(lang)
            page.retranslate()
            assert page.why_not.text() != english and page.why_not.text()
            assert page.heading.text() != f"Certificate {numbers[FIRST]}"
            assert page.action_buttons["suspend"].text() not in ("Suspend…", "")
        i18n.install("en")
        page.retranslate()
        assert page.why_not.text() == english


def test_counts_read_in_russian_plural_forms_and_lots_in_their_unit(
    app: Any, qtbot: Any, o: Office, numbers: dict[str, str], tmp_path: Path
) -> None:
    from certification.labels import printing

    for n in (1, 3, 5, 21):
        out = tmp_path / f"{n}.pdf"
        number = numbers[FIRST]
        printing.print_labels(o.factory, number, "2611-017", n, PASSPHRASE, out, user=o.clerk)
    i18n.install("ru")
    with opened(qtbot, o, "certificates", o.admin) as page:
        assert isinstance(page, Page)
        assert page.count.text() == "5 сертификатов"
        choose(qtbot, page, numbers[FIRST])
        what = [page.history.cell(h, "what") for h in page.history.rows]
        printed = [w.partition("партия 2611-017, ")[2] for w in what if "партия 2611-017, " in w]
        assert printed == ["1 этикетка", "3 этикетки", "5 этикеток", "21 этикетка"]
        assert page.lots.cell(page.lots.rows[0], "quantity") == "500 шт."
        i18n.install("ky")
        page.retranslate()
        settle(qtbot, page)
        assert page.count.text() == "5 сертификат"
        assert page.lots.cell(page.lots.rows[0], "quantity") == "500 даана"


def test_a_grant_opens_its_certificate_on_the_certificates_page(
    qtbot: Any, o: Office, numbers: dict[str, str]
) -> None:
    from tests.ui.desk import workspace
    from ui.main_window import MainWindow
    from ui.tasks import Tasks

    tasks = Tasks(workspace(o, o.admin))
    window = MainWindow(tasks.workspace, tasks)
    qtbot.addWidget(window)
    sessions = window.show_page("sessions")
    qtbot.waitUntil(lambda: tasks.idle, timeout=20_000)
    sessions.open_certificate(numbers["Ңурдин бал"])  # type: ignore[attr-defined]
    page = window.stack.currentWidget()
    assert isinstance(page, Page)
    qtbot.waitUntil(lambda: tasks.idle, timeout=20_000)
    assert page.current is not None and page.current.detail.info.number == numbers["Ңурдин бал"]
    assert producers_shown(page) == ["Ңурдин бал"]
    tasks.wait()
    tasks.close()
