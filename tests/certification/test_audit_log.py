"""The audit log read back with filters, on both engines: by user, action, office day, subject."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from certification import audit_log, settings
from certification.audit_log import AuditFilter
from certification.core import clock
from certification.core.errors import InvalidInput
from models.db import read_unit, unit_of_work
from tests.factories import certified, make_office


def test_each_filter_narrows_the_log_newest_first(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, _ = certified(o)
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "validity_months", 24)
    today = clock.today()
    with read_unit(o.factory) as s:
        everything = audit_log.search(s, AuditFilter())
        seqs = [r.seq for r in everything.rows]
        assert seqs == sorted(seqs, reverse=True) and not everything.more
        assert {r.username for r in audit_log.search(s, AuditFilter("chair")).rows} == {"chair"}
        changed = audit_log.search(s, AuditFilter(action="setting.changed")).rows
        assert [r.entity_id for r in changed] == ["validity_months"]
        about = audit_log.search(s, AuditFilter(subject=number)).rows
        assert about and {r.entity_id for r in about} == {number}
        assert len(audit_log.search(s, AuditFilter(since=today, until=today)).rows) == len(seqs)
        assert audit_log.search(s, AuditFilter(until=today - timedelta(days=1))).rows == ()
        assert audit_log.search(s, AuditFilter(subject="100%_")).rows == ()  # no wildcards
        first = audit_log.search(s, AuditFilter(), limit=3)
        assert len(first.rows) == 3 and first.more
        assert "chair" in audit_log.usernames(s)
        assert "certificate.issued" in audit_log.actions(s)
        with pytest.raises(InvalidInput):
            audit_log.search(s, AuditFilter(since=today, until=today - timedelta(days=1)))
