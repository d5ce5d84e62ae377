"""The bundle's smoke test must fail on what a person would call broken: a blank or wrong-size
screenshot, a PDF that does not open, a folder missing its plugins, fonts or migrations."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas

from bundle import build, smoke

SIZE = smoke.SCREEN


def page_like(path: Path, size: tuple[int, int] = SIZE) -> Path:
    """A window-like picture: a header bar, a navigation column, rows of text."""
    image = Image.new("RGB", size, (240, 240, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, size[0], 64), fill=(30, 90, 170))
    draw.rectangle((0, 64, 178, size[1]), fill=(243, 244, 246))
    for row in range(24):
        y = 100 + row * 24
        draw.rectangle((186, y, 906, y + 23), outline=(200, 200, 200))
        draw.text((190, y + 5), f"Producer {row} — Ысык-Көл облусу", fill=(0, 0, 0))
    image.save(path, "PNG")
    return path


def test_a_page_with_text_and_frames_passes(tmp_path: Path) -> None:
    assert smoke.png_problems(page_like(tmp_path / "page.png"), SIZE) == []


@pytest.mark.parametrize("colour", [(255, 255, 255), (0, 0, 0), (239, 239, 239)])
def test_a_blank_window_fails(tmp_path: Path, colour: tuple[int, int, int]) -> None:
    path = tmp_path / "blank.png"
    image = Image.new("RGB", SIZE, colour)
    ImageDraw.Draw(image).text((600, 380), "x", fill=(128, 128, 128))  # a stray pixel or two
    image.save(path, "PNG")
    (problem,) = smoke.png_problems(path, SIZE)
    assert "looks blank" in problem


def test_a_picture_of_the_wrong_size_fails(tmp_path: Path) -> None:
    path = page_like(tmp_path / "small.png", (800, 600))
    assert smoke.png_problems(path, SIZE) == ["small.png is 800×600, not 1366×768"]


def test_a_jpeg_or_no_picture_at_all_fails(tmp_path: Path) -> None:
    jpeg = tmp_path / "page.png"
    Image.open(page_like(tmp_path / "real.png")).save(jpeg, "JPEG")
    assert smoke.png_problems(jpeg, SIZE) == ["page.png is JPEG, not PNG"]
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    (problem,) = smoke.png_problems(broken, SIZE)
    assert problem.startswith("broken.png is not a picture")


def two_page_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n in (1, 2):
        pdf.drawString(72, 720, f"page {n}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_pdf_pages_are_counted_and_a_cut_file_fails(tmp_path: Path) -> None:
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(two_page_pdf())
    assert len(smoke.pdf_pages(whole)) == 2
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(two_page_pdf()[:300])
    with pytest.raises(smoke.SmokeFailure, match=r"cut\.pdf does not open as a PDF"):
        smoke.pdf_pages(cut)


def folder_with(inside: Path, names: list[str]) -> Path:
    for name in names:
        (inside / name).parent.mkdir(parents=True, exist_ok=True)
        (inside / name).write_bytes(b"")
    return inside


COMPLETE = [pattern.replace("*", "x") for pattern in smoke.REQUIRED]


def test_a_complete_folder_passes(tmp_path: Path) -> None:
    assert smoke.content_problems(folder_with(tmp_path, COMPLETE)) == []


def test_a_folder_without_migrations_or_with_quick_fails(tmp_path: Path) -> None:
    names = [n for n in COMPLETE if not n.startswith("models/migrations/versions")]
    inside = folder_with(tmp_path, [*names, "PySide6/Qt/lib/libQt6Quick.so.6"])
    assert smoke.content_problems(inside) == [
        "missing models/migrations/versions/0001_*.py",
        "carries PySide6/Qt/lib/*Qt6Quick*",
    ]


def test_the_size_limit_fails_the_build_and_links_are_not_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inside = tmp_path / "belgi" / "_internal" / "PySide6"
    inside.mkdir(parents=True)
    (inside / "libQt6Core.so.6").write_bytes(b"\0" * 3 * build.MIB)
    (tmp_path / "belgi" / "_internal" / "libQt6Core.so.6").symlink_to(inside / "libQt6Core.so.6")
    assert build.check_size(tmp_path / "belgi", limit_mib=4)
    assert "bundle size: 3.0 MiB (limit 4 MiB); largest parts (MiB): PySide6 3.0" in (
        capsys.readouterr().out
    )
    assert not build.check_size(tmp_path / "belgi", limit_mib=2)
    assert "1.0 MiB over its limit" in capsys.readouterr().err
