"""`main.py screenshot`: a page of the main window as a PNG, from a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def screenshot(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BELGI_", "QT_QPA"))}
    return subprocess.run(
        [sys.executable, "main.py", "--db", db, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_page_is_rendered_offscreen_at_laptop_size(office_url: str, tmp_path: Path) -> None:
    out = tmp_path / "register.png"
    result = screenshot(office_url, "--lang", "ky", "screenshot", "register", "-o", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
    assert len(colours) > 20  # a drawn window, not an empty canvas


def test_an_unknown_page_is_named_in_the_error(office_url: str, tmp_path: Path) -> None:
    result = screenshot(office_url, "--lang", "en", "screenshot", "nowhere", "-o", "x.png")
    assert result.returncode == 1
    assert result.stderr.startswith("There is no page “nowhere”; the pages: register, ")
    assert not (ROOT / "x.png").exists()


def test_the_log_in_dialog_can_be_shown_too(office_url: str, tmp_path: Path) -> None:
    out = tmp_path / "login.png"
    result = screenshot(office_url, "--lang", "ru", "screenshot", "login", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # the offscreen platform's remarks are not passed on
    image = QImage(str(out))
    assert 300 < image.width() < 800 and 150 < image.height() < 500


def test_a_dialog_of_a_page_is_pictured_on_its_own(office_url: str, tmp_path: Path) -> None:
    out = tmp_path / "calibration.png"
    args = ("screenshot", "labels", "--dialog", "calibration", "-o", str(out))
    result = screenshot(office_url, "--lang", "en", *args)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() < 1366 and image.height() < 768  # the dialog, not the window
    result = screenshot(
        office_url, "--lang", "en", "screenshot", "labels", "--dialog", "x", "-o", "x.png"
    )
    assert result.returncode == 1 and result.stderr.startswith(
        "The page “labels” has no dialog “x”."
    )


def test_a_picture_is_written_only_to_a_regular_file_or_a_new_name(
    office_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "kept.txt"
    target.write_text("kept")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    for where in ("/dev/null", str(link), str(tmp_path / "no folder" / "x.png"), str(tmp_path)):
        result = screenshot(office_url, "--lang", "en", "screenshot", "register", "-o", where)
        assert result.returncode == 1, where
        said = result.stderr.strip()
        assert len(said.splitlines()) == 1, said
        assert "nothing was written" in said or "does not exist" in said, said
    assert target.read_text() == "kept" and link.is_symlink()
    out = tmp_path / "register.png"
    assert screenshot(office_url, "screenshot", "register", "-o", str(out)).returncode == 0
    assert oct(out.stat().st_mode & 0o777) == "0o644"  # pictures are for the documentation
