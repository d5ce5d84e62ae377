"""Verification against the register: outcomes, clone flags, the check log and complaints."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from certification.codes import complaints, issuing, keys
from certification.codes.record import CodeKind, CodeRecord
from certification.codes.service import InputKind, spoilage_reason, verify_image, verify_text
from certification.codes.signing import Signer, key_id_for, public_bytes
from certification.codes.verification import Outcome
from certification.core.errors import RuleViolation
from certification.labels import jobs, ledger, serials
from certification.labels.serials import allocate_label_serials
from certification.users import UserInfo
from models import Certificate, CodeCheck, Committee, Complaint, TrustedKey
from models.db import session_factory, unit_of_work
from models.enums import CertificateStatus, Role
from tests.codes import factories
from tests.codes.vectors import vector_key

NOW = datetime(2026, 5, 1, 4, 0, tzinfo=UTC)  # 10:00 in Bishkek


@dataclass(frozen=True)
class Office:
    factory: sessionmaker[Session]
    reg: factories.Register
    signer: Signer
    labels: list[str]
    naryn: Signer

    def verify(self, text: str, place: str = "", record: bool = True, **kw: object):  # type: ignore[no-untyped-def]
        with unit_of_work(self.factory) as s:
            return verify_text(s, text, place=place, record=record, now=kw.pop("now", NOW), **kw)  # type: ignore[arg-type]

    def label(self, signer: Signer | None = None, **changes: object) -> str:
        signer = signer or self.signer
        fields: dict[str, object] = dict(
            kind=CodeKind.LABEL,
            region="KG-Y",
            key_id=signer.key_id,
            certificate_year=2026,
            certificate_sequence=42,
            signed_on=date(2026, 4, 1),
            valid_until=date(2029, 3, 13),
            category=1,
            lot=1,
            serial=1,
        )
        fields.update(changes)
        return signer.sign_code(CodeRecord(**fields))  # type: ignore[arg-type]


@pytest.fixture
def office(any_engine: Engine) -> Iterator[Office]:
    factory = session_factory(any_engine)
    naryn_key = vector_key(0x66)
    naryn = Signer(key_id_for(public_bytes(naryn_key)), naryn_key)
    with unit_of_work(factory) as s:
        reg = factories.certificate(s)
        keys.generate_signing_key(
            s, "demo", "admin", valid_from=date(2026, 1, 1), cost=factories.CHEAP
        )
        other = Committee(
            code="N1", region_code="KG-N", name_ky="Нарын", name_ru="Нарын", name_en="Naryn"
        )
        s.add(other)
        s.add(
            TrustedKey(
                key_id=naryn.key_id,
                committee=other,
                public_key=public_bytes(naryn_key),
                region_code="KG-N",
                valid_from=date(2026, 1, 1),
            )
        )
    with unit_of_work(factory) as s:
        signer = keys.unlock_signing_key(s, "demo", on=date(2026, 4, 1))
        allocation = allocate_label_serials(s, reg.lot_id, 5, "clerk")
        labels = issuing.label_codes(s, signer, allocation, on=date(2026, 4, 1))
    yield Office(factory, reg, signer, labels, naryn)


def test_printed_label_is_genuine_and_valid_with_its_register_details(office: Office) -> None:
    result = office.verify(office.labels[2], place="Каракол базары")
    assert (result.outcome, result.reason, result.flags) == (
        Outcome.GENUINE_VALID,
        "genuine_valid",
        (),
    )
    assert (result.certificate, result.lot, result.serial) == ("KG-Y-2026-00042", "2026-017", 3)
    assert result.product == "Ысык-Көл балы, 500 г"
    assert result.producer == "«Ак-Суу асалчылары» 42"
    assert result.status_as_of == NOW
    with office.factory() as s:
        check = s.get_one(CodeCheck, result.check_id)
        assert (check.place, check.input_kind, check.outcome) == (
            "Каракол базары",
            "text",
            "genuine_valid",
        )
        assert check.at == NOW and check.lot_id == office.reg.lot_id


def test_the_same_label_at_two_places_is_possibly_cloned(office: Office) -> None:
    text = office.labels[0]
    assert office.verify(text, "Каракол базары").flags == ()
    assert office.verify(text, "каракол БАЗАРЫ ").flags == ()  # the same place, typed otherwise
    assert office.verify(text, "").flags == ()
    second = office.verify(text, "Бишкек, Ош базары")
    assert second.outcome is Outcome.GENUINE_VALID and second.flags == ("possibly_cloned",)
    assert office.verify(text).flags == ("possibly_cloned",)  # stays flagged from then on
    assert office.verify(office.labels[1], "Бишкек, Ош базары").flags == ()


def test_a_serial_never_printed_is_a_clone_and_an_alarm(office: Office) -> None:
    beyond = office.verify(office.label(serial=6))
    assert beyond.outcome is Outcome.GENUINE_VALID
    assert beyond.flags == ("alarm", "possibly_cloned")
    unlabelled_lot = office.verify(office.label(lot=2, serial=1))
    assert unlabelled_lot.flags == ("alarm", "possibly_cloned")


CLERK = UserInfo(0, "clerk", "Осмонов Нурбек", frozenset({Role.CLERK}), True)


def test_a_spoiled_label_raises_an_alarm_until_it_is_printed_again(office: Office) -> None:
    lot = office.reg.lot_id
    with unit_of_work(office.factory) as s:
        ledger.spoil(s, CLERK, lot, ((2, 2),), "lost")
    lost = office.verify(office.labels[1], "Каракол базары")
    assert (lost.outcome, lost.reason, lost.flags, lost.spoiled_as) == (
        Outcome.GENUINE_VALID,
        "genuine_valid.spoiled_label",
        ("alarm", "spoiled_label"),
        "lost",
    )
    with office.factory() as s:
        logged = s.get_one(CodeCheck, lost.check_id)
        assert (logged.reason, logged.flags) == (lost.reason, "alarm spoiled_label")
    neighbour = office.verify(office.labels[2])
    assert (neighbour.reason, neighbour.flags, neighbour.spoiled_as) == ("genuine_valid", (), None)

    # Printed again with the same serial: the new label is the good one.
    with unit_of_work(office.factory) as s:
        job = jobs.start_reprint(s, lot, ((2, 2),), None, 1, "clerk")
        jobs.finish_print(s, job.id, "clerk")
    again = office.verify(office.labels[1], "Каракол базары")
    assert (again.outcome, again.reason, again.flags) == (
        Outcome.GENUINE_VALID,
        "genuine_valid",
        (),
    )

    # Spoiled once more, then a reprint that fails: still spoiled, for the last reason recorded.
    with unit_of_work(office.factory) as s:
        ledger.spoil(s, CLERK, lot, ((2, 3),), "damaged")
        job = jobs.start_reprint(s, lot, ((2, 3),), None, 1, "clerk")
        jobs.fail_print(s, job.id, "document.write_failed", "clerk")
    assert office.verify(office.labels[1]).spoiled_as == "print_failed"
    assert office.verify(office.labels[2]).spoiled_as == "print_failed"

    # The certificate's state comes first; the spoiled label is still flagged.
    with unit_of_work(office.factory) as s:
        s.get_one(Certificate, office.reg.certificate_id).status = CertificateStatus.SUSPENDED
    suspended = office.verify(office.labels[2])
    assert (suspended.outcome, suspended.reason) == (Outcome.GENUINE_SUSPENDED, "genuine_suspended")
    assert suspended.flags == ("alarm", "spoiled_label")

    # Verification and the label stock agree on every serial of the lot.
    with office.factory() as s:
        held = ledger.reconcile(s, lot)
        stock = set(serials.serials_of((r.first, r.last) for r in held.spoiled_runs))
        told = {n for n in range(1, held.allocated + 1) if spoilage_reason(s, lot, n)}
    assert stock == told == {2, 3}


def test_status_and_expiry_come_from_the_register(office: Office) -> None:
    text = office.labels[0]
    with unit_of_work(office.factory) as s:
        s.get_one(Certificate, office.reg.certificate_id).status = CertificateStatus.SUSPENDED
    suspended = office.verify(text)
    assert (suspended.outcome, suspended.status_as_of) == (Outcome.GENUINE_SUSPENDED, NOW)
    with unit_of_work(office.factory) as s:
        cert = s.get_one(Certificate, office.reg.certificate_id)
        cert.status, cert.valid_until = CertificateStatus.ACTIVE, date(2026, 4, 30)
    assert office.verify(text).outcome is Outcome.GENUINE_EXPIRED  # the register's date counts
    with unit_of_work(office.factory) as s:
        s.get_one(Certificate, office.reg.certificate_id).status = CertificateStatus.WITHDRAWN
    assert office.verify(text).outcome is Outcome.GENUINE_WITHDRAWN


def test_own_key_on_a_certificate_the_register_lacks_raises_an_alarm(office: Office) -> None:
    result = office.verify(office.label(certificate_sequence=43))
    assert (result.outcome, result.reason) == (
        Outcome.GENUINE_UNKNOWN_STATUS,
        "genuine_unknown_status.not_in_register",
    )
    assert "alarm" in result.flags


def test_another_committees_code_without_status_list(office: Office) -> None:
    result = office.verify(office.label(office.naryn, region="KG-N"), "Нарын")
    assert (result.outcome, result.committee, result.certificate) == (
        Outcome.GENUINE_UNKNOWN_STATUS,
        "N1",
        "KG-N-2026-00042",
    )
    assert result.producer is None


def test_forged_codes_are_logged_and_can_open_a_complaint(office: Office) -> None:
    text = office.labels[0]
    forged = office.verify(text[:-3] + ("000" if text[-3:] != "000" else "111"), "Каракол")
    assert forged.outcome is Outcome.FORGED and forged.check_id is not None
    with unit_of_work(office.factory) as s:
        complaint = complaints.open_complaint(s, forged.check_id, "Жасалма этикетка", "clerk")
    assert complaint.outcome == "forged" and complaint.producer_id is None
    office.verify(text, "Каракол")
    cloned = office.verify(text, "Балыкчы")
    with unit_of_work(office.factory) as s:
        linked = complaints.open_complaint(s, cloned.check_id, "Көчүрмө", "clerk")  # type: ignore[arg-type]
    assert (linked.certificate_id, linked.lot_id, linked.producer_id) == (
        office.reg.certificate_id,
        office.reg.lot_id,
        office.reg.producer_id,
    )
    valid = office.verify(office.labels[4])
    with pytest.raises(RuleViolation), unit_of_work(office.factory) as s:
        complaints.open_complaint(s, valid.check_id, "?", "clerk")  # type: ignore[arg-type]
    with unit_of_work(office.factory) as s:
        complaints.close_complaint(s, linked.id, "Сатуучуга эскертүү берилди", "chair")
        assert [c.status for c in complaints.complaints(s)] == ["closed", "open"]


def test_no_record_leaves_no_trace(office: Office) -> None:
    result = office.verify(office.labels[0], "Каракол", record=False)
    assert result.check_id is None
    with office.factory() as s:
        assert s.scalars(select(CodeCheck)).all() == []
        assert s.scalars(select(Complaint)).all() == []


def test_clock_is_read_in_bishkek(office: Office) -> None:
    # 30 April 2029 19:00 UTC is already 1 May in Bishkek: one day after validity ends.
    text = office.labels[0]
    late = datetime(2029, 3, 13, 19, 0, tzinfo=UTC)
    assert office.verify(text, now=late).outcome is Outcome.GENUINE_EXPIRED
    assert office.verify(text, now=late - timedelta(hours=2)).outcome is Outcome.GENUINE_VALID


def _encoded(image: object, fmt: str) -> bytes:
    buffer = io.BytesIO()
    size = (image.shape[1], image.shape[0])  # type: ignore[attr-defined]
    Image.frombytes("L", size, bytes(image)).convert("RGB").save(buffer, fmt)  # type: ignore[call-overload]
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "BMP", "TIFF"])
def test_label_image_verifies(office: Office, fmt: str) -> None:
    barcode = zxingcpp.create_barcode(office.labels[1], zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
    data = _encoded(barcode.to_image(scale=4), fmt)
    with unit_of_work(office.factory) as s:
        result = verify_image(s, data, place="Каракол", now=NOW)
    assert (result.outcome, result.serial, result.input_kind) == (Outcome.GENUINE_VALID, 2, "image")
    assert result.text == office.labels[1]


def _bomb() -> bytes:
    """A PNG whose header claims 100,000 × 100,000 pixels of which almost nothing is stored."""
    buffer = io.BytesIO()
    Image.new("1", (100_000, 1000)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[20:24] = (100_000).to_bytes(4, "big")  # the height in IHDR, with its checksum redone
    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")
    return bytes(data)


@pytest.mark.parametrize(
    ("data", "outcome", "reason"),
    [
        (_bomb(), Outcome.MALFORMED, "malformed.image_too_large"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, Outcome.MALFORMED, "malformed.image_unreadable"),
        (b"GIF89a" + b"\0" * 100, Outcome.MALFORMED, "malformed.image_unreadable"),
        (b"", Outcome.MALFORMED, "malformed.image_unreadable"),
    ],
    ids=["decompression_bomb", "broken_png", "gif", "empty"],
)
def test_bad_images_are_refused_without_decoding(
    office: Office, data: bytes, outcome: Outcome, reason: str
) -> None:
    with unit_of_work(office.factory) as s:
        result = verify_image(s, data, input_kind=InputKind.IMAGE, now=NOW)
    assert (result.outcome, result.reason) == (outcome, reason)


def test_image_without_a_code_is_no_code(office: Office) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "white").save(buffer, "JPEG")
    with unit_of_work(office.factory) as s:
        result = verify_image(s, buffer.getvalue(), now=NOW)
    assert (result.outcome, result.reason) == (Outcome.NO_CODE, "no_code.no_qr_in_image")
