"""The verification of a code in the brief's order, as pure functions over plain values.

input limits → decode → key lookup (`unknown_key`) → signature (`forged`) → key rules: region,
signing period, compromise (`key_compromised`) → status (`genuine_suspended`, `genuine_withdrawn`)
→ expiry (`genuine_expired`) → `genuine_valid`; a trusted key whose certificate status is not held
here gives `genuine_unknown_status`. The register-backed steps (serials, scan history) are added by
`certification.codes.service`; everything here is also what the published test vectors exercise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from certification.codes.record import CodeRecord, RecordError
from certification.codes.signing import code_message, signature_valid
from certification.codes.text import TextError, normalise, parse


class Outcome(StrEnum):
    GENUINE_VALID = "genuine_valid"
    GENUINE_EXPIRED = "genuine_expired"
    GENUINE_SUSPENDED = "genuine_suspended"
    GENUINE_WITHDRAWN = "genuine_withdrawn"
    GENUINE_UNKNOWN_STATUS = "genuine_unknown_status"
    KEY_COMPROMISED = "key_compromised"
    FORGED = "forged"
    UNKNOWN_KEY = "unknown_key"
    MALFORMED = "malformed"
    NO_CODE = "no_code"

    @property
    def genuine(self) -> bool:
        return self.value.startswith("genuine_")


class Flag(StrEnum):
    POSSIBLY_CLONED = "possibly_cloned"  # seen at more than one place, or never printed
    ALARM = "alarm"  # the office must act: a key misused, a serial never printed or spoiled
    STATUS_STALE = "status_stale"  # the other committee's status list is past its next update
    SPOILED_LABEL = "spoiled_label"  # recorded as spoiled and not printed again: not for sale
    UNCONFIRMED_PRINT = "unconfirmed_print"  # its print job never reported the labels printed


@dataclass(frozen=True)
class TrustedKey:
    """A public key this office accepts, with the rules it was published under."""

    key_id: int
    public_key: bytes
    committee: str  # the committee's short code
    region: str
    valid_from: date  # first day of the signing period
    valid_until: date | None = None  # last day (set when the key is retired)
    compromised_on: date | None = None
    own: bool = False  # this office's key: the register here holds the certificates


class CertificateState(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    UNKNOWN = "unknown"  # not held here (no status list, or not in the register)


@dataclass(frozen=True)
class StatusView:
    """What this office knows about a certificate's status, and since when it knows it."""

    state: CertificateState
    as_of: datetime | None = None  # the register's now, or the imported list's "as of"
    valid_until: date | None = None  # the register's date; None: trust the code's own date
    stale: bool = False  # from a status list past its next-update time
    not_in_register: bool = False  # an own key signed a certificate the register does not hold


@dataclass(frozen=True)
class Assessment:
    outcome: Outcome
    reason: str  # stable code, e.g. "forged.signature"; the UI turns it into a sentence
    text: str = ""
    record: CodeRecord | None = None
    key: TrustedKey | None = None
    status_as_of: datetime | None = None
    flags: frozenset[Flag] = field(default_factory=frozenset)


StatusLookup = Callable[[CodeRecord, TrustedKey], StatusView]


def _unknown(record: CodeRecord, key: TrustedKey) -> StatusView:
    return StatusView(CertificateState.UNKNOWN)


def assess(
    raw: str,
    keys: Mapping[int, Sequence[TrustedKey]],
    today: date,
    status: StatusLookup = _unknown,
) -> Assessment:
    """Check one scanned or decoded text. Never raises for any input text."""
    try:
        code = parse(raw)
    except TextError as error:
        outcome = Outcome.NO_CODE if error.reason == "empty" else Outcome.MALFORMED
        return Assessment(outcome, f"{outcome.value}.{error.reason}", normalise(raw)[:200])
    try:
        record = CodeRecord.unpack(code.record)
    except RecordError as error:
        return Assessment(Outcome.MALFORMED, f"malformed.{error.reason}", code.text)
    found = Assessment(Outcome.UNKNOWN_KEY, "unknown_key", code.text, record)
    candidates = keys.get(record.key_id, ())
    if not candidates:
        return found
    message = code_message(code.prefix, code.record)
    key = next(
        (k for k in candidates if signature_valid(k.public_key, code.signature, message)), None
    )
    if key is None:
        return Assessment(Outcome.FORGED, "forged.signature", code.text, record)
    return _after_signature(code.text, record, key, today, status)


def _after_signature(
    text: str, record: CodeRecord, key: TrustedKey, today: date, status: StatusLookup
) -> Assessment:
    def result(
        outcome: Outcome, reason: str, view: StatusView | None = None, *flags: Flag
    ) -> Assessment:
        as_of = view.as_of if view else None
        return Assessment(outcome, reason, text, record, key, as_of, frozenset(flags))

    alarm = Flag.ALARM
    if record.region != key.region:
        return result(Outcome.KEY_COMPROMISED, "key_compromised.region_mismatch", None, alarm)
    if record.signed_on < key.valid_from or (
        key.valid_until is not None and record.signed_on > key.valid_until
    ):
        return result(
            Outcome.KEY_COMPROMISED, "key_compromised.outside_signing_period", None, alarm
        )
    if record.signed_on > today:
        return result(Outcome.KEY_COMPROMISED, "key_compromised.dated_in_future", None, alarm)
    if key.compromised_on is not None and record.signed_on >= key.compromised_on:
        return result(Outcome.KEY_COMPROMISED, "key_compromised.after_compromise", None, alarm)

    view = status(record, key)
    valid_until = view.valid_until or record.valid_until
    expired = today > valid_until or view.state is CertificateState.EXPIRED
    if view.not_in_register:
        return result(
            Outcome.GENUINE_UNKNOWN_STATUS, "genuine_unknown_status.not_in_register", view, alarm
        )
    if view.state is CertificateState.WITHDRAWN:
        # Withdrawal is final, so even an outdated list is conclusive.
        return result(Outcome.GENUINE_WITHDRAWN, "genuine_withdrawn", view)
    stale = (Flag.STATUS_STALE,) if view.stale else ()
    if view.state is CertificateState.SUSPENDED and not view.stale:
        return result(Outcome.GENUINE_SUSPENDED, "genuine_suspended", view)
    if expired:
        return result(Outcome.GENUINE_EXPIRED, "genuine_expired", view, *stale)
    if view.stale:
        return result(
            Outcome.GENUINE_UNKNOWN_STATUS, "genuine_unknown_status.stale_list", view, *stale
        )
    if view.state is CertificateState.UNKNOWN:
        return result(Outcome.GENUINE_UNKNOWN_STATUS, "genuine_unknown_status.no_status", view)
    return result(Outcome.GENUINE_VALID, "genuine_valid", view)
