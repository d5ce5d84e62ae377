"""A committee that prints labels and publishes its register with the verification page.

Naryn's committee (prefix `https://belgi.kg/v/`) prints ten labels of a honey lot and spoils
label 3 in the printer; a second group's certificate, labels printed, is then suspended. The
register is published with its signed lists dated tomorrow, so every label printed today is one
the lists must know (a label signed on the lists' own day may be newer than they are).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select, update

from certification import certificates, lots, printing, settings
from certification.codes import issuing, keys
from certification.codes.record import CodeKind, CodeRecord
from certification.codes.signing import Signer, key_id_for, public_bytes
from certification.codes.text import parse
from certification.core import clock
from certification.labels import ledger
from certification.labels.printing import print_labels
from certification.labels.serials import LabelAllocation
from models import LabelLot, Lot
from models.db import read_unit, unit_of_work
from models.enums import CertificateEventKind
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.factories import certified

PREFIX = "HTTPS://BELGI.KG/V/"
OTHER_GROUP = "«Ала-Тоо» кийиз тобу"


@dataclass(frozen=True)
class Published:
    lab: Labelled
    folder: Path
    genuine: list[str]  # the ten labels of the honey lot, serial 1 first
    suspended: str  # a label of the suspended certificate
    suspended_certificate: str
    never_printed: str  # serial 11 of the honey lot, signed with the committee's key
    unknown_key: str  # the first label's record signed by a key nobody trusts
    gap: str  # serial 5 of the felt lot, in the gap its counter, raised by hand, left


def _labels(lab: Labelled, number: str, lot_number: str, count: int, out: Path) -> list[str]:
    """Print `count` labels through a real print job; their codes, signed again (Ed25519 signs
    the same record the same way)."""
    job = print_labels(
        lab.office.factory, number, lot_number, count, PASSPHRASE, out, user=lab.office.clerk
    )
    with read_unit(lab.office.factory) as s:
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        lot = s.get_one(Lot, job.job.lot_id)
        lot_no = s.get_one(LabelLot, lot.id).lot_no
        run = LabelAllocation(0, lot.id, lot.certificate_id, lot_no, 1, count)
        return issuing.label_codes(s, signer, run)


def publish_office(
    engine: Engine, folder: Path, scratch: Path, published_at: datetime | None = None
) -> Published:
    lab = labelled_office(engine)
    o = lab.office
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "verify_url_prefix", PREFIX.lower())
    genuine = _labels(lab, lab.certificate, lab.lot.lot_number, 10, scratch / "honey.pdf")
    with unit_of_work(o.factory) as s:
        ledger.spoil(s, o.clerk, lab.lot.id, [(3, 3)], "jammed")

    other, product_id = certified(o, OTHER_GROUP)
    with unit_of_work(o.factory) as s:
        today = clock.today()
        lots.report_lot(
            s,
            o.clerk,
            other,
            product_id,
            "2611-020",
            today,
            today + timedelta(days=300),
            "50",
            "pcs",
        )
    suspended = _labels(lab, other, "2611-020", 2, scratch / "felt.pdf")[0]
    with unit_of_work(o.factory) as s:  # the counter raised by hand: serials 3–10 skipped
        felt = s.scalars(select(Lot).where(Lot.lot_number == "2611-020")).one()
        s.execute(update(LabelLot).where(LabelLot.lot_id == felt.id).values(last_serial=10))
    _labels(lab, other, "2611-020", 1, scratch / "felt-11.pdf")  # serial 11
    with unit_of_work(o.factory) as s:
        certificates.change_status(s, o.chair, other, CertificateEventKind.SUSPENDED, "текшерүү")

    with unit_of_work(o.factory) as s:
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        first = CodeRecord.unpack(parse(genuine[0]).record)
        never = CodeRecord(**{**first.__dict__, "serial": 11})
        never_printed = signer.sign_code(never, PREFIX)
        felt_record = CodeRecord.unpack(parse(suspended).record)
        gap = signer.sign_code(CodeRecord(**{**felt_record.__dict__, "serial": 5}), PREFIX)
        stranger = Ed25519PrivateKey.generate()
        alien = Signer(key_id_for(public_bytes(stranger)), stranger)
        unknown_key = alien.sign_code(
            CodeRecord(**{**first.__dict__, "key_id": alien.key_id}), PREFIX
        )
        at = published_at or clock.now() + timedelta(days=1)
        printing.publish(s, folder, signer, "clerk", now=at)
    assert first.kind is CodeKind.LABEL
    return Published(lab, folder, genuine, suspended, other, never_printed, unknown_key, gap)


def tampered(text: str) -> str:
    """The code with one digit of its signature changed, as a forger would try."""
    at = len(text) - 20
    return text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1 :]


def screenshots(folder: Path) -> list[Path]:
    """The page as a phone shows it (360 × 740) for the README: a genuine label in Kyrgyz and
    Russian, a suspended certificate's label in Kyrgyz, a forged code in Russian."""
    import tempfile
    from urllib.parse import quote

    from models.db import make_engine, upgrade
    from tests.browser import Browser, PublishedSite

    work = Path(tempfile.mkdtemp(prefix="belgi-screens-"))
    (work / "site").mkdir()
    engine = make_engine(f"sqlite:///{work / 'belgi.sqlite3'}")
    upgrade(engine)
    done = publish_office(engine, work / "site", work, published_at=clock.now())
    forged = tampered(done.genuine[1])
    shots = [
        ("verify-genuine-ky.png", done.genuine[0], "ky"),
        ("verify-genuine-ru.png", done.genuine[0], "ru"),
        ("verify-suspended-ky.png", done.suspended, "ky"),
        ("verify-forged-ru.png", forged, "ru"),
    ]
    site = PublishedSite(work / "site")
    browser = Browser()
    written = []
    try:
        for name, text, lang in shots:
            browser.open(site.url(f"v/?c={quote(text, safe='')}&lang={lang}"))
            browser.driver.save_screenshot(str(folder / name))
            written.append(folder / name)
    finally:
        browser.quit()
        site.stop()
        engine.dispose()
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=screenshots.__doc__)
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/screenshots"))
    for path in screenshots(parser.parse_args().output):
        print(path)
