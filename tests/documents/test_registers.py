"""The public register in every published form, with suspended and withdrawn certificates kept."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from certification.core.errors import InvalidInput
from certification.documents.registers import (
    Register,
    RegisterEntry,
    publish_register,
    register_csv,
)
from tests.documents import pdfcheck

REGISTER = Register(
    committee="Ысык-Көл облусунун аймактык бренд-комитети",
    as_of=date(2026, 5, 1),
    entries=(
        RegisterEntry(
            "KG-Y-2026-00042",
            "active",
            "«Ак-Суу асалчылары» өндүрүш тобу",
            "Теплоключенка",
            "Ысык-Көл облусу",
            ("Ысык-Көл балы", "Тоо чөптөрүнүн балы"),
            date(2026, 3, 14),
            date(2029, 3, 13),
            4,
        ),
        RegisterEntry(
            "KG-Y-2026-00043",
            "suspended",
            "Сары-Булак аялдар тобу",
            "Сары-Булак",
            "Ысык-Көл облусу",
            ("Кийиз шырдак",),
            date(2026, 3, 20),
            date(2029, 3, 19),
        ),
        RegisterEntry(
            "KG-Y-2025-00007",
            "withdrawn",
            "Жумабаев Т.",
            "Тамга",
            "Ысык-Көл облусу",
            ("Кымыз",),
            date(2025, 6, 1),
            date(2028, 5, 31),
        ),
        RegisterEntry(
            "KG-Y-2022-00001",
            "expired",
            "Ак-Терек",
            "Ак-Терек",
            "Ысык-Көл облусу",
            ("Кара өрүк",),
            date(2022, 1, 10),
            date(2025, 1, 9),
        ),
    ),
)


def test_published_folder_holds_every_form_with_every_state(tmp_path) -> None:  # type: ignore[no-untyped-def]
    status_list = tmp_path / "status-list.belgi"
    status_list.write_bytes(b"signed list")
    out = tmp_path / "site"
    out.mkdir()
    written = publish_register(REGISTER, out, status_list)
    assert sorted(p.name for p in written) == sorted(
        [
            "index.html",
            "register.json",
            "register.csv",
            "register.xlsx",
            "register.pdf",
            "status-list.belgi",
        ]
    )
    page = (out / "index.html").read_text("utf-8")
    assert "KG-Y-2026-00043" in page and "Убактылуу токтотулган" in page
    assert 'href="register.json"' in page and "<script" not in page
    data = json.loads((out / "register.json").read_text("utf-8"))
    assert [c["status"] for c in data["certificates"]] == [
        "active",
        "suspended",
        "withdrawn",
        "expired",
    ]
    assert data["certificates"][0]["valid_until"] == "2029-03-13"
    rows = list(csv.reader(io.StringIO((out / "register.csv").read_text("utf-8-sig"))))
    assert rows[1][:2] == ["KG-Y-2026-00042", "Күчүндө"] and rows[1][6] == "14.03.2026"
    sheet = openpyxl.load_workbook(out / "register.xlsx").active
    assert sheet is not None
    assert sheet["A4"].value == "KG-Y-2026-00042"
    assert sheet["H4"].value.date() == date(2029, 3, 13)
    text = " ".join(pdfcheck.text((out / "register.pdf").read_bytes()).split())
    for phrase in (
        "Сертификатталган продукциянын реестри",
        "Реестр сертифицированной продукции",
        "Кайтарылып алынган",
        "Мөөнөтү бүткөн",
        "Сары-Булак аялдар тобу",
    ):
        assert phrase in text, phrase


def test_unknown_state_is_refused() -> None:
    bad = Register(
        "x",
        date(2026, 1, 1),
        (
            REGISTER.entries[0].__class__(
                "N", "lost", "p", "v", "r", (), date(2026, 1, 1), date(2027, 1, 1)
            ),
        ),
    )
    with pytest.raises(InvalidInput) as err:
        register_csv(bad)
    assert err.value.code == "register.status_unknown"


CROWDED = Register(
    committee="Жалал-Абад облусунун аймактык бренд-комитети",
    as_of=date(2026, 9, 18),
    entries=tuple(
        RegisterEntry(
            f"KG-J-2023-{n:05d}",
            ("active", "suspended", "withdrawn", "expired")[n % 4],
            "«Жалал-Абаддын Арстанбап жаңгак токоюнун жемиштери» айыл чарба кооперативи",
            "Арстанбап",
            "Жалал-Абад облусу",
            ("Жаңгак майы", "Кургатылган алма, алмурут жана өрүк", "Тоо чөптөрүнүн балы"),
            date(2023, 9, 18),
            date(2026, 9, 17),
        )
        for n in range(1, 6)
    ),
)


@pytest.mark.parametrize("languages", [("ky",), ("ru",), ("ky", "ru")])
def test_register_pdf_keeps_dates_and_heading_words_whole(languages: tuple[str, ...]) -> None:
    from dataclasses import replace

    from certification.documents.registers import COLUMNS, _heading, register_pdf

    pdf = register_pdf(replace(CROWDED, languages=languages))
    lines = [" ".join(line.split()) for line in pdfcheck.text(pdf).splitlines()]
    for day in ("18.09.2023", "17.09.2026"):
        assert sum(day in line for line in lines) == len(CROWDED.entries), day
    for column in COLUMNS:
        for heading_word in _heading(column, languages).split():
            assert any(heading_word in line.split() for line in lines), heading_word
    for entry in CROWDED.entries:
        assert any(entry.number in line for line in lines), entry.number


def test_the_date_of_the_register_stands_where_each_language_puts_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "site"
    out.mkdir()
    publish_register(REGISTER, out, None)
    page = (out / "index.html").read_text("utf-8")
    assert "01.05.2026 абалы боюнча / по состоянию на 01.05.2026" in page
    assert "абалы боюнча 01.05.2026" not in page
