"""Defect 3: `label import /dev/zero` read the device whole (killed at 24 GB), and a 2 MB gzip
that unpacks to 2 GiB passed the 20 MB size check. Every file Belgi takes in is now read to at
most its importer's limit, also once unpacked; a device or a FIFO is not read at all; each
refusal is one translated line, and nothing is changed."""

from __future__ import annotations

import hashlib
import os
import resource
import struct
import zlib
from pathlib import Path

import pytest

from certification import settings
from certification.core.errors import InvalidInput
from certification.photos import check_photo
from ui.cli import main

ZEROS = b"\0" * (16 * 2**20)
MB = 2**20


@pytest.fixture(autouse=True)
def _gui_application(qapp: object) -> None:
    """`main()` runs in this process: it uses the suite's QApplication (see test_cli_arguments)."""


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("BELGI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("BELGI_PASSWORD", "demo")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    """The one line a refusal says, the register left byte for byte as it was."""
    before = _digest(db)
    status = main(["--db", str(db), "--lang", "en", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert status != 0 and len(lines) == 1, captured.err
    assert _digest(db) == before
    return lines[0]


def _not_checked(capsys: pytest.CaptureFixture[str], db: Path, image: Path) -> str:
    """What the verification desk says of an image it will not decode (as a result, not an
    error), the register left as it was."""
    before = _digest(db)
    status = main(["--db", str(db), "--lang", "en", "verify", "--image", str(image), "--no-record"])
    captured = capsys.readouterr()
    assert status != 0 and captured.err == ""
    assert _digest(db) == before
    return captured.out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _gzip_bomb(path: Path, members: int) -> Path:
    """A gzip file of `members` streams of 16 MiB of zeros each (16 KB compressed apiece),
    behind the opening of a gLabels templates file."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    member = packer.compress(ZEROS) + packer.flush()
    head = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    opening = head.compress(b'<?xml version="1.0"?>\n<Glabels-templates>') + head.flush()
    with open(path, "wb") as out:
        out.write(opening)
        for _ in range(members):
            out.write(member)
    return path


def _png_header(width: int, height: int) -> bytes:
    """A valid PNG that claims `width`×`height` pixels in a few bytes (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * 4096, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as out:
        out.truncate(size)
    return path


NOT_READ = "{path} is not a file (but a folder, device or pipe); nothing was read."


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)  # nobody writes to it: opening it to read would wait forever
    return path


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_a_device_a_fifo_or_a_folder_is_not_read(
    capsys: pytest.CaptureFixture[str], register_copy: Path, tmp_path: Path, fifo: Path, source: str
) -> None:
    path = {"/dev/zero": Path("/dev/zero"), "fifo": fifo, "folder": tmp_path}[source]
    line = _refused(capsys, register_copy, "label", "import", str(path), "--user", "admin")
    assert line == NOT_READ.format(path=path)
    line = _refused(capsys, register_copy, "lists", "import", str(path), "--user", "admin")
    assert line == NOT_READ.format(path=path)
    line = _refused(capsys, register_copy, "verify", "--image", str(path), "--no-record")
    assert line == f"No such image file: {path}"
    line = _refused(capsys, register_copy, "restore", str(path), "--yes", "--user", "admin")
    assert str(path) in line


def test_a_gzip_bomb_is_refused_once_it_unpacks_past_the_limit(
    capsys: pytest.CaptureFixture[str], register_copy: Path, tmp_path: Path
) -> None:
    bomb = _gzip_bomb(tmp_path / "labels.glabels", members=128)  # 2 GiB of zeros
    assert bomb.stat().st_size < 3 * MB
    peak = _peak_mb()
    line = _refused(capsys, register_copy, "label", "import", str(bomb), "--user", "admin")
    assert line == "The file unpacks to more than 20 MB; nothing was read."
    assert _peak_mb() - peak < 200  # never near the 2 GiB it claims


def test_a_file_larger_than_its_limit_is_read_no_further(
    capsys: pytest.CaptureFixture[str], register_copy: Path, tmp_path: Path
) -> None:
    big = _sparse(tmp_path / "big.xml", 30 * MB)
    line = _refused(capsys, register_copy, "label", "import", str(big), "--user", "admin")
    assert line == f"The file {big} is larger than 20 MB; nothing was read."
    line = _refused(capsys, register_copy, "lists", "import", str(big), "--user", "admin")
    assert line == f"The file {big} is larger than 20 MB; nothing was read."
    photo = _sparse(tmp_path / "big.png", 100 * MB)
    said = _not_checked(capsys, register_copy, photo)
    assert "The image is too large (over 50 megapixels or 64 MB)." in said


def test_an_image_claiming_a_billion_pixels_is_refused_from_its_header(
    capsys: pytest.CaptureFixture[str], register_copy: Path, tmp_path: Path
) -> None:
    data = _png_header(40_000, 40_000)  # 1.6 gigapixels in a few hundred bytes
    assert len(data) < 1000
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(data)
    peak = _peak_mb()
    said = _not_checked(capsys, register_copy, bomb)
    assert "The image is too large (over 50 megapixels or 64 MB)." in said
    data = _png_header(8_000, 8_000)  # 64 megapixels: past our limit, short of Pillow's own
    with pytest.raises(InvalidInput) as photo:  # a producer's or an inspection's photo
        check_photo(data)
    assert photo.value.code == "photo.too_many_pixels"
    with pytest.raises(InvalidInput) as emblem:  # the emblem in Settings
        settings.image_type("emblem", data)
    assert emblem.value.code == "setting.image_size"
    assert _peak_mb() - peak < 200
