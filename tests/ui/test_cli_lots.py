"""`lot add` and `lots` as a clerk uses them: real processes on a copy of the demo register."""

import json
from pathlib import Path

import pytest

from tests.ui.test_cli import belgi, certificates, db, demo_file

__all__ = ["db", "demo_file"]


def lots_of(db: Path, number: str) -> list[dict[str, object]]:
    result = belgi(db, "lots", number, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def in_force(db: Path) -> dict[str, object]:
    return next(c for c in certificates(db, "--status", "active") if len(c["products"]) == 1)  # type: ignore[arg-type]


def add(db: Path, number: str, *extra: str, lang: str = "en") -> tuple[int, str, str]:
    result = belgi(db, "lot", "add", number, "--user", "clerk", *extra, lang=lang)
    return result.returncode, result.stdout, result.stderr


def test_a_lot_recorded_on_the_command_line_is_listed(db: Path) -> None:
    cert = in_force(db)
    number = str(cert["number"])
    before = lots_of(db, number)
    code, out, err = add(
        db,
        number,
        "--lot",
        "b-77",
        "--quantity",
        "240",
        "--produced",
        "01.12.2026",
        "--best-before",
        "2027-06-01",
    )
    assert code == 0, err
    assert (
        f"Lot B-77 of {cert['products'][0]} (240 pcs) recorded under certificate {number}." in out
    )  # type: ignore[index]
    after = lots_of(db, number)
    assert len(after) == len(before) + 1
    (new,) = [lot for lot in after if lot["lot_number"] == "B-77"]
    assert new["quantity"] == "240" and new["unit"] == "pcs" and new["labels_printed"] == 0
    assert new["produced"] == "2026-12-01" and new["best_before"] == "2027-06-01"
    listed = belgi(db, "lots", number).stdout
    assert "B-77" in listed and "01.12.2026 → 01.06.2027" in listed


def test_a_lot_by_product_name_and_unit(db: Path) -> None:
    cert = in_force(db)
    product = str(cert["products"][0]).upper()  # type: ignore[index]
    code, out, err = add(
        db,
        str(cert["number"]),
        "--lot",
        "K1",
        "--quantity",
        "12,5",
        "--unit",
        "kg",
        "--produced",
        "2026-11-30",
        "--best-before",
        "2027-11-30",
        "--product",
        product,
    )
    assert code == 0, err
    assert "(12.5 kg)" in out


GOOD = {"--lot": "Z1", "--quantity": "5", "--produced": "2026-11-20", "--best-before": "2027-05-01"}
BAD = [
    ({}, "KG-Y-1999-00001", "Certificate KG-Y-1999-00001 not found."),
    ({"--quantity": "0"}, "{active}", "Quantity “0”: give a positive number."),
    ({"--quantity": "1e12"}, "{active}", "give a positive number"),
    ({"--quantity": "2.5"}, "{active}", "give a positive number"),
    ({"--quantity": "many"}, "{active}", "is not a number"),
    ({"--lot": "Z 1!"}, "{active}", "up to 20 Latin letters"),
    ({"--unit": "barrel"}, "{active}", "Unknown unit"),
    ({"--product": "Nothing"}, "{active}", "is not covered"),
    ({"--best-before": "2020-11-01"}, "{active}", "must come after the production date"),
    ({"--produced": "31.02.2026"}, "{active}", "31.02.2026"),
    ({"--produced": "2027-01-01", "--best-before": "2028-01-01"}, "{active}", "is in the future"),
    ({}, "{suspended}", "no new lots can be reported"),
    ({}, "{withdrawn}", "no new lots can be reported"),
    ({}, "{expired}", "no new lots can be reported"),
]


@pytest.mark.parametrize(("change", "number", "message"), BAD)
def test_bad_input_gives_one_translated_line_and_writes_nothing(
    db: Path, change: dict[str, str], number: str, message: str
) -> None:
    by_status = {str(c["status"]): str(c["number"]) for c in certificates(db)}
    cert = in_force(db)
    by_status["active"] = str(cert["number"])
    good = {**GOOD, "--produced": str(cert["issued"])}
    extra = [x for pair in {**good, **change}.items() for x in pair]
    before = belgi(db, "audit", "verify").stdout
    code, _, err = add(db, number.format(**by_status), *extra)
    assert code == 1
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert belgi(db, "audit", "verify").stdout == before


def test_a_duplicate_lot_is_refused(db: Path) -> None:
    number = str(in_force(db)["number"])
    lot = [
        "--lot",
        "D5",
        "--quantity",
        "5",
        "--produced",
        "2026-11-20",
        "--best-before",
        "2027-01-01",
    ]
    assert add(db, number, *lot)[0] == 0
    code, _, err = add(db, number, *lot, lang="ru")
    assert code == 1 and "D5" in err and "Traceback" not in err
    assert len([x for x in lots_of(db, number) if x["lot_number"] == "D5"]) == 1


def test_no_lots_is_said(db: Path) -> None:
    fresh = str(certificates(db, "--status", "withdrawn")[0]["number"])  # the demo gave it none
    result = belgi(db, "lots", fresh)
    assert result.returncode == 0 and result.stdout.strip() == f"No lots under certificate {fresh}."
    assert "партий нет" in belgi(db, "lots", fresh, lang="ru").stdout
