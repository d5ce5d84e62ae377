"""Words for the values that domain errors and reports carry ("… is {status} …"): certificate
states, actions on certificates, and why a label was spoiled."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "active": QT_TRANSLATE_NOOP("status", "active"),
    "suspended": QT_TRANSLATE_NOOP("status", "suspended"),
    "withdrawn": QT_TRANSLATE_NOOP("status", "withdrawn"),
    "expired": QT_TRANSLATE_NOOP("status", "expired"),
    "superseded": QT_TRANSLATE_NOOP("status", "superseded"),
}

ACTIONS = {
    "suspended": QT_TRANSLATE_NOOP("actions", "suspend"),
    "restored": QT_TRANSLATE_NOOP("actions", "restore"),
    "withdrawn": QT_TRANSLATE_NOOP("actions", "withdraw"),
    "renewed": QT_TRANSLATE_NOOP("actions", "renew"),
    "reissued": QT_TRANSLATE_NOOP("actions", "re-issue"),
}

SPOILAGE = {
    "misprint": QT_TRANSLATE_NOOP("spoilage", "misprinted"),
    "jammed": QT_TRANSLATE_NOOP("spoilage", "jammed in the printer"),
    "damaged": QT_TRANSLATE_NOOP("spoilage", "damaged"),
    "lost": QT_TRANSLATE_NOOP("spoilage", "lost"),
    "print_failed": QT_TRANSLATE_NOOP("spoilage", "print job failed"),
    "other": QT_TRANSLATE_NOOP("spoilage", "other"),
}


def spoilage_text(reason: str) -> str:
    """Why labels were spoiled, in the user's language (a reason not listed stays as it is)."""
    known = SPOILAGE.get(reason)
    return QCoreApplication.translate("spoilage", known) if known else reason
