"""`report dashboard`: the Reports page's figures on the command line, real processes on a copy
of the demo register."""

import json
from collections import Counter
from pathlib import Path

import pypdfium2

from tests.ui.test_cli import belgi, certificates, db, demo_file

__all__ = ["db", "demo_file"]


def test_the_figures_agree_with_the_register(db: Path) -> None:
    result = belgi(db, "report", "dashboard", "--from", "2000-01-01", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    register = certificates(db)
    assert figures["certificates"]["issued"] == len(register)
    by_status = {s["key"]: s["count"] for s in figures["certificates"]["by_status"]}
    assert by_status == dict(Counter(str(c["status"]) for c in register))
    assert figures["period"]["start"] == "2000-01-01"


def test_the_figures_read_in_kyrgyz_and_write_a_pdf(db: Path, tmp_path: Path) -> None:
    shown = belgi(db, "report", "dashboard", "--from", "01.01.2000", lang="ky")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Комитеттин көрсөткүчтөрү\n")
    assert "Мезгил: Башынан бери, " in shown.stdout  # 2000 is before the first certificate
    assert "Баткен облусу" in shown.stdout
    pdf = tmp_path / "figures.pdf"
    written = belgi(db, "report", "dashboard", "--from", "2000-01-01", "-o", str(pdf), lang="ky")
    assert written.returncode == 0, written.stderr
    text = "".join(
        page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf.read_bytes())
    )
    assert "Баткен облусу" in text
    # Column headings keep their words whole: "Сертифик" / "аттар" on two lines reads wrong.
    assert "Сертификаттар" in text and "Текшерүүлөр" in text


def test_bad_input_is_one_translated_line_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "figures.docx"
    result = belgi(db, "report", "dashboard", "-o", str(wrong), lang="ru")
    assert result.returncode != 0
    assert result.stderr.strip() == (
        f"Показатели записываются как .pdf, .xlsx или .csv, а не как {wrong}."
    )
    assert not wrong.exists()
    reversed_period = belgi(db, "report", "dashboard", "--from", "2026-12-31", "--to", "2026-01-01")
    assert reversed_period.returncode != 0
    assert reversed_period.stderr.strip().count("\n") == 0
    assert "before it starts" in reversed_period.stderr
    unreadable = belgi(db, "report", "dashboard", "--from", "45.13.2099")
    assert unreadable.returncode != 0 and unreadable.stderr.strip().count("\n") == 0
    assert "Traceback" not in unreadable.stderr
