"""The committee's own settings, kept in the database, typed and validated in one registry."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.codes.text import TextError, check_prefix
from certification.core import audit
from certification.core.errors import InvalidInput
from models import Setting

LANGUAGES = ("ky", "ru", "en")


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type

    def check(self, value: Any) -> Any:
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidInput("setting.bad_value", field=self.key, value=value)
        if self.kind is str and not isinstance(value, str):
            raise InvalidInput("setting.bad_value", field=self.key, value=value)
        if self.kind is list and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise InvalidInput("setting.bad_value", field=self.key, value=value)
        _RULES.get(self.key, lambda v: None)(value)
        return value


def _numbering(value: str) -> None:
    try:
        sample = value.format(region="KG-Y", year=2026, seq=42, committee="Y1")
    except (KeyError, IndexError, ValueError):
        raise InvalidInput("setting.bad_numbering", field="numbering_format", value=value) from None
    if "{seq" not in value or not sample or len(sample) > 40:
        raise InvalidInput("setting.bad_numbering", field="numbering_format", value=value)


def _positive(key: str, maximum: int) -> Any:
    def rule(value: int) -> None:
        if not 1 <= value <= maximum:
            raise InvalidInput("setting.out_of_range", field=key, value=value, maximum=maximum)

    return rule


def _languages(value: list[str]) -> None:
    if not 1 <= len(value) <= 2 or any(v not in LANGUAGES for v in value):
        raise InvalidInput("setting.bad_languages", field="document_languages", value=value)


def _url_prefix(value: str) -> None:
    # Must stay within the QR alphanumeric set when upper-cased, so codes stay compact; and
    # within what the signed-code format allows (docs/signed-codes.md: length, last character).
    try:
        check_prefix(value.upper())
    except TextError:
        raise InvalidInput(
            "setting.bad_url_prefix", field="verify_url_prefix", value=value
        ) from None
    if value and not re.fullmatch(r"HTTPS?://[A-Z0-9.\-/]+", value.upper()):
        raise InvalidInput("setting.bad_url_prefix", field="verify_url_prefix", value=value)


OPTIONS = {
    o.key: o
    for o in (
        # {region} ISO code, {year}, {seq} gap-free sequence, {committee} short code.
        Option("numbering_format", "{region}-{year}-{seq:05d}", str),
        Option("validity_months", 36, int),
        Option("surveillance_months", 12, int),
        Option("expiry_warning_days", 60, int),
        Option("document_languages", ["ky", "ru"], list),
        Option("verify_url_prefix", "", str),
        Option("default_quorum", 3, int),
    )
}
_RULES = {
    "numbering_format": _numbering,
    "validity_months": _positive("validity_months", 120),
    "surveillance_months": _positive("surveillance_months", 60),
    "expiry_warning_days": _positive("expiry_warning_days", 365),
    "document_languages": _languages,
    "verify_url_prefix": _url_prefix,
    "default_quorum": _positive("default_quorum", 50),
}


def get(session: Session, key: str) -> Any:
    option = OPTIONS[key]
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    return option.default if raw is None else json.loads(raw)


def all_settings(session: Session) -> dict[str, Any]:
    stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
    return {key: stored.get(key, o.default) for key, o in OPTIONS.items()}


def put(session: Session, actor: str, key: str, value: Any) -> None:
    option = OPTIONS.get(key)
    if option is None:
        raise InvalidInput("setting.unknown", field=key)
    option.check(value)
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.flush()
    audit.record(session, actor, "setting.changed", "setting", key, value=value)
