from sqlalchemy import Engine, text

from certification.core import audit
from models.db import read_unit, session_factory, unit_of_work
from tests.tamper import unguard


def _log(engine: Engine, n: int = 5) -> None:
    with unit_of_work(session_factory(engine)) as s:
        for i in range(n):
            audit.record(s, "clerk", "producer.registered", "producer", i, name=f"Өндүрүүчү {i}")


def _verify(engine: Engine) -> audit.AuditReport:
    with read_unit(session_factory(engine)) as s:
        return audit.verify(s)


def test_an_untouched_chain_verifies(any_engine: Engine) -> None:
    _log(any_engine)
    report = _verify(any_engine)
    assert report.ok and report.entries == 5


def test_an_edited_entry_is_found(any_engine: Engine) -> None:
    _log(any_engine)
    with any_engine.begin() as conn:
        unguard(conn)
        conn.execute(text('UPDATE audit_entry SET details = \'{"name":"x"}\' WHERE seq = 3'))
    report = _verify(any_engine)
    assert not report.ok and report.first_bad_seq == 3 and report.problem == "hash"


def test_a_deleted_entry_is_found(any_engine: Engine) -> None:
    _log(any_engine)
    with any_engine.begin() as conn:
        unguard(conn)
        conn.execute(text("DELETE FROM audit_entry WHERE seq = 2"))
    report = _verify(any_engine)
    assert not report.ok and report.first_bad_seq == 2 and report.problem == "gap"


def test_reordered_entries_are_found(any_engine: Engine) -> None:
    _log(any_engine)
    with any_engine.begin() as conn:
        unguard(conn)
        conn.execute(text("UPDATE audit_entry SET seq = -1 WHERE seq = 2"))
        conn.execute(text("UPDATE audit_entry SET seq = 2 WHERE seq = 4"))
        conn.execute(text("UPDATE audit_entry SET seq = 4 WHERE seq = -1"))
    report = _verify(any_engine)
    assert not report.ok and report.first_bad_seq == 2


def test_removing_the_last_entry_is_found(any_engine: Engine) -> None:
    _log(any_engine)
    with any_engine.begin() as conn:
        unguard(conn)
        conn.execute(text("DELETE FROM audit_entry WHERE seq = 5"))
    report = _verify(any_engine)
    assert not report.ok and report.problem == "truncated"


def test_a_rolled_back_change_leaves_no_entry(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    try:
        with unit_of_work(factory) as s:
            audit.record(s, "clerk", "x", "y", 1)
            raise RuntimeError("the change failed")
    except RuntimeError:
        pass
    with read_unit(factory) as s:
        assert audit.entry_count(s) == 0
        assert audit.verify(s).ok
