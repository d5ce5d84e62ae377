"""Tampering as someone with the database's own tools would do it: first the guards that make
the audit log append-only are dropped (anyone who may alter tables can), then rows are edited."""

from __future__ import annotations

import sqlite3
from typing import Any

SQLITE_GUARDS = ("audit_entry_no_update", "audit_entry_no_delete")


def unguard(conn: Any) -> None:
    """Drop the audit log's append-only triggers on a sqlite3 or SQLAlchemy connection."""
    if isinstance(conn, sqlite3.Connection):
        for name in SQLITE_GUARDS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    if conn.dialect.name == "sqlite":
        for name in SQLITE_GUARDS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
