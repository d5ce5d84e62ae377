"""The verification desk as the office uses it: a scanner typing under a Latin or a Russian
keyboard layout, a photo dropped, a sheet photographed, a clone seen at two places, a complaint
from a forged code, the place remembered, the day's checks exported — on a real register."""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from certification import settings
from certification.codes import issuing, keys
from certification.codes.checks import CheckContext
from certification.codes.service import VerificationResult
from certification.codes.verification import Outcome, TrustedKey, assess
from certification.labels.serials import allocate_label_serials
from models.db import unit_of_work
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.codes import vectors
from tests.codes.test_vectors import KEYS, PUBLISHED
from tests.ui.desk import none_open, opened, settle, shown
from ui import i18n
from ui.operations.verify import Checked
from ui.verify.card import ResultCard
from ui.verify.dialogs import ComplaintDialog
from ui.verify.lines import Mark, check_lines
from ui.verify.models import ChecksTableModel, ComplaintsTableModel, SightingsTableModel
from ui.verify.page import Page

PREFIX = "HTTPS://BELGI.KG/V/"
# A scanner sends key positions; under the Russian (or Kyrgyz) layout these are the characters
# that come out for the prefix's letters and signs (digits are the same in every layout).
RUSSIAN = str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM./:", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬю.Ж")
KEYS_OF = {ch: getattr(Qt.Key, f"Key_{ch}") for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
KEYS_OF.update({".": Qt.Key.Key_Period, "/": Qt.Key.Key_Slash, ":": Qt.Key.Key_Colon})


@dataclass(frozen=True)
class Desk:
    labelled: Labelled
    codes: list[str]


@pytest.fixture
def desk(sqlite_engine: Engine) -> Desk:
    labelled = labelled_office(sqlite_engine)
    o = labelled.office
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "verify_url_prefix", PREFIX)
    with unit_of_work(o.factory) as s:
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        allocation = allocate_label_serials(s, labelled.lot.id, 6, "clerk")
        codes = issuing.label_codes(s, signer, allocation)
    return Desk(labelled, codes)


def scan(page: Page, text: str, layout: str = "us") -> None:
    """Key events as a USB scanner sends them, one per character, then Enter. Under the Russian
    layout the keys of the Latin capitals give Cyrillic letters (with Shift, as capitals)."""
    page.scanner.setFocus()
    for ch in text:
        key = KEYS_OF[ch]
        typed = ch.translate(RUSSIAN) if layout == "ru" else ch
        shift = Qt.KeyboardModifier.ShiftModifier if ch.isalpha() or ch == ":" else None
        modifiers = shift or Qt.KeyboardModifier.NoModifier
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(page.scanner, QKeyEvent(kind, key, modifiers, typed))
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(
            page.scanner, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )


def checked(qtbot: Any, page: Page) -> None:
    settle(qtbot, page)
    qtbot.waitUntil(lambda: page.current is not None)


def column(model: Any, name: str) -> list[Any]:
    return [model.cell(row, name) for row in model.rows]


@pytest.mark.parametrize("layout", ["us", "ru"])
def test_a_scanned_label_is_checked_and_the_field_is_ready_for_the_next(
    qtbot: Any, app: QApplication, desk: Desk, layout: str
) -> None:
    with opened(qtbot, desk.labelled.office, "verify", desk.labelled.office.clerk) as page:
        assert isinstance(page, Page)
        page.place.setEditText("Каракол, борбордук базар")
        scan(page, desk.codes[1], layout)
        assert page.scanner.text() == "" and page.scanner.hasFocus()
        checked(qtbot, page)
        assert page.card.title.text() == "Genuine and valid"
        assert page.card.mark is Mark.PASSED
        assert [line.mark for line in page.card.lines] == [Mark.PASSED] * 6
        texts = {line.name: line.text for line in page.card.lines}
        assert texts["serial"] == "Serial 2 of 6 printed for this lot."
        assert "status as of" in texts["status"]
        assert page.facts["certificate"][1].text() == desk.labelled.certificate
        assert page.facts["lot"][1].text() == "2611-017"
        assert page.card.accessibleName() == "Genuine and valid"
        assert not page.complaint_button.isVisible()
        assert column(page.checks, "place") == ["Каракол, борбордук базар"]
        assert column(page.checks, "outcome") == ["✓ Genuine and valid"]


def test_garbage_and_a_tampered_code_each_get_their_card(
    qtbot: Any, app: QApplication, desk: Desk
) -> None:
    with opened(qtbot, desk.labelled.office, "verify", desk.labelled.office.clerk) as page:
        assert isinstance(page, Page)
        page.scanner.setText("ПРИВЕТ мир")
        page.verify_scanned()
        checked(qtbot, page)
        assert page.card.title.text() == "Not a valid code"
        assert page.card.mark is Mark.FAILED
        assert [line.mark for line in page.card.lines][1:] == [Mark.NOT_CHECKED] * 5
        code = desk.codes[0]
        page.scan(code[:-3] + ("000" if code[-3:] != "000" else "111"))
        settle(qtbot, page)
        assert page.card.title.text() == "Forged"
        assert "✗" in page.card.lines[1].title + "✗"  # the sign is drawn; the words say it
        assert page.card.lines[1].mark is Mark.FAILED
        assert page.complaint_button.isVisible()
        assert len(page.checks.rows) == 2


def _png(texts: list[str]) -> bytes:
    codes = []
    for text in texts:
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
        image = barcode.to_image(scale=5)
        codes.append(Image.frombytes("L", (image.shape[1], image.shape[0]), bytes(image)))
    side = max(c.width for c in codes)
    sheet = Image.new("L", ((side + 40) * len(codes) + 40, side + 80), 255)
    for n, code in enumerate(codes):
        sheet.paste(code, (40 + n * (side + 40), 40))
    out = io.BytesIO()
    sheet.save(out, "PNG")
    return out.getvalue()


def drop(page: Page, path: Path) -> None:
    """A file dragged from the file manager and let go over the desk."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    how = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(page, QDragEnterEvent(QPoint(20, 20), *how))
    assert QApplication.sendEvent(page, QDropEvent(QPointF(20, 20), *how))


def test_a_dropped_photo_and_a_whole_sheet_are_checked_off_the_gui_thread(
    qtbot: Any, app: QApplication, desk: Desk, tmp_path: Path
) -> None:
    one = tmp_path / "label.png"
    one.write_bytes(_png([desk.codes[2]]))
    sheet = tmp_path / "sheet.png"
    forged = desk.codes[4][:-3] + ("000" if desk.codes[4][-3:] != "000" else "111")
    sheet.write_bytes(_png([desk.codes[3], forged, desk.codes[5]]))
    with opened(qtbot, desk.labelled.office, "verify", desk.labelled.office.clerk) as page:
        assert isinstance(page, Page)
        drop(page, one)
        checked(qtbot, page)
        assert page.current is not None and page.current.result.serial == 3
        assert page.current.result.input_kind == "image"
        assert not page.found_view.isVisible()
        drop(page, sheet)
        settle(qtbot, page)
        assert len(page.found) == 3 and page.found_view.isVisible()
        assert page.card.title.text() == "Forged"  # the worst of the sheet is shown first
        assert page.found_label.text() == "3 codes in the image, 1 of them not genuine and valid:"
        assert sorted(column(page.found_model, "serial")) == ["", "4", "6"]
        assert len(page.checks.rows) == 4
        broken = tmp_path / "broken.png"
        broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
        drop(page, broken)
        settle(qtbot, page)
        assert page.card.title.text() == "Not a valid code"
        assert page.card.reason.text() == (
            "The file is not a readable PNG, JPEG, WebP, BMP or TIFF image."
        )


def test_a_clone_seen_at_two_places_lists_the_earlier_sightings_first_first(
    qtbot: Any, app: QApplication, desk: Desk
) -> None:
    with opened(qtbot, desk.labelled.office, "verify", desk.labelled.office.clerk) as page:
        assert isinstance(page, Page)
        page.scan(desk.codes[0], "Каракол, борбордук базар")
        settle(qtbot, page)
        page.scan(desk.codes[0], "Каракол, борбордук базар")
        settle(qtbot, page)
        assert page.card.mark is Mark.PASSED
        page.scan(desk.codes[0], "Бишкек, Ош базары")
        settle(qtbot, page)
        assert page.card.title.text() == "Genuine and valid"
        assert page.card.mark is Mark.CAUTION
        assert "Possible copy" in page.card.flags.text()
        history = {line.name: line for line in page.card.lines}["history"]
        assert history.mark is Mark.CAUTION
        assert history.text.startswith("Earlier checks: 2, at other places too")
        assert page.sightings_view.isVisible()
        assert column(page.sightings, "place") == ["Каракол, борбордук базар"] * 2
        times = [s.at for s in page.sightings.rows]
        assert times == sorted(times)
        assert page.complaint_button.isVisible()


def test_a_complaint_opened_from_a_forged_code_is_prefilled_and_listed(
    qtbot: Any, app: QApplication, desk: Desk
) -> None:
    code = desk.codes[0]
    with opened(qtbot, desk.labelled.office, "verify", desk.labelled.office.clerk) as page:
        assert isinstance(page, Page)
        page.scan(code[:-3] + ("000" if code[-3:] != "000" else "111"), "Балыкчы")
        settle(qtbot, page)
        page.complaint_button.click()
        dialog = shown(page, ComplaintDialog)
        text = dialog.description.toPlainText()
        assert text.startswith("Forged: The signature does not match")
        assert "Place: Балыкчы" in text
        dialog.description.setPlainText("   ")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.isVisible()  # refused beside the field, nothing written
        assert page.complaints.rows == []
        dialog.description.setPlainText(text + "Сатуучу этикетканы базардан алганын айтты.")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, ComplaintDialog)
        qtbot.waitUntil(lambda: bool(page.complaints.rows))
        assert column(page.complaints, "state") == ["open"]
        assert column(page.complaints, "outcome") == ["✗ Forged"]
        assert page.tabs.tabText(1) == "Complaints (1 open)"
        assert column(page.checks, "complaint") == [f"№ {page.complaints.rows[0].id}"]


def test_the_place_is_remembered_and_offered_from_places_used_before(
    qtbot: Any, app: QApplication, desk: Desk
) -> None:
    o = desk.labelled.office
    with opened(qtbot, o, "verify", o.clerk) as page:
        assert isinstance(page, Page)
        page.scan(desk.codes[0], "Нарын, борбордук базар")
        settle(qtbot, page)
        page.scan(desk.codes[1], "Чолпон-Ата, «Береке» дүкөнү")
        settle(qtbot, page)
        assert page.place.currentText() == "Чолпон-Ата, «Береке» дүкөнү"  # kept for the next
    with opened(qtbot, o, "verify", o.clerk) as again:
        assert isinstance(again, Page)
        assert again.place.currentText() == "Чолпон-Ата, «Береке» дүкөнү"
        offered = [again.place.itemText(n) for n in range(again.place.count())]
        assert offered == ["Чолпон-Ата, «Береке» дүкөнү", "Нарын, борбордук базар"]


def test_the_days_checks_export_to_csv_and_xlsx_in_the_users_language(
    qtbot: Any, app: QApplication, desk: Desk, tmp_path: Path
) -> None:
    o = desk.labelled.office
    with opened(qtbot, o, "verify", o.clerk) as page:
        assert isinstance(page, Page)
        page.scan(desk.codes[0], "Каракол")
        settle(qtbot, page)
        page.scan("12345", "Каракол")
        settle(qtbot, page)
        i18n.install("ky")
        page.retranslate()
        page.export_to(str(tmp_path / "checks.csv"))
        page.export_to(str(tmp_path / "checks.xlsx"))
        settle(qtbot, page)
        i18n.install("en")
    rows = list(csv.reader(io.StringIO((tmp_path / "checks.csv").read_text("utf-8-sig"))))
    assert len(rows) == 3
    assert rows[0][:4] == ["Убакыт", "Күнү", "Орду", "Жыйынтык"]
    assert {r[3] for r in rows[1:]} == {"Чыныгы жана күчүндө", "Жарактуу код эмес"}
    sheet = openpyxl.load_workbook(tmp_path / "checks.xlsx").active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Убакыт", "Күнү", "Орду") and len(values) == 3
    assert isinstance(values[1][0], datetime)


def test_no_camera_no_multimedia(qtbot: Any, app: QApplication, desk: Desk) -> None:
    """Without a camera the desk works and QtMultimedia is never loaded."""
    with opened(qtbot, desk.labelled.office, "verify", desk.labelled.office.clerk) as page:
        assert isinstance(page, Page)
        page.scan(desk.codes[0])
        settle(qtbot, page)
        if not Path("/dev/video0").exists():
            assert not page.camera_button.isVisible()
            assert "PySide6.QtMultimedia" not in sys.modules


def test_the_page_reads_in_kyrgyz_and_russian(qtbot: Any, app: QApplication, desk: Desk) -> None:
    with opened(qtbot, desk.labelled.office, "verify", desk.labelled.office.clerk) as page:
        assert isinstance(page, Page)
        page.scan(desk.codes[0])
        settle(qtbot, page)
        for lang, title in (("ky", "Чыныгы жана күчүндө"), ("ru", "Подлинный и действующий")):
            i18n.install(lang)
            page.retranslate()
            assert page.card.title.text() == title
            assert all(line.title and line.text for line in page.card.lines)
            assert page.card.lines[0].title != "Code read"
        i18n.install("en")


# The card of every outcome, from the published test vectors -------------------------------


def _vector_results() -> list[tuple[str, VerificationResult]]:
    found = []
    for vector in PUBLISHED["vectors"]:
        trusted: dict[int, list[TrustedKey]] = defaultdict(list)
        for name in vector["trusted_keys"]:
            trusted[KEYS[name].key_id].append(KEYS[name])
        view = vectors.status_from_json(vector["status"])
        today = date.fromisoformat(vector["today"])
        a = assess(vector["input"], trusted, today, lambda r, k, view=view: view)
        moment = datetime(2026, 5, 1, 4, 0, tzinfo=UTC)
        result = VerificationResult(
            a.outcome,
            a.reason,
            tuple(sorted(a.flags)),
            a.text,
            "text",
            "",
            moment,
            certificate=a.record.certificate_number if a.record and a.key else None,
            serial=a.record.serial if a.record and a.key else None,
            status_as_of=a.status_as_of,
        )
        found.append((vector["name"], result))
    return found


def test_every_outcome_of_the_vectors_has_a_card_in_words_and_signs(
    qtbot: Any, app: QApplication
) -> None:
    card = ResultCard()
    qtbot.addWidget(card)
    seen: dict[Outcome, set[str]] = defaultdict(set)
    for lang in ("en", "ky", "ru"):
        i18n.install(lang)
        for _name, result in _vector_results():
            card.show_checked(Checked(result, CheckContext(None, [], None)), announce=False)
            title = card.title.text()
            assert title and title != result.outcome.value
            assert card.reason.text() and card.accessibleDescription().startswith(title)
            assert len(card.lines) == 6 and all(line.text for line in card.lines)
            seen[result.outcome].add(f"{card.mark}:{lang}")
    i18n.install("en")
    assert set(seen) == set(Outcome) - {Outcome.NO_CODE} or set(seen) == set(Outcome)
    marks = {outcome: {m.split(":")[0] for m in found} for outcome, found in seen.items()}
    assert marks[Outcome.GENUINE_VALID] <= {"passed", "caution"}
    assert marks[Outcome.FORGED] == {"failed"}
    assert marks[Outcome.GENUINE_SUSPENDED] == {"caution"}


def test_old_status_information_is_said_to_be_old() -> None:
    moment = datetime(2026, 5, 1, 4, 0, tzinfo=UTC)
    old = VerificationResult(
        Outcome.GENUINE_VALID,
        "genuine_valid",
        (),
        "…",
        "text",
        "",
        moment,
        certificate="KG-N-2025-00011",
        serial=17,
        valid_until=date(2028, 1, 1),
        status_as_of=moment - timedelta(days=20),
    )
    lines = {line.name: line for line in check_lines(Checked(old, CheckContext(None, [], None)))}
    assert lines["status"].mark is Mark.CAUTION
    assert "status as of 11.04.2026 10:00 · out of date" in lines["status"].text
    fresh = check_lines(
        Checked(
            VerificationResult(**{**old.__dict__, "status_as_of": moment}),
            CheckContext(None, [], None),
        ),
        now=moment,
    )
    assert fresh[3].mark is Mark.PASSED


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    for model in (ChecksTableModel(), ComplaintsTableModel(), SightingsTableModel()):
        qtmodeltester.check(model)
