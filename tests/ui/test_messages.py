"""Refusals from the domain read as whole sentences in the user's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from certification.core.errors import RuleViolation
from certification.labels.serials import allocate_label_serials
from models.db import session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.codes import factories
from ui import i18n
from ui.messages import message_for


@pytest.mark.parametrize(
    ("lang", "status", "valid_until", "sentence"),
    [
        (
            "ru",
            CertificateStatus.SUSPENDED,
            date(2029, 3, 13),
            "Этикетки печатать нельзя: сертификат — приостановлен.",
        ),
        ("ru", CertificateStatus.ACTIVE, date(2026, 1, 1), "сертификат — срок истёк."),
        (
            "ky",
            CertificateStatus.WITHDRAWN,
            date(2029, 3, 13),
            "Этикеткаларды басып чыгарууга болбойт: сертификат — кайтарылып алынган.",
        ),
    ],
)
def test_labels_refused_for_a_certificate_name_its_state_in_the_users_language(
    app: QApplication,
    sqlite_engine: Engine,
    lang: str,
    status: CertificateStatus,
    valid_until: date,
    sentence: str,
) -> None:
    factory = session_factory(sqlite_engine)
    with unit_of_work(factory) as s:
        lot_id = factories.certificate(s, status=status, valid_until=valid_until).lot_id
    with pytest.raises(RuleViolation) as refused, unit_of_work(factory) as s:
        allocate_label_serials(s, lot_id, 5, "clerk", on=date(2026, 5, 1))
    assert refused.value.code == "labels.certificate_not_valid"
    i18n.install(lang)
    assert message_for(refused.value).endswith(sentence)
