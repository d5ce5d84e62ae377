"""The reports page on a varied register: the figures shown are the register's, the period chooser
changes them (a reversed period is refused in one line and changes nothing), the figures export
to a PDF that reads back in Kyrgyz and to CSV and XLSX, and the public register is published into
a folder as a job, signed with the key's passphrase or refused before anything is written."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pypdfium2
import pytest
from sqlalchemy import Engine

from certification.codes import keys
from certification.core import clock
from certification.reports import EARLIEST, Period
from models.db import unit_of_work
from models.enums import CertificateStatus
from tests.certification.reported import reported_office
from tests.certification.test_reports import expected
from tests.codes.factories import CHEAP
from tests.factories import Office
from tests.ui.desk import opened, settle, shown
from ui import i18n
from ui.messages.values import name_of
from ui.reports.cards import FigureCard
from ui.reports.dialogs import PublishDialog
from ui.reports.page import PERIODS, Page

PASSPHRASE = "көл-2026"


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    office = reported_office(sqlite_engine)
    with unit_of_work(office.factory) as s:
        keys.generate_signing_key(s, PASSPHRASE, "admin", cost=CHEAP)
    return office


@pytest.fixture
def page(qtbot: Any, app: Any, o: Office) -> Iterator[Page]:
    with opened(qtbot, o, "reports", o.admin) as shown_page:
        assert isinstance(shown_page, Page)
        yield shown_page


@pytest.fixture
def kyrgyz() -> Iterator[None]:
    yield
    i18n.install("en")


def rows(card: FigureCard) -> dict[str, tuple[int, ...]]:
    """What the card's table says: each row's name and its numbers as the user reads them."""
    model = card.model
    found = {}
    for r in range(model.rowCount()):
        name = model.index(r, 0).data()
        numbers = tuple(
            int(model.index(r, c).data().replace("\u00a0", "").replace(",", "").replace(" ", ""))
            for c in range(1, model.columnCount())
        )
        found[name] = numbers
    return found


def choose(qtbot: Any, page: Page, name: str) -> None:
    page.period.setCurrentIndex(PERIODS.index(name))
    settle(qtbot, page)


def test_the_figures_shown_are_the_registers(qtbot: Any, page: Page, o: Office) -> None:
    choose(qtbot, page, "all")
    today = clock.today()
    want: Any = expected(o.factory.kw["bind"], Period(EARLIEST, today), today)
    status = rows(page.cards["status"])
    assert status == {
        name_of(CertificateStatus(k)).capitalize(): (n,) for k, n in want["status"].items()
    }
    assert page.cards["status"].title.text() == (
        f"Certificates issued in the period: {want['issued']}"
    )
    regions = rows(page.cards["region"])
    assert regions["Naryn Region"] == (want["region"]["KG-N"],)
    assert sum(n for (n,) in regions.values()) == want["issued"]
    outlook = rows(page.cards["outlook"])
    assert outlook["In force"] == (want["in_force"],)
    assert outlook["Expiring within 90 days"] == (want["expiring"][2],)
    assert outlook["Surveillance visit overdue"] == (want["overdue"],)
    assert rows(page.cards["inspections"])["All inspections"] == (want["passed"], want["failed"])
    places = rows(page.cards["places"])
    assert places["All places"] == (want["checks"], want["cloned"], want["forged"])
    n, members, women, youth, _kinds = want["certified"]
    assert rows(page.cards["certified"])["All producers"] == (n, members, women, youth)
    # every card has its chart beside the numbers
    for card in page.cards.values():
        assert card.view.isVisible() and card.chart.series()


def test_the_period_chooser_changes_the_figures(qtbot: Any, page: Page, o: Office) -> None:
    today = clock.today()
    choose(qtbot, page, "all")
    everything = rows(page.cards["places"])["All places"]
    choose(qtbot, page, "last_year")
    last_year = Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    assert (page.start.value(), page.end.value()) == (last_year.start, last_year.end)
    want: Any = expected(o.factory.kw["bind"], last_year, today)
    shown_now = rows(page.cards["places"])["All places"]
    assert shown_now == (want["checks"], want["cloned"], want["forged"])
    assert 0 < shown_now[0] < everything[0]
    # typing a date makes the period one of the user's own, and shows its figures
    page.start.set_date(date(today.year - 1, 7, 1))
    settle(qtbot, page)
    assert page.period.currentData() == "chosen"
    half: Any = expected(
        o.factory.kw["bind"], Period(date(today.year - 1, 7, 1), last_year.end), today
    )
    assert rows(page.cards["places"])["All places"][0] == half["checks"]
    # a period that ends before it starts: one line, the figures as they were
    before = rows(page.cards["status"])
    page.end.set_date(date(today.year - 1, 6, 1))
    settle(qtbot, page)
    assert (
        page.error.shown()
        == "The period ends on 01.06.{0}, before it starts on 01.07.{0}.".format(today.year - 1)
    )
    assert rows(page.cards["status"]) == before
    page.end.set_date(last_year.end)
    settle(qtbot, page)
    assert page.error.shown() == ""


def pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(path)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def test_the_figures_export_to_a_pdf_in_kyrgyz(
    qtbot: Any, page: Page, tmp_path: Path, kyrgyz: None
) -> None:
    choose(qtbot, page, "all")
    i18n.install("ky")
    page.retranslate()
    naryn = rows(page.cards["region"])["Нарын облусу"][0]
    page.export_to(str(tmp_path / "figures.pdf"))
    settle(qtbot, page)
    text = pdf_text(tmp_path / "figures.pdf")
    assert "Комитеттин көрсөткүчтөрү" in text
    assert "Нарын облусу" in text and str(naryn) in text
    assert "Нарын облустук бренд-комитети" in text  # the committee, in the reader's language
    assert page.cards["status"].title.text() in text


def test_the_figures_export_to_csv_and_xlsx(qtbot: Any, page: Page, tmp_path: Path) -> None:
    choose(qtbot, page, "all")
    page.export_to(str(tmp_path / "figures.csv"))
    page.export_to(str(tmp_path / "figures.xlsx"))
    settle(qtbot, page)
    places = rows(page.cards["places"])
    lines = list(csv.reader(io.StringIO((tmp_path / "figures.csv").read_text("utf-8-sig"))))
    assert lines[0] == ["Figures of the committee"]
    at = lines.index(["Label checks by place"])
    assert lines[at + 1] == ["Place", "Checks", "Possible copies", "Forged"]
    assert [int(v) for v in next(r for r in lines if r[:1] == ["All places"])[1:]] == list(
        places["All places"]
    )
    book = openpyxl.load_workbook(tmp_path / "figures.xlsx")
    assert len(book.sheetnames) == len(page.cards)
    sheet = book["Label checks by place"]
    found = {r[0]: r[1:4] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert found["All places"] == places["All places"]  # numbers stay numbers
    assert isinstance(found["All places"][0], int)


def test_the_public_register_is_published_and_signed(
    qtbot: Any, page: Page, tmp_path: Path
) -> None:
    folder = tmp_path / "site"
    page.choose_publishing()
    dialog = shown(page, PublishDialog)
    dialog.folder.setText(str(folder))
    dialog.passphrase.setText("wrong")
    dialog.buttons.accepted.emit()
    settle(qtbot, page)
    assert dialog.isVisible() and dialog.error.shown()  # refused beside the form
    assert not folder.exists()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.progress.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: page.publishing is None, timeout=60_000)
    assert (page.progress.value(), page.progress.maximum()) == (2, 3)  # the steps were shown
    names = {p.name for p in folder.iterdir()}
    assert {"index.html", "register.pdf", "register.xlsx", "status-list.json", "v"} <= names
    assert (folder / "v" / "index.html").is_file()
    assert page.progress.isHidden() and page.publish_button.isEnabled()


def test_an_empty_folder_is_refused_in_one_line(qtbot: Any, page: Page) -> None:
    page.choose_publishing()
    dialog = shown(page, PublishDialog)
    dialog.folder.setText("  ")
    dialog.buttons.accepted.emit()
    settle(qtbot, page)
    assert dialog.messages.text("folder") == "Choose a folder to publish into."
