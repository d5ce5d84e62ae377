"""The check log as the verification desk reads it: the day's checks, the places used before,
earlier sightings of a label, and a sheet photo whose every code is checked."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import zxingcpp
from PIL import Image

from certification.codes import checks, complaints
from certification.codes.images import ImageRead, decode_image
from certification.codes.service import InputKind, verify_decoded
from certification.codes.verification import Outcome
from models import Certificate
from models.db import unit_of_work
from models.enums import CertificateStatus
from tests.codes import factories
from tests.codes.test_service import NOW, Office, office  # noqa: F401  (the fixture)


def test_the_days_checks_newest_first_with_their_register_details(office: Office) -> None:  # noqa: F811
    yesterday = office.verify(office.labels[0], "Каракол", now=NOW - timedelta(days=1))
    first = office.verify(office.labels[1], "Каракол базары", now=NOW)
    forged = office.verify(office.labels[2][:-3] + "000", "Балыкчы", now=NOW + timedelta(hours=1))
    # 17:30 UTC is 23:30 in Bishkek, the same office day; 18:30 UTC is already the next one.
    late = office.verify(office.labels[3], "Каракол", now=datetime(2026, 5, 1, 17, 30, tzinfo=UTC))
    office.verify(office.labels[4], "Каракол", now=datetime(2026, 5, 1, 18, 30, tzinfo=UTC))
    with unit_of_work(office.factory) as s:
        complaint = complaints.open_complaint(s, forged.check_id or 0, "Жасалма", "clerk")
    with office.factory() as s:
        day = checks.checks_on(s, NOW.date())
    assert [c.id for c in day] == [late.check_id, forged.check_id, first.check_id]
    assert yesterday.check_id not in [c.id for c in day]
    shown = day[2]
    assert (shown.outcome, shown.place, shown.certificate, shown.lot, shown.serial) == (
        "genuine_valid",
        "Каракол базары",
        "KG-Y-2026-00042",
        "2026-017",
        2,
    )
    assert (shown.product, shown.producer) == ("Ысык-Көл балы, 500 г", "«Ак-Суу асалчылары» 42")
    assert shown.complaint_id is None
    assert (day[1].outcome, day[1].complaint_id, day[1].product) == ("forged", complaint.id, None)


def test_places_used_are_offered_latest_first_each_once(office: Office) -> None:  # noqa: F811
    for n, place in enumerate(["Каракол базары", "Балыкчы", "", "КАРАКОЛ базары ", "Нарын"]):
        office.verify(office.labels[0], place, now=NOW + timedelta(minutes=n))
    with office.factory() as s:
        assert checks.places_used(s) == ["Нарын", "КАРАКОЛ базары", "Балыкчы"]
        assert checks.places_used(s, limit=1) == ["Нарын"]


def test_sightings_of_a_label_first_sighting_first(office: Office) -> None:  # noqa: F811
    text = office.labels[0]
    first = office.verify(text, "Каракол базары", now=NOW)
    office.verify(office.labels[1], "Ош базары", now=NOW + timedelta(hours=1))  # another label
    second = office.verify(text, "Ош базары", now=NOW + timedelta(days=1))
    third = office.verify(text, "Балыкчы", now=NOW + timedelta(days=2))
    forged = office.verify(text[:-3] + "000", "Балыкчы")
    with office.factory() as s:
        seen = checks.sightings(s, third.check_id or 0)
        assert [(x.check_id, x.place) for x in seen] == [
            (first.check_id, "Каракол базары"),
            (second.check_id, "Ош базары"),
        ]
        assert seen[0].at == NOW and seen[0].outcome == "genuine_valid"
        assert checks.sightings(s, first.check_id or 0) == []
        assert checks.sightings(s, forged.check_id or 0) == []
        assert checks.sightings(s, 10**9) == []
    assert "possibly_cloned" in third.flags


def _sheet(texts: list[str]) -> bytes:
    """A photographed sheet: several labels' codes side by side on white."""
    codes = []
    for text in texts:
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
        image = barcode.to_image(scale=5, add_quiet_zones=True)
        codes.append(Image.frombytes("L", (image.shape[1], image.shape[0]), bytes(image)))
    side = max(c.width for c in codes)
    sheet = Image.new("L", ((side + 40) * len(codes) + 40, side + 80), 255)
    for n, code in enumerate(codes):
        sheet.paste(code, (40 + n * (side + 40), 40))
    buffer = io.BytesIO()
    sheet.save(buffer, "PNG")
    return buffer.getvalue()


def test_every_code_of_a_sheet_photo_is_checked_and_logged(office: Office) -> None:  # noqa: F811
    read = decode_image(_sheet(office.labels[:3]))
    assert sorted(read.texts) == sorted(office.labels[:3])
    with unit_of_work(office.factory) as s:
        results = verify_decoded(s, read, place="Каракол", now=NOW)
    assert sorted(r.serial or 0 for r in results) == [1, 2, 3]
    assert {(r.outcome, r.input_kind) for r in results} == {(Outcome.GENUINE_VALID, "image")}
    with office.factory() as s:
        assert len(checks.checks_on(s, NOW.date())) == 3


def test_an_image_without_a_code_or_unreadable_is_one_logged_result(office: Office) -> None:  # noqa: F811
    with unit_of_work(office.factory) as s:
        none = verify_decoded(s, ImageRead(), input_kind=InputKind.CLIPBOARD, now=NOW)
        bad = verify_decoded(s, ImageRead(problem="image_format"), now=NOW)
        twice = verify_decoded(s, ImageRead((office.labels[0],) * 2), now=NOW)
    assert [(r.outcome, r.reason, r.input_kind) for r in none] == [
        (Outcome.NO_CODE, "no_code.no_qr_in_image", "clipboard")
    ]
    assert [(r.outcome, r.reason) for r in bad] == [(Outcome.MALFORMED, "malformed.image_format")]
    assert len(twice) == 1
    with office.factory() as s:
        assert [c.outcome for c in checks.checks_on(s, NOW.date())] == [
            "genuine_valid",
            "malformed",
            "no_code",
        ]


def test_the_context_of_a_check_names_the_key_and_the_replacing_certificate(office: Office) -> None:  # noqa: F811
    own = office.verify(office.labels[0], "Каракол")
    other = office.verify(office.label(office.naryn, region="KG-N"), "Нарын")
    forged = office.verify(office.labels[1][:-3] + "000")
    with office.factory() as s:
        mine = checks.check_context(s, own.check_id or 0, own.committee)
        theirs = checks.check_context(s, other.check_id or 0, other.committee)
        nothing = checks.check_context(s, forged.check_id or 0, forged.committee)
    assert mine.key is not None and theirs.key is not None
    assert (mine.key.rules.own, mine.key.rules.valid_from, mine.key.rules.compromised_on) == (
        True,
        date(2026, 1, 1),
        None,
    )
    assert mine.key.committee.name("en") == "Issyk-Kul Regional Brand Committee"
    assert (theirs.key.rules.own, theirs.key.committee.name("ky")) == (False, "Нарын")
    assert nothing.key is None and mine.replaced_by is None
    with unit_of_work(office.factory) as s:
        old = s.get_one(Certificate, office.reg.certificate_id)
        old.status = CertificateStatus.SUPERSEDED
        renewed = factories.certificate(s, sequence=77)
        s.get_one(Certificate, renewed.certificate_id).supersedes_id = old.id
    again = office.verify(office.labels[0], "Каракол")
    with office.factory() as s:
        context = checks.check_context(s, again.check_id or 0, again.committee)
    assert again.outcome is Outcome.GENUINE_VALID
    assert context.replaced_by == "KG-Y-2026-00077"
    assert [x.check_id for x in context.sightings] == [own.check_id]
