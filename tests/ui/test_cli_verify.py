"""`verify` as an office or a script uses it, on the demo database: real processes, real files."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from certification.codes import issuing, keys
from certification.labels.serials import allocate_label_serials
from models import LabelLot
from models.db import make_engine, session_factory, unit_of_work
from tests.ui.test_cli import belgi

RUSSIAN = str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM./:", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬю.Ж")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verify") / "demo.sqlite3"
    assert belgi(path, "demo").returncode == 0
    return path


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(demo, copy)
    return copy


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _printed_label(db: Path) -> str:
    """One more label printed with the demo's key (passphrase `demo`), never checked yet."""
    engine = make_engine(f"sqlite:///{db}")
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        lot_id = s.query(LabelLot.lot_id).order_by(LabelLot.lot_id).limit(1).scalar()
        signer = keys.unlock_signing_key(s, "demo")
        allocation = allocate_label_serials(s, lot_id, 1, "clerk")
        (text,) = issuing.label_codes(s, signer, allocation)
    engine.dispose()
    return text


def verify_json(db: Path, *args: str, stdin: str | None = None) -> tuple[int, dict[str, object]]:
    result = belgi(db, "verify", "--json", *args, stdin=stdin)
    assert result.stderr == ""  # nothing but the answer: no traceback, no library's complaint
    return result.returncode, json.loads(result.stdout)


def test_demo_has_keys_labels_and_a_cloned_serial(db: Path) -> None:
    assert _rows(db, "SELECT COUNT(*) FROM signing_key") == [(1,)]
    assert _rows(db, "SELECT COUNT(*) FROM trusted_key") == [(1,)]
    assert _rows(db, "SELECT COUNT(*) FROM label_lot")[0][0] >= 3
    flagged = _rows(db, "SELECT label_ref FROM code_check WHERE flags LIKE '%possibly_cloned%'")
    assert len(flagged) == 1
    places = _rows(db, f"SELECT DISTINCT place FROM code_check WHERE label_ref = '{flagged[0][0]}'")
    assert len(places) == 2
    assert _rows(db, "SELECT COUNT(*) FROM complaint")[0][0] >= 1


def test_demo_labels_are_accounted_for_in_the_label_stock(db: Path) -> None:
    labelled = _rows(
        db,
        "SELECT c.number, l.lot_number FROM label_lot ll JOIN lot l ON l.id = ll.lot_id "
        "JOIN certificate c ON c.id = ll.certificate_id ORDER BY ll.lot_id LIMIT 2",
    )
    shown = [
        belgi(db, "label", "stock", str(n), "--lot", str(lot), lang="ru") for n, lot in labelled
    ]
    assert all(r.returncode == 0 and "без задания печати — 0." in r.stdout for r in shown)
    assert "из них повторно — 1" in shown[0].stdout
    assert "испорчено — 3" in shown[1].stdout
    assert ["7", "утеря"] in [line.split() for line in shown[1].stdout.splitlines()]


def test_printed_label_is_genuine_valid_with_the_brief_fields(db: Path) -> None:
    text = _printed_label(db)
    status, out = verify_json(db, "--place", "Каракол, борбордук базар", text)
    assert status == 0
    assert out["outcome"] == "genuine_valid" and out["flags"] == []
    assert out["text"] == text
    for key in ("certificate", "lot", "serial", "product", "producer", "reason"):
        assert out[key], key
    assert str(out["certificate"]).startswith("KG-Y-")


def test_a_second_place_flags_the_label_and_no_record_leaves_no_trace(db: Path) -> None:
    text = _printed_label(db)
    assert verify_json(db, "--place", "Каракол, борбордук базар", text)[1]["flags"] == []
    logged = _rows(db, "SELECT COUNT(*) FROM code_check")[0][0]
    status, out = verify_json(db, "--no-record", "--place", "Нарын, базар", text)
    assert (status, out["outcome"], out["flags"]) == (0, "genuine_valid", ["possibly_cloned"])
    assert _rows(db, "SELECT COUNT(*) FROM code_check")[0][0] == logged
    ((place, kind, outcome),) = _rows(
        db, "SELECT place, input_kind, outcome FROM code_check ORDER BY id DESC LIMIT 1"
    )
    assert (place, kind, outcome) == ("Каракол, борбордук базар", "text", "genuine_valid")


def test_a_label_recorded_as_spoiled_is_flagged_in_the_users_language(db: Path) -> None:
    text = _printed_label(db)
    ((number, lot, serial),) = _rows(
        db,
        "SELECT c.number, l.lot_number, ll.last_serial FROM label_lot ll "
        "JOIN lot l ON l.id = ll.lot_id JOIN certificate c ON c.id = ll.certificate_id "
        "ORDER BY ll.lot_id LIMIT 1",
    )
    spoil = ("label", "spoil", str(number), "--lot", str(lot), "--serials", str(serial))
    assert belgi(db, *spoil, "--reason", "lost", "--user", "clerk").returncode == 0
    status, out = verify_json(db, "--no-record", text)
    assert (status, out["outcome"], out["reason_code"]) == (
        0,
        "genuine_valid",
        "genuine_valid.spoiled_label",
    )
    assert (out["flags"], out["spoiled_as"]) == (["alarm", "spoiled_label"], "lost")
    shown = belgi(db, "verify", "--no-record", text, lang="ru").stdout
    assert "эта этикетка отмечена как испорченная и повторно не печаталась" in shown
    assert "Отмечена как испорченная: утеря" in shown
    assert "! Испорченная этикетка: выясните" in shown and "! Тревога" in shown


def test_scanner_typing_under_russian_layout_on_stdin(db: Path) -> None:
    text = _printed_label(db)
    status, out = verify_json(db, "--no-record", "-", stdin=text.translate(RUSSIAN) + "\r\n")
    assert (status, out["outcome"], out["text"]) == (0, "genuine_valid", text)


def test_image_of_a_label(db: Path, tmp_path: Path) -> None:
    text = _printed_label(db)
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
    image = code.to_image(scale=4)
    photo = tmp_path / "label.webp"
    Image.frombytes("L", (image.shape[1], image.shape[0]), bytes(image)).save(photo)
    status, out = verify_json(db, "--no-record", "--image", str(photo))
    assert (status, out["outcome"], out["text"]) == (0, "genuine_valid", text)


@pytest.mark.parametrize(
    ("change", "outcome"),
    [
        (lambda t: t[:-1] + ("1" if t[-1] != "1" else "2"), "forged"),
        (lambda t: "ПРИВЕТ", "malformed"),
    ],
    ids=["forged", "malformed"],
)
def test_anything_else_exits_non_zero(db: Path, change, outcome: str) -> None:  # type: ignore[no-untyped-def]
    status, out = verify_json(db, "--no-record", change(_printed_label(db)))
    assert (status, out["outcome"]) == (1, outcome)
    assert out["reason"]


@pytest.mark.parametrize(
    "args",
    [(), ("123", "--image", "x.png"), ("--image", "/no/such/file.png"), ("--colour",)],
    ids=["nothing", "two_sources", "missing_file", "unknown_option"],
)
def test_bad_arguments_give_one_translated_line(db: Path, args: tuple[str, ...]) -> None:
    result = belgi(db, "verify", *args, lang="ru")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and result.stdout == ""
