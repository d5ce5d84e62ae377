"""A complaint about a certificate's own code reaches its producer; complaints need words and
are closed once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from certification.codes import complaints, keys
from certification.codes.complaints import MAX_DESCRIPTION
from certification.codes.record import CodeKind, CodeRecord
from certification.codes.service import verify_text
from certification.core.errors import DomainError
from models.db import read_unit, session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.codes import factories

NOW = datetime(2026, 5, 1, 4, 0, tzinfo=UTC)


def test_a_complaint_about_a_suspended_certificates_code(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        reg = factories.certificate(s, status=CertificateStatus.SUSPENDED)
        keys.generate_signing_key(
            s, "demo", "admin", valid_from=date(2026, 1, 1), cost=factories.CHEAP
        )
    with unit_of_work(factory) as s:
        signer = keys.unlock_signing_key(s, "demo", on=date(2026, 4, 1))
        code = signer.sign_code(
            CodeRecord(
                CodeKind.CERTIFICATE,
                "KG-Y",
                signer.key_id,
                2026,
                42,
                date(2026, 4, 1),
                date(2029, 3, 13),
                1,
            )
        )
        check = verify_text(s, code, place="Ош базары", now=NOW)
    assert check.outcome.value == "genuine_suspended" and check.check_id is not None

    def refused(code: str, call: Callable[[Session], object]) -> None:
        with pytest.raises(DomainError) as caught, unit_of_work(factory) as s:
            call(s)
        assert caught.value.code == code

    refused(
        "complaint.check_not_found", lambda s: complaints.open_complaint(s, 10_000, "?", "clerk")
    )
    for words in ("  ", "ы" * (MAX_DESCRIPTION + 1)):
        refused(
            "complaint.description",
            lambda s, words=words: complaints.open_complaint(s, check.check_id, words, "clerk"),
        )
    with unit_of_work(factory) as s:
        opened = complaints.open_complaint(
            s, check.check_id, " Токтотулган сертификат менен сатылууда ", "clerk"
        )
    assert (opened.certificate_id, opened.lot_id, opened.producer_id) == (
        reg.certificate_id,
        None,
        reg.producer_id,
    )
    assert opened.description == "Токтотулган сертификат менен сатылууда"
    refused(
        "complaint.not_found", lambda s: complaints.close_complaint(s, 10_000, "Бүттү", "chair")
    )
    refused(
        "complaint.resolution", lambda s: complaints.close_complaint(s, opened.id, " ", "chair")
    )
    with unit_of_work(factory) as s:
        assert [c.id for c in complaints.complaints(s, "open")] == [opened.id]
        complaints.close_complaint(s, opened.id, "Сатуучуга эскертүү берилди", "chair")
    refused(
        "complaint.already_closed",
        lambda s: complaints.close_complaint(s, opened.id, "Дагы", "chair"),
    )
    with read_unit(factory) as s:
        assert complaints.complaints(s, "open") == []
        (closed,) = complaints.complaints(s, "closed")
        assert closed.resolution == "Сатуучуга эскертүү берилди"
