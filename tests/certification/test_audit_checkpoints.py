"""Tampering that recomputes the hashes: the chain cut at its end with the counter lowered, or
rewritten from an entry on, still walks as unbroken; the signed checkpoints (in the register and
in the files beside backups and published lists) show it. And register rows edited behind the
program's back are found against what the log says. Real SQLite files edited with sqlite3."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from certification import audit_checkpoints, backups, certificates, printing, register_check
from certification.codes import keyring, keys
from certification.core import audit
from certification.core.errors import DomainError
from certification.labels import printing as label_printing
from models.db import HEAD, read_unit, unit_of_work
from models.enums import CertificateEventKind
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.reliability.conftest import belgi
from tests.tamper import unguard


def database(lab: Labelled) -> str:
    bind = lab.office.factory.kw["bind"]
    return str(bind.url.database)


def edit(lab: Labelled, *statements: str) -> None:
    """Edit the register file with sqlite3, as someone with the file and a SQL tool would."""
    lab.office.factory.kw["bind"].dispose()
    with sqlite3.connect(database(lab)) as conn:
        unguard(conn)
        conn.execute("DROP TRIGGER IF EXISTS audit_checkpoint_no_delete")
        for statement in statements:
            conn.execute(statement)


def print_labels(lab: Labelled, out: Path, count: int = 5) -> None:
    label_printing.print_labels(
        lab.office.factory, lab.certificate, lab.lot.lot_number, count, PASSPHRASE, out
    )


def check(lab: Labelled, *places: Path) -> register_check.RegisterCheck:
    with read_unit(lab.office.factory) as s:
        return register_check.verify_register(s, [*register_check.default_places(s), *places])


def codes(found: register_check.RegisterCheck) -> list[str]:
    return [f.code for f in found.findings]


def recompute_chain(path: str, start: int) -> None:
    """Rewrite every hash from entry `start` on, so the chain walks as unbroken again."""
    with sqlite3.connect(path) as conn:
        unguard(conn)
        rows = conn.execute(
            "SELECT seq, at, username, action, entity, entity_id, details FROM audit_entry "
            "WHERE seq >= ? ORDER BY seq",
            (start,),
        ).fetchall()
        prev = conn.execute("SELECT hash FROM audit_entry WHERE seq = ?", (start - 1,)).fetchone()
        prev_hash = prev[0] if prev else audit.GENESIS
        for seq, at, user, action, entity, entity_id, details in rows:
            moment = datetime.fromisoformat(at).replace(tzinfo=audit.UTC)
            new = audit.entry_hash(prev_hash, seq, moment, user, action, entity, entity_id, details)
            conn.execute(
                "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?",
                (prev_hash, new, seq),
            )
            prev_hash = new


@pytest.fixture
def lab(sqlite_engine: Engine, tmp_path: Path) -> Labelled:
    """A register whose key was unlocked once: a checkpoint signed at the print job."""
    lab = labelled_office(sqlite_engine)
    print_labels(lab, tmp_path / "labels.pdf")
    return lab


def test_printing_labels_signs_a_checkpoint_of_the_chain(lab: Labelled) -> None:
    with read_unit(lab.office.factory) as s:
        signed = audit_checkpoints.latest(s)
        # signed with the codes; the job's "printed" entry follows in the next transaction
        assert signed is not None and signed.entries == audit.entry_count(s) - 1
        assert signed.head == audit_checkpoints.head_at(s, signed.entries)
    found = check(lab)
    assert found.ok and found.checkpoints == 1


def test_a_chain_cut_at_its_end_with_the_counter_lowered_is_found(lab: Labelled) -> None:
    with read_unit(lab.office.factory) as s:
        newest = audit_checkpoints.latest(s)
    assert newest is not None
    signed = newest.entries
    edit(
        lab,
        f"DELETE FROM audit_entry WHERE seq > {signed - 3}",
        f"UPDATE counter SET value = {signed - 3} WHERE name = 'audit'",
    )
    found = check(lab)
    assert found.chain.ok  # the chain alone no longer shows it
    assert not found.ok and codes(found) == ["audit.checkpoint_truncated"]
    assert found.findings[0].fields["entries"] == signed
    assert found.findings[0].fields["now"] == signed - 3


def test_an_entry_edited_and_the_chain_recomputed_from_it_is_found(lab: Labelled) -> None:
    edit(lab, "UPDATE audit_entry SET username = 'mallory' WHERE seq = 4")
    recompute_chain(database(lab), 4)
    found = check(lab)
    assert found.chain.ok
    assert codes(found) == ["audit.checkpoint_rewritten"]


def test_the_checkpoint_beside_a_backup_finds_a_cut_even_with_the_register_s_own_gone(
    lab: Labelled,
) -> None:
    made = backups.run(backups.make_backup(lab.office.factory))
    beside = backups.checkpoint_file(Path(made.path))
    assert [c.entries for c in audit_checkpoints.read_file(beside)] != []
    with read_unit(lab.office.factory) as s:
        signed = audit.entry_count(s)
    edit(
        lab,
        "DELETE FROM audit_checkpoint",
        f"DELETE FROM audit_entry WHERE seq > {signed - 2}",
        f"UPDATE counter SET value = {signed - 2} WHERE name = 'audit'",
    )
    found = check(lab)
    assert codes(found) == ["audit.checkpoint_truncated"]
    assert found.findings[0].fields["source"] == str(beside)


def test_published_and_exported_status_lists_leave_a_checkpoint_beside_them(
    lab: Labelled, tmp_path: Path
) -> None:
    site, sent = tmp_path / "site", tmp_path / "sent"
    site.mkdir()
    sent.mkdir()
    with unit_of_work(lab.office.factory) as s:
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        written = printing.publish(s, site, signer, "clerk")
    assert site / printing.CHECKPOINT_FILE in written
    with unit_of_work(lab.office.factory) as s:
        exported = keyring.export_lists(s, lab.office.clerk, PASSPHRASE, sent)
    beside = list(sent.glob(f"*{audit_checkpoints.SUFFIX}"))
    assert exported.status_list.exists() and len(beside) == 1
    with read_unit(lab.office.factory) as s:
        newest = audit_checkpoints.latest(s)
    assert newest is not None
    assert [c.entries for c in audit_checkpoints.read_file(beside[0])] == [newest.entries]

    edit(lab, "DELETE FROM audit_checkpoint")
    recompute_chain(database(lab), 2)  # nothing changed but the hashes: the same chain
    assert check(lab, site, sent).ok
    edit(lab, "UPDATE audit_entry SET details = '{}' WHERE seq = 2")
    recompute_chain(database(lab), 2)
    found = check(lab, site, sent)
    assert set(codes(found)) == {"audit.checkpoint_rewritten"} and len(found.findings) == 2


def test_a_checkpoint_file_that_was_altered_is_called_forged(lab: Labelled, tmp_path: Path) -> None:
    made = backups.run(backups.make_backup(lab.office.factory))
    beside = backups.checkpoint_file(Path(made.path))
    data = json.loads(beside.read_text(encoding="utf-8"))
    data["checkpoints"][0]["entries"] += 100
    forged = tmp_path / f"forged{audit_checkpoints.SUFFIX}"
    forged.write_text(json.dumps(data), encoding="utf-8")
    found = check(lab, forged)
    assert codes(found) == ["audit.checkpoint_forged"]


def test_after_a_restore_the_checkpoints_of_the_replaced_register_are_not_held_against_it(
    lab: Labelled, tmp_path: Path
) -> None:
    monday = backups.run(backups.make_backup(lab.office.factory, tmp_path / "monday.sqlite3"))
    print_labels(lab, tmp_path / "tuesday.pdf")  # a longer chain, signed
    tuesday = backups.run(backups.make_backup(lab.office.factory))
    assert backups.checkpoint_file(Path(tuesday.path)).exists()
    restored = backups.restore(lab.office.factory, monday.path, lab.office.admin, PASSPHRASE)
    assert backups.run(restored).signed
    assert check(lab).ok


def test_a_restore_not_signed_excuses_nothing(lab: Labelled, tmp_path: Path) -> None:
    monday = backups.run(backups.make_backup(lab.office.factory, tmp_path / "monday.sqlite3"))
    print_labels(lab, tmp_path / "tuesday.pdf")
    backups.run(backups.make_backup(lab.office.factory))
    unsigned = backups.run(backups.restore(lab.office.factory, monday.path, lab.office.admin))
    assert not unsigned.signed
    assert codes(check(lab)) == ["audit.checkpoint_truncated"]


def test_a_wrong_passphrase_restores_nothing(lab: Labelled, tmp_path: Path) -> None:
    monday = backups.run(backups.make_backup(lab.office.factory, tmp_path / "monday.sqlite3"))
    print_labels(lab, tmp_path / "tuesday.pdf")
    with read_unit(lab.office.factory) as s:
        before = audit.entry_count(s)
    restoring = backups.restore(lab.office.factory, monday.path, lab.office.admin, "не тот")
    with pytest.raises(DomainError) as refused:
        backups.run(restoring)
    assert refused.value.code == "codes.wrong_passphrase"
    with read_unit(lab.office.factory) as s:
        assert audit.entry_count(s) == before
    assert not list((Path(database(lab)).parent / "backups").glob("before-restore-*"))


def test_a_restore_entry_forged_by_sql_does_not_excuse_a_cut_log(
    lab: Labelled, tmp_path: Path
) -> None:
    print_labels(lab, tmp_path / "more.pdf")
    with read_unit(lab.office.factory) as s:
        newest = audit_checkpoints.latest(s)
    assert newest is not None
    signed, kept = newest.entries, newest.entries - 2
    edit(
        lab,
        f"DELETE FROM audit_entry WHERE seq > {kept}",
        f"UPDATE counter SET value = {kept} WHERE name = 'audit'",
    )
    # The entry a restore writes, appended as the program would: its chain hash is right.
    with unit_of_work(lab.office.factory) as s:
        audit.record(
            s,
            "admin",
            "register.restored",
            "register",
            "monday.sqlite3",
            revision=HEAD,
            entries=kept,
            replaced_entries=signed + 100,
            replaced_head="0" * 64,
            safety_copy=str(tmp_path / "before-restore.sqlite3"),
            raised={},
        )
    found = check(lab)
    assert found.chain.ok
    assert codes(found) == ["audit.checkpoint_truncated"]
    assert (found.findings[0].fields["entries"], found.findings[0].fields["now"]) == (
        signed,
        kept + 1,
    )
    lab.office.factory.kw["bind"].dispose()
    said = belgi(Path(database(lab)), "audit", "verify", password=None)
    assert said.returncode == 1
    assert f"counts {signed} entries, the log now has {kept + 1}." in said.stdout + said.stderr


# The register read against the log -------------------------------------------------------------


def test_certificate_rows_edited_behind_the_program_s_back_are_found(lab: Labelled) -> None:
    o = lab.office
    with unit_of_work(o.factory) as s:
        certificates.change_status(
            s, o.chair, lab.certificate, CertificateEventKind.WITHDRAWN, "мөөр жасалма"
        )
    assert check(lab).ok
    edit(
        lab,
        "UPDATE certificate SET status = 'active', valid_until = date(valid_until, '+10 years')",
        "DELETE FROM certificate_event WHERE kind = 'withdrawn'",
    )
    found = check(lab)
    assert found.chain.ok and codes(found) == [
        "audit.certificate_status",
        "audit.certificate_valid_until",
        "audit.certificate_event",
    ]
    status, until, event = found.findings
    assert status.fields["number"] == lab.certificate
    assert (status.fields["stored"], status.fields["logged"]) == ("active", "withdrawn")
    assert until.fields["stored"].year == int(until.fields["logged"][:4]) + 10
    assert event.fields["kind"] == "withdrawn"


def test_a_lowered_lot_counter_and_an_edited_job_state_are_found(lab: Labelled) -> None:
    edit(
        lab,
        "UPDATE label_lot SET last_serial = 2",
        "UPDATE label_print SET status = 'failed'",
    )
    found = check(lab)
    assert codes(found) == ["audit.lot_counter", "audit.job_status"]
    lot, job = found.findings
    assert (lot.fields["stored"], lot.fields["held"]) == (2, 5)
    assert (job.fields["stored"], job.fields["logged"]) == ("failed", "printed")
    edit(lab, "DELETE FROM label_print_range", "DELETE FROM label_print")
    assert "audit.job_missing" in codes(check(lab))


def test_the_command_line_signs_a_restore_with_the_passphrase_and_says_when_it_did_not(
    lab: Labelled, tmp_path: Path
) -> None:
    monday = backups.run(backups.make_backup(lab.office.factory, tmp_path / "monday.sqlite3"))
    print_labels(lab, tmp_path / "tuesday.pdf")
    backups.run(backups.make_backup(lab.office.factory))  # its checkpoint lies in the folder
    lab.office.factory.kw["bind"].dispose()
    db = Path(database(lab))
    restore = ("restore", monday.path, "--yes", "--user", "admin")
    signed = belgi(db, *restore, password="secret", env={"BELGI_PASSPHRASE": PASSPHRASE})
    assert signed.returncode == 0, signed.stderr
    assert "Register restored from" in signed.stdout and "not signed" not in signed.stdout
    verified = belgi(db, "audit", "verify", password=None)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    unsigned = belgi(db, *restore, password="secret")
    assert unsigned.returncode == 0, unsigned.stderr
    assert "The restore is not signed" in unsigned.stdout
    assert belgi(db, "audit", "verify", password=None).returncode == 1
