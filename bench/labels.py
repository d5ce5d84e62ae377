"""Label and certificate documents against their budgets; `python -m bench.labels [--no-glabels]`.

- QR encoders: `certification.qrmatrix` (zxing-cpp with the mask chosen in `certification.qrmasks`)
  against zxing-cpp choosing the mask itself and the `qrcode` package.
- A certificate: sign its code, then render its PDF; and on a real register (a demo database in a
  temporary SQLite file): grant in a committee session → numbered certificate → PDF written, with
  the real services (budget 300 ms; the key is unlocked once per printing session, shown apart).
- 1,000 unique signed labels → PDF (budget 1.5 s): drawing alone, the whole job on the register
  (allocation recorded, codes signed, sheet drawn and written atomically, job closed), and the
  `labels` command from launch to exit beside the command floor of bench.floors; side by side
  with glabels-3-batch on the same 1,000-row merge (`apt-get install -y glabels`; peer document
  in `../shared/peers/glabels/`), whose output is checked for codes that read, not its exit status.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from certification.codes.record import CodeKind, CodeRecord
from certification.codes.signing import Signer, key_id_for, public_bytes
from certification.core import clock
from certification.documents.certificate import CertificateDocument, render_certificate
from certification.documents.labels import LabelCode, LabelContent, render_labels
from certification.documents.templates import find_template
from certification.qrmatrix import encode
from models.enums import DecisionOutcome

PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peers" / "glabels"
LABELS = 1000


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median seconds of `repeat` runs, and the last result."""
    wall, _cpu, result = timed_cpu(fn, repeat)
    return wall, result


def timed_cpu(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds of `repeat` runs, and the last result.

    The CPU time is what the job costs this process; on a machine busy with other work the wall
    clock runs ahead of it, so both are printed.
    """
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), result


def signer() -> Signer:
    key = Ed25519PrivateKey.generate()
    return Signer(key_id_for(public_bytes(key)), key)


def label_texts(s: Signer, n: int) -> list[LabelCode]:
    out = []
    for serial in range(1, n + 1):
        record = CodeRecord(
            CodeKind.LABEL,
            "KG-Y",
            s.key_id,
            2026,
            42,
            date(2026, 3, 14),
            date(2029, 3, 13),
            3,
            lot=1,
            serial=serial,
        )
        out.append(LabelCode(f"{serial:06d}", s.sign_code(record)))
    return out


CONTENT = LabelContent(
    product="Ысык-Көл балы — ак эспарцет, 500 г",
    producer="«Ак-Суу асалчылары» өндүрүш тобу",
    village="Теплоключенка",
    lot="IK25-001",
    produced_on=date(2025, 8, 14),
    best_before=date(2027, 8, 14),
    certificate_number="KG-Y-2026-00042",
)


def bench_encoders() -> None:
    import qrcode
    import zxingcpp
    from qrcode.constants import ERROR_CORRECT_Q

    rng = random.Random(1)
    texts = ["".join(rng.choice("0123456789") for _ in range(205)) for _ in range(200)]

    def with_qrcode(text: str) -> object:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=0)
        code.add_data(text)
        code.make(fit=True)
        return code.get_matrix()

    def zxing_alone(text: str) -> object:
        symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
        return bytes(symbol.to_image(scale=1, add_quiet_zones=True))

    encoders = (
        ("Belgi: zxing-cpp, the mask chosen in Python", encode, texts),
        ("zxing-cpp choosing the mask itself", zxing_alone, texts),
        ("qrcode", with_qrcode, texts[:30]),
    )
    for name, fn, sample in encoders:
        seconds, _ = timed(lambda fn=fn, sample=sample: [fn(t) for t in sample], 3)
        print(f"encoder {name:44s} {seconds / len(sample) * 1000:6.2f} ms a code (205 digits, Q)")


def bench_certificate(s: Signer) -> None:
    def one() -> bytes:
        record = CodeRecord(
            CodeKind.CERTIFICATE,
            "KG-Y",
            s.key_id,
            2026,
            42,
            date(2026, 3, 14),
            date(2029, 3, 13),
            3,
        )
        doc = CertificateDocument(
            number="KG-Y-2026-00042",
            committee={"ky": "Ысык-Көл облусунун аймактык бренд-комитети", "ru": "Бренд-комитет"},
            producer="«Ак-Суу асалчылары» өндүрүш тобу",
            producer_place="Теплоключенка айылы, Ак-Суу району",
            products=("Ысык-Көл балы — ак эспарцет, 500 г",),
            standard="BABP-HONEY — Бал",
            standard_version=2,
            issued_on=date(2026, 3, 14),
            valid_until=date(2029, 3, 13),
            qr_text=s.sign_code(record),
            stars=4,
        )
        return render_certificate(doc)

    one()
    seconds, _ = timed(one, 10)
    print(f"certificate: sign + PDF  {seconds * 1000:6.1f} ms (budget with the grant: 300 ms)")


def bench_labels(s: Signer, out: Path) -> float:
    template = find_template("a4-3x8")
    render_labels(template, CONTENT, label_texts(s, 24))  # warm fonts

    def job() -> bytes:
        return render_labels(template, CONTENT, label_texts(s, LABELS))

    seconds, cpu, pdf = timed_cpu(job, 5)
    assert isinstance(pdf, bytes)
    out.write_bytes(pdf)
    print(
        f"labels: {LABELS} signed → PDF, drawing  {seconds:6.2f} s (CPU {cpu:.2f} s; "
        f"{len(pdf) / 1e6:.1f} MB; budget 1.5 s)"
    )
    return seconds


def bench_glabels(work: Path) -> float | None:
    batch = shutil.which("glabels-3-batch")
    if batch is None or not (PEER / "product-label.glabels").exists():
        print("glabels: not run (install the Debian package `glabels`; needs ../shared/peers/)")
        return None
    subprocess.run(
        [sys.executable, str(PEER / "gen_labels_csv.py"), str(LABELS), str(work / "labels.csv")],
        check=True,
        capture_output=True,
    )
    shutil.copy(PEER / "product-label.glabels", work / "product-label.glabels")
    t0 = time.perf_counter()
    subprocess.run(
        [batch, "-i", "labels.csv", "-o", "glabels.pdf", "product-label.glabels"],
        cwd=work,
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - t0
    readable = _codes_on_first_page(work / "glabels.pdf")
    with open(work / "labels.csv", encoding="utf-8") as f:
        expected = {row["qr"] for row in csv.DictReader(f)}
    ok = readable and readable <= expected
    print(
        f"glabels-3-batch: {LABELS} labels  {seconds:6.2f} s  "
        f"(first page: {len(readable)} codes read{'' if ok else ' — OUTPUT BLANK OR WRONG'})"
    )
    return seconds if ok else None


def _codes_on_first_page(pdf: Path) -> set[str]:
    try:
        import pypdfium2
        import zxingcpp
    except ImportError:
        return set()
    page = pypdfium2.PdfDocument(pdf.read_bytes())[0]
    image = page.render(scale=300 / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("L")
    return {c.text for c in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)}


@dataclass(frozen=True)
class Register:
    factory: sessionmaker[Session]
    session_id: int
    inspections: list[int]
    lot: tuple[str, str]  # certificate number, lot number (100,000 pieces)


def demo_register(folder: Path, grants: int) -> Register:
    """The demo register with `grants` more submitted inspections waiting in an open session,
    a signing key (passphrase «demo») and a lot large enough for the label jobs."""
    from certification import demo, inspections, lots, sessions, users
    from certification.codes import keys
    from models import Product, StandardVersion
    from models.db import make_engine, session_factory, unit_of_work, upgrade

    engine = make_engine(f"sqlite:///{folder / 'bench.sqlite3'}")
    upgrade(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        demo.build(s)
        keys.generate_signing_key(s, "demo", "admin")
        people = {u.username: u for u in users.list_users(s)}
    with unit_of_work(factory) as s:
        product = s.scalars(select(Product).order_by(Product.id)).first()
        assert product is not None
        version = s.scalars(
            select(StandardVersion)
            .join(StandardVersion.standard)
            .where(StandardVersion.standard.has(category_id=product.category_id))
        ).first()
        assert version is not None
        category = product.category.code
        waiting = []
        for i in range(grants):
            who = people["inspector"]
            info = inspections.start_inspection(s, who, product.id, version.id, clock.today())
            answers = demo._answers(category, "excellent", random.Random(i))
            inspections.record_answers(s, who, info.id, answers)
            inspections.submit(s, who, info.id)
            waiting.append(info.id)
        meeting = sessions.open_session(
            s,
            people["clerk"],
            clock.today(),
            place="Каракол",
            quorum=3,
            chair="chair",
            present=["chair", "aibek", "gulnara", "nurlan"],
        )
    with unit_of_work(factory) as s:
        chosen = sessions.decide(
            s, people["chair"], meeting.id, waiting.pop(), DecisionOutcome.GRANT
        ).certificate_number
        assert chosen is not None
        lot = lots.report_lot(
            s,
            people["clerk"],
            chosen,
            product.id,
            "BENCH-1",
            clock.today(),
            clock.today() + timedelta(days=365),
            "100000",
            "pcs",
        )
    return Register(factory, meeting.id, waiting, (chosen, lot.lot_number))


def bench_grant_to_pdf(register: Register, out: Path) -> None:
    """What the secretary waits for after the chair's «grant»: the number, then the PDF."""
    from certification import printing, sessions, users
    from certification.codes import keys
    from certification.documents.output import write_atomically
    from models.db import read_unit, unit_of_work

    with unit_of_work(register.factory) as s:
        chair = users.get_user(s, "chair")
        t0 = time.perf_counter()
        signer = keys.unlock_signing_key(s, "demo")
        unlock = time.perf_counter() - t0
    print(f"signing key unlocked (once per printing session)  {unlock * 1000:6.1f} ms")
    times, cpus = [], []
    for inspection in register.inspections:
        t0, c0 = time.perf_counter(), time.process_time()
        with unit_of_work(register.factory) as s:
            number = sessions.decide(
                s, chair, register.session_id, inspection, DecisionOutcome.GRANT
            ).certificate_number
        assert number is not None
        with read_unit(register.factory) as s:
            pdf = printing.certificate_pdf(s, number, signer)
        write_atomically(out, pdf)
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    print(
        f"grant → numbered certificate → PDF written  {statistics.median(times) * 1000:6.1f} ms "
        f"(CPU {statistics.median(cpus) * 1000:.0f} ms; median of {len(times)}, slowest "
        f"{max(times) * 1000:.0f} ms; budget 300 ms)"
    )


def bench_label_job(register: Register, out: Path) -> float:
    """The whole job as `labels … --count 1000` runs it, on the register."""
    from certification.labels import printing

    number, lot = register.lot
    printing.print_labels(register.factory, number, lot, 24, "demo", out)  # warm fonts

    def job() -> object:
        return printing.print_labels(register.factory, number, lot, LABELS, "demo", out)

    seconds, cpu, _ = timed_cpu(job, 5)
    print(
        f"labels: {LABELS} → PDF, whole job on the register  {seconds:6.2f} s (CPU {cpu:.2f} s; "
        "includes the key's unlocking, serials recorded, codes signed, file written; budget 1.5 s)"
    )
    return seconds


def bench_label_command(register: Register, work: Path, runs: int = 5) -> float:
    """`python main.py labels … --count 1000` from launch to exit, beside the command floor of
    bench.floors started just before each run (same register, same load)."""
    from bench.floors import command_floor, environment, ratio, timed

    number, lot = register.lot
    url = f"sqlite:///{work / 'bench.sqlite3'}"
    env = {
        **environment(str(work)),
        "BELGI_USER": "clerk",  # a signing command names who prints, with the password
        "BELGI_PASSWORD": "demo",
        "BELGI_PASSPHRASE": "demo",
        "BELGI_LANG": "ky",
    }
    main_py = str(Path(__file__).resolve().parent.parent / "main.py")
    argv = [sys.executable, main_py, "--db", url, "labels", number, "--lot", lot]
    floors, walls, cpus, floor_cpus = [], [], [], []
    for run in range(runs + 1):  # the first run compiles the bytecode and warms the file cache
        floor = command_floor(url, env)
        out = work / f"command{run}.pdf"
        wall, cpu = timed([*argv, "--count", str(LABELS), "-o", str(out)], env)
        if run:
            floors.append(floor[0])
            floor_cpus.append(floor[1])
            walls.append(wall)
            cpus.append(cpu)
    print(
        f"labels: the command, {LABELS} → PDF, launch to exit  {statistics.median(walls):6.2f} s "
        f"(CPU {statistics.median(cpus):.2f} s; command floor {statistics.median(floors):.2f} s, "
        f"CPU {statistics.median(floor_cpus):.2f} s; {ratio(walls, floors):.2f}× the floor)"
    )
    return statistics.median(walls)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-glabels", action="store_true")
    args = parser.parse_args()
    s = signer()
    bench_encoders()
    bench_certificate(s)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        register = demo_register(work, grants=11)
        bench_grant_to_pdf(register, work / "certificate.pdf")
        ours = bench_labels(s, work / "belgi.pdf")
        job = bench_label_job(register, work / "job.pdf")
        command = bench_label_command(register, work)
        theirs = None if args.no_glabels else bench_glabels(work)
        if theirs:
            print(
                f"ratio: glabels-3-batch / Belgi = {theirs / ours:.1f}× drawing alone, "
                f"{theirs / job:.1f}× the whole job, {theirs / command:.1f}× the `labels` "
                "command (required ≥ 20× for the command)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
