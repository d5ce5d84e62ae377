"""Words for the state and action values that domain errors carry ("… is {status} …")."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

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
