"""Smoke test of the built folder application: `python -m bundle.smoke dist/belgi/belgi`.

Runs the built program, never Python's: a demo register, a certificate and a sheet of 24 labels
printed to PDF, one label's code verified (the text read from the PDF here, and the picture read by
the program itself), the public register published with its verification page, an empty
PostgreSQL register brought to the newest schema, the register and verification pages rendered
offscreen in Kyrgyz. Each result is checked as a person would look at it; the first failure ends
the run with a non-zero status. The checking side uses the development tools (pypdfium2,
zxing-cpp, Pillow) and the tests' PostgreSQL server.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image, ImageStat

SCREEN = (1366, 768)
LABELS = 24  # one A4 sheet of the a4-3x8 stock
KYRGYZ_LETTERS = set("ҢңӨөҮү")


# What the folder must hold (Linux names), and what Belgi does not use and must not carry.
REQUIRED = [
    "PySide6/Qt/plugins/platforms/*qoffscreen*",
    "PySide6/Qt/plugins/platforms/*qxcb*",
    "PySide6/Qt/plugins/imageformats/*qjpeg*",
    "PySide6/Qt/plugins/imageformats/*qpdf*",
    "PySide6/Qt/plugins/printsupport/*",
    "PySide6/QtPrintSupport*",
    "PySide6/QtPdf*",
    "PySide6/Qt/translations/qtbase_ru.qm",
    "resources/fonts/DejaVuSans.ttf",
    "resources/i18n/shell_ky.qm",
    "resources/i18n/qtbase_ky.qm",
    "resources/images/emblem.png",
    "resources/templates/builtin.xml",
    "models/migrations/env.py",
    "models/migrations/versions/0001_*.py",
]
LEFT_OUT = ["PySide6/Qt/lib/*Qt6WebEngine*", "PySide6/Qt/lib/*Qt6Qml*", "PySide6/Qt/lib/*Qt63D*"]
LEFT_OUT += ["PySide6/Qt/lib/*Qt6Quick*", "resources/i18n/*.ts", "PySide6/Qt/qml"]


class SmokeFailure(Exception):
    pass


def content_problems(inside: Path) -> list[str]:
    """What the bundle's `_internal` folder lacks or carries needlessly."""
    problems = [f"missing {pattern}" for pattern in REQUIRED if not any(inside.glob(pattern))]
    problems += [f"carries {pattern}" for pattern in LEFT_OUT if any(inside.glob(pattern))]
    # Every library of Qt's xcb platform is inside, so a real window opens on a bare Linux desktop.
    for plugin in inside.glob("PySide6/Qt/plugins/platforms/*qxcb*"):
        search = f"{inside}:{inside / 'PySide6' / 'Qt' / 'lib'}"
        linked = subprocess.run(
            ["ldd", str(plugin)], env={"LD_LIBRARY_PATH": search}, capture_output=True, text=True
        ).stdout
        missing = [line.split()[0] for line in linked.splitlines() if "not found" in line]
        problems += [f"{plugin.name} needs {name}" for name in missing]
    return problems


def png_problems(path: Path, size: tuple[int, int]) -> list[str]:
    """What is wrong with a screenshot: not a PNG, the wrong size, or nothing on it."""
    try:
        with Image.open(path) as image:
            kind, found = image.format, image.size
            picture = image.convert("RGB")
    except (OSError, SyntaxError) as error:
        return [f"{path.name} is not a picture ({error})"]
    problems = []
    if kind != "PNG":
        problems.append(f"{path.name} is {kind}, not PNG")
    if found != size:
        problems.append(f"{path.name} is {found[0]}×{found[1]}, not {size[0]}×{size[1]}")
    # A page has text and frames: many colours, and well over a few per cent of its pixels not
    # the background. An empty or one-colour window has neither.
    colours = picture.getcolors(maxcolors=1 << 16)
    distinct = len(colours) if colours is not None else 1 << 16
    background = max(colours)[0] if colours else 0
    drawn = 1 - background / (found[0] * found[1])
    if distinct < 32 or drawn < 0.02 or max(ImageStat.Stat(picture).stddev) < 8:
        problems.append(
            f"{path.name} looks blank ({distinct} colours, {drawn:.1%} of it off the background)"
        )
    return problems


def pdf_pages(path: Path) -> list[Image.Image]:
    """The PDF's pages rendered at 200 dpi; raises SmokeFailure when it does not open."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        raise SmokeFailure(f"{path.name} does not open as a PDF: {error}") from error
    return [page.render(scale=200 / 72).to_pil() for page in document]


def qr_codes(picture: Image.Image) -> list[Any]:
    import zxingcpp

    return list(zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode))


class Smoke:
    """The steps, in order; each raises SmokeFailure, and later steps use what earlier ones made."""

    def __init__(self, program: Path, folder: Path) -> None:
        self.program = program
        self.folder = folder
        self.db = folder / "demo.sqlite3"
        # The program's own folders (preferences, user data) go to the scratch folder too.
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BELGI_PASSPHRASE": "demo",
            "BELGI_USER": "clerk",  # printing and publishing name the secretary who signs
            "BELGI_PASSWORD": "demo",
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
        }
        for name in ("BELGI_DB", "BELGI_LANG", "PYTHONPATH", "PYTHONHOME"):
            self.env.pop(name, None)
        self.certificate = self.lot = self.code = ""

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("what the folder holds", self.contents),
            ("demo register", self.demo),
            ("certificate to PDF", self.certificate_pdf),
            (f"{LABELS} labels to PDF", self.labels_pdf),
            ("a label's code verified, as text and as a picture", self.verify),
            ("the public register with its verification page", self.public_register),
            ("a shared register on PostgreSQL", self.postgresql),
            ("register page in Kyrgyz, offscreen", lambda: self.screenshot("register")),
            ("verification page in Kyrgyz, offscreen", lambda: self.screenshot("verify")),
        ]

    def run(self, *args: str, db: str = "") -> str:
        """The program's output; SmokeFailure unless it exits 0 without a traceback."""
        command = [str(self.program), "--db", db or str(self.db), "--lang", "ky", *args]
        started = time.monotonic()
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=300)
        shown = " ".join(arg if len(arg) < 30 else arg[:12] + "…" for arg in args)
        print(f"  {shown}: exit {done.returncode}, {time.monotonic() - started:.1f} s")
        if done.returncode != 0 or "Traceback" in done.stderr:
            raise SmokeFailure(
                f"`{' '.join(args)}` exited {done.returncode}\n"
                f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-4000:]}"
            )
        return done.stdout

    def contents(self) -> None:
        if problems := content_problems(self.program.parent / "_internal"):
            raise SmokeFailure("; ".join(problems))

    def demo(self) -> None:
        said = self.run("demo")
        if not self.db.is_file():
            raise SmokeFailure("demo wrote no database")
        # The program's own translations are inside the bundle: it answers in Kyrgyz.
        if not KYRGYZ_LETTERS & set(said):
            raise SmokeFailure(f"demo did not answer in Kyrgyz: {said!r}")
        self.certificate, self.lot = self.certificate_with_free_lot()

    def certificate_with_free_lot(self) -> tuple[str, str]:
        certificates = json.loads(self.run("certificates", "--status", "active", "--json"))
        for certificate in certificates:
            for lot in json.loads(self.run("lots", certificate["number"], "--json")):
                if int(lot["quantity"]) - int(lot["labels_printed"]) >= LABELS:
                    return certificate["number"], lot["lot_number"]
        raise SmokeFailure(f"no active certificate has a lot with {LABELS} labels still to print")

    def certificate_pdf(self) -> None:
        pdf = self.folder / "certificate.pdf"
        self.run("certificate", "pdf", self.certificate, "-o", str(pdf))
        pages = pdf_pages(pdf)
        if len(pages) != 1:
            raise SmokeFailure(f"the certificate has {len(pages)} pages, not 1")
        if len(qr_codes(pages[0])) != 1:
            raise SmokeFailure("the certificate's QR code does not read")

    def labels_pdf(self) -> None:
        """One sheet of distinct codes; keeps the first label's code and a picture of it."""
        pdf = self.folder / "labels.pdf"
        sheet = ["--count", str(LABELS), "--template", "a4-3x8", "-o", str(pdf)]
        self.run("labels", self.certificate, "--lot", self.lot, *sheet)
        pages = pdf_pages(pdf)
        if len(pages) != 1:
            raise SmokeFailure(f"{LABELS} labels on a 3 × 8 sheet made {len(pages)} pages, not 1")
        codes = qr_codes(pages[0])
        if len({code.text for code in codes}) != LABELS:
            raise SmokeFailure(f"{len(codes)} distinct codes read on the sheet, not {LABELS}")
        first = min(codes, key=lambda code: (code.position.top_left.y, code.position.top_left.x))
        left, top = first.position.top_left.x, first.position.top_left.y
        right, bottom = first.position.bottom_right.x, first.position.bottom_right.y
        margin = 40  # the quiet zone around the code, at 200 dpi
        pages[0].crop((left - margin, top - margin, right + margin, bottom + margin)).save(
            self.folder / "label-code.png"
        )
        self.code = str(first.text)

    def verify(self) -> None:
        picture = str(self.folder / "label-code.png")
        for how in (
            ["verify", "--json", self.code],
            ["verify", "--json", "--no-record", "--image", picture],
        ):
            answer = json.loads(self.run(*how))
            if answer.get("outcome") != "genuine_valid" or answer.get("text") != self.code:
                raise SmokeFailure(f"`{' '.join(how[:-1])} …` answered {answer}")

    def public_register(self) -> None:
        """Every file of resources/verify/ published in v/, beside the signed lists."""
        folder = self.folder / "public"
        self.run("report", "register", "-o", str(folder), "--status-list")
        page = Path(__file__).resolve().parent.parent / "resources" / "verify"
        wanted = {p.relative_to(page) for p in page.rglob("[!.]*") if p.is_file()}
        wanted |= {Path("status-list.json"), Path("trust-list.json")}
        if missing := sorted(str(name) for name in wanted if not (folder / "v" / name).is_file()):
            raise SmokeFailure(f"the published v/ lacks {', '.join(missing)}")
        if not (folder / "index.html").is_file():
            raise SmokeFailure("the public register has no index.html")

    def postgresql(self) -> None:
        """The psycopg driver and Alembic's revisions, on the tests' throw-away server."""
        from sqlalchemy import create_engine

        from models.db import HEAD, current_revision
        from tests.pg_server import PostgresServer

        server = PostgresServer()
        url = server.start()
        try:
            if json.loads(self.run("certificates", "--json", db=url)) != []:
                raise SmokeFailure("an empty PostgreSQL register lists certificates")
            engine = create_engine(url)
            revision = current_revision(engine)
            engine.dispose()
            if revision != HEAD:
                raise SmokeFailure(
                    f"the program left PostgreSQL at revision {revision}, not {HEAD}"
                )
        finally:
            server.stop()

    def screenshot(self, page: str) -> None:
        png = self.folder / f"{page}-ky.png"
        self.run("screenshot", page, "-o", str(png))
        if problems := png_problems(png, SCREEN):
            raise SmokeFailure("; ".join(problems))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path, help="the built program, e.g. dist/belgi/belgi")
    parser.add_argument("--keep", type=Path, help="keep the files made here (PDFs, PNGs)")
    args = parser.parse_args()
    program = args.program.resolve()
    if not os.access(program, os.X_OK):
        print(f"no program at {program}: run `make bundle` first", file=sys.stderr)
        return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep.resolve() if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        passed = 0
        for title, step in Smoke(program, folder).steps():
            print(f"- {title}", flush=True)
            try:
                step()
            except SmokeFailure as failure:
                print(f"bundle smoke test FAILED at “{title}”: {failure}", file=sys.stderr)
                print(f"smoke: {passed} passed, 1 failed")
                return 1
            passed += 1
    print(f"bundle smoke test took {time.monotonic() - started:.0f} s")
    print(f"smoke: {passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
