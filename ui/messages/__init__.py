"""Translated messages for domain error codes.

Each module here holds one feature's `MESSAGES = {code: QT_TRANSLATE_NOOP("messages", text)}`; the
text's `{placeholders}` are the error's fields. A code with no message gets a generic sentence.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from PySide6.QtCore import QCoreApplication

from certification.core.errors import DomainError

CONTEXT = "messages"


@cache
def _catalogue() -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in _modules():
        merged.update(getattr(module, "MESSAGES", {}))
    return merged


@cache
def _fields() -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in _modules():
        merged.update(getattr(module, "FIELDS", {}))
    return merged


def _modules() -> list[object]:
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
    ]


def field_label(field: str) -> str:
    """The translated name of a form field, for messages shown away from the field."""
    label = _fields().get(field)
    if label:
        return QCoreApplication.translate("fields", label)
    from certification import settings

    option = settings.OPTIONS.get(field)
    return QCoreApplication.translate(settings.CONTEXT, option.title) if option else field


def known_codes() -> frozenset[str]:
    return frozenset(_catalogue())


def message_for(error: DomainError) -> str:
    text = _catalogue().get(error.code)
    if text is None:
        generic = QCoreApplication.translate("messages", "The action was refused ({code}).")
        return generic.format(code=error.code)
    translated = QCoreApplication.translate(CONTEXT, text)
    from ui.messages import values  # the models' enums: not before the log-in dialog (ui/start)

    try:
        fields = {k: _display(v) for k, v in error.fields.items()}
        if "field" in fields:
            fields["field"] = field_label(fields["field"])
        if isinstance(error.fields.get("roles"), (list, tuple)):
            fields["roles"] = values.role_names(error.fields["roles"])
        if fields.get("status") in values.STATUS:
            fields["status"] = QCoreApplication.translate("status", values.STATUS[fields["status"]])
        if fields.get("action") in values.ACTIONS:
            fields["action"] = QCoreApplication.translate(
                "actions", values.ACTIONS[fields["action"]]
            )
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError):
        return translated


def _display(value: object) -> str:
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")  # type: ignore[no-any-return]
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    return str(value)
