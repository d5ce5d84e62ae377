"""Messages for backups and restores of the register, and for reading the audit log."""

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "backup.postgresql": QT_TRANSLATE_NOOP(
        "messages",
        "A PostgreSQL register is backed up on the server with pg_dump (see the README, "
        "“Backups”).",
    ),
    "backup.no_file": QT_TRANSLATE_NOOP(
        "messages", "This register is kept in memory only: there is no file to back up."
    ),
    "backup.failed": QT_TRANSLATE_NOOP("messages", "The backup {path} failed: {reason}."),
    "backup.folder_missing": QT_TRANSLATE_NOOP("messages", "There is no folder {folder}."),
    "backup.exists": QT_TRANSLATE_NOOP(
        "messages", "{path} exists already: choose a new file name."
    ),
    "backup.is_register": QT_TRANSLATE_NOOP(
        "messages", "{path} is the register itself, not a backup of it."
    ),
    "backup.not_found": QT_TRANSLATE_NOOP("messages", "There is no file {path}."),
    "backup.not_sqlite": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a Belgi backup (not an SQLite database)."
    ),
    "backup.integrity": QT_TRANSLATE_NOOP(
        "messages", "{path} is damaged and cannot be restored: {detail}."
    ),
    "backup.not_a_register": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a Belgi register with a committee set up."
    ),
    "backup.unknown_revision": QT_TRANSLATE_NOOP(
        "messages", "{path} was made by a newer Belgi (schema {detail}): update Belgi first."
    ),
    "backup.audit_broken": QT_TRANSLATE_NOOP(
        "messages", "The audit log in {path} is broken at entry {detail}: it is not restored."
    ),
    "audit.bad_period": QT_TRANSLATE_NOOP(
        "messages", "The period ends before it begins: swap the dates."
    ),
}
