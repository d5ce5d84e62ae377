"""A check's result in words: the verdict the card shows, and each check on its own line, as the
person at the counter reads them (code read, signature, key, status, serial, scan history).

Everything here is a function of the result and of what the desk read beside it; nothing
decides anything the domain has not already decided."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from certification.codes.service import VerificationResult
from certification.codes.verification import Flag, Outcome
from certification.core import clock
from ui.formats import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.values import spoilage_text
from ui.messages.verify import reason_text
from ui.operations.verify import Checked

CONTEXT = "verifydesk"
STATUS_OLD = timedelta(days=7)  # status information older than this is said to be old


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Mark(StrEnum):
    """How one check came out; each is drawn as its own shape with its own sign, never colour
    alone."""

    PASSED = "passed"  # ✓ in a circle
    CAUTION = "caution"  # ! in a triangle
    FAILED = "failed"  # ✗ in an octagon
    UNREAD = "unread"  # ? in a square: nothing to check
    NOT_CHECKED = "not_checked"  # –: this check did not apply


SIGNS = {
    Mark.PASSED: "✓",
    Mark.CAUTION: "!",
    Mark.FAILED: "✗",
    Mark.UNREAD: "?",
    Mark.NOT_CHECKED: "–",
}

_UNREAD = (Outcome.MALFORMED, Outcome.NO_CODE)
_FAILED = (Outcome.FORGED, Outcome.KEY_COMPROMISED, Outcome.UNKNOWN_KEY, Outcome.GENUINE_WITHDRAWN)
_SERIOUS_FLAGS = (Flag.ALARM, Flag.SPOILED_LABEL)


def verdict(result: VerificationResult) -> Mark:
    """The card's verdict: the outcome, made worse by any flag the domain raised."""
    return verdict_of(result.outcome, result.flags)


def verdict_of(outcome: str, flags: tuple[str, ...]) -> Mark:
    if outcome == Outcome.NO_CODE:
        return Mark.UNREAD
    if outcome in _UNREAD or outcome in _FAILED:
        return Mark.FAILED
    if any(flag in _SERIOUS_FLAGS for flag in flags):
        return Mark.FAILED
    if outcome != Outcome.GENUINE_VALID or flags:
        return Mark.CAUTION
    return Mark.PASSED


def suspicious(result: VerificationResult) -> bool:
    """A check a complaint may be opened from (the domain's own rule: failed or flagged)."""
    return result.outcome is not Outcome.GENUINE_VALID or bool(result.flags)


def local_time(moment: datetime) -> str:
    return f"{format_date(clock.local(moment))} {clock.local(moment):%H:%M}"


@dataclass(frozen=True)
class CheckLine:
    name: str  # stable, for tests and the screen reader's order
    mark: Mark
    title: str
    text: str


_INPUTS = {
    "text": QT_TRANSLATE_NOOP("verifydesk", "scanned or typed"),
    "stdin": QT_TRANSLATE_NOOP("verifydesk", "read from a file"),
    "image": QT_TRANSLATE_NOOP("verifydesk", "read from an image"),
    "clipboard": QT_TRANSLATE_NOOP("verifydesk", "pasted"),
    "camera": QT_TRANSLATE_NOOP("verifydesk", "read by the camera"),
}


def check_lines(checked: Checked, now: datetime | None = None) -> list[CheckLine]:
    """Each check of the brief's order on its own line."""
    r = checked.result
    now = now or clock.now()
    read = r.outcome not in _UNREAD
    signed = read and r.outcome not in (Outcome.FORGED, Outcome.UNKNOWN_KEY)
    return [
        _code_read(r, read),
        _signature(r, read),
        _key(checked, signed),
        _status(r, now, signed),
        _serial(checked, signed),
        _history(checked, signed),
    ]


def _code_read(r: VerificationResult, read: bool) -> CheckLine:
    title = QCoreApplication.translate("verifydesk", "Code read")
    if not read:
        mark = Mark.UNREAD if r.outcome is Outcome.NO_CODE else Mark.FAILED
        return CheckLine("code", mark, title, reason_text(r.reason))
    how = _tr(_INPUTS.get(r.input_kind, "scanned or typed"))
    if r.serial is not None:
        text = QCoreApplication.translate("verifydesk", "A label's code, {how}").format(how=how)
    elif r.certificate is not None:
        text = QCoreApplication.translate("verifydesk", "A certificate's code, {how}").format(
            how=how
        )
    else:
        text = QCoreApplication.translate("verifydesk", "A committee's code, {how}").format(how=how)
    return CheckLine("code", Mark.PASSED, title, text)


def _signature(r: VerificationResult, read: bool) -> CheckLine:
    title = QCoreApplication.translate("verifydesk", "Signature")
    if not read:
        return CheckLine(
            "signature",
            Mark.NOT_CHECKED,
            title,
            QCoreApplication.translate("verifydesk", "Not checked: no code."),
        )
    if r.outcome in (Outcome.FORGED, Outcome.UNKNOWN_KEY):
        return CheckLine("signature", Mark.FAILED, title, reason_text(r.reason))
    return CheckLine(
        "signature",
        Mark.PASSED,
        title,
        QCoreApplication.translate("verifydesk", "Matches the committee's key."),
    )


def _key(checked: Checked, signed: bool) -> CheckLine:
    r, key = checked.result, checked.context.key
    title = QCoreApplication.translate("verifydesk", "Key")
    if not signed or key is None:
        return CheckLine(
            "key",
            Mark.NOT_CHECKED,
            title,
            QCoreApplication.translate("verifydesk", "Not checked: no trusted key."),
        )
    from ui import i18n

    rules = key.rules
    whose = (
        QCoreApplication.translate("verifydesk", "this committee's key")
        if rules.own
        else key.committee.name(i18n.current_language())
    )
    period = (
        QCoreApplication.translate("verifydesk", "signs from {start} to {end}").format(
            start=format_date(rules.valid_from), end=format_date(rules.valid_until)
        )
        if rules.valid_until
        else QCoreApplication.translate("verifydesk", "signs from {start}").format(
            start=format_date(rules.valid_from)
        )
    )
    compromise = (
        QCoreApplication.translate("verifydesk", "reported compromised on {day}").format(
            day=format_date(rules.compromised_on)
        )
        if rules.compromised_on
        else QCoreApplication.translate("verifydesk", "not reported compromised")
    )
    text = f"{r.key_id} · {whose} · {period} · {compromise}"
    if r.outcome is Outcome.KEY_COMPROMISED:
        return CheckLine("key", Mark.FAILED, title, f"{reason_text(r.reason)} ({text})")
    return CheckLine("key", Mark.PASSED, title, text)


_STATES = {
    Outcome.GENUINE_VALID: (Mark.PASSED, QT_TRANSLATE_NOOP("verifydesk", "In force until {until}")),
    Outcome.GENUINE_EXPIRED: (
        Mark.CAUTION,
        QT_TRANSLATE_NOOP("verifydesk", "Expired: valid until {until}"),
    ),
    Outcome.GENUINE_SUSPENDED: (Mark.CAUTION, QT_TRANSLATE_NOOP("verifydesk", "Suspended")),
    Outcome.GENUINE_WITHDRAWN: (Mark.FAILED, QT_TRANSLATE_NOOP("verifydesk", "Withdrawn")),
}


def _status(r: VerificationResult, now: datetime, signed: bool) -> CheckLine:
    title = QCoreApplication.translate("verifydesk", "Certificate status")
    if not signed or not r.genuine:
        return CheckLine(
            "status",
            Mark.NOT_CHECKED,
            title,
            QCoreApplication.translate("verifydesk", "Not checked: not genuine."),
        )
    mark, words = _STATES.get(r.outcome, (Mark.CAUTION, ""))
    text = _tr(words).format(until=format_date(r.valid_until)) if words else reason_text(r.reason)
    if r.status_as_of is not None:
        text += " · " + QCoreApplication.translate("verifydesk", "status as of {time}").format(
            time=local_time(r.status_as_of)
        )
        old = now - r.status_as_of
        if Flag.STATUS_STALE in r.flags or old > STATUS_OLD:
            text += " · " + QCoreApplication.translate(
                "verifydesk", "out of date: import a newer status list"
            )
            mark = Mark.FAILED if mark is Mark.FAILED else Mark.CAUTION
    return CheckLine("status", mark, title, text)


def _serial(checked: Checked, signed: bool) -> CheckLine:
    r, key = checked.result, checked.context.key
    title = QCoreApplication.translate("verifydesk", "Label serial")
    if not signed or r.serial is None:
        why = (
            QCoreApplication.translate("verifydesk", "A certificate's code has no serial.")
            if signed
            else QCoreApplication.translate("verifydesk", "Not checked.")
        )
        return CheckLine("serial", Mark.NOT_CHECKED, title, why)
    if key is None or not key.rules.own:
        return CheckLine(
            "serial",
            Mark.NOT_CHECKED,
            title,
            QCoreApplication.translate(
                "verifydesk", "Serial {serial}: the other committee keeps its own label stock."
            ).format(serial=r.serial),
        )
    if not r.issued:
        text = QCoreApplication.translate(
            "verifydesk", "Serial {serial} was never printed: {printed} printed for this lot."
        )
        return CheckLine(
            "serial", Mark.FAILED, title, text.format(serial=r.serial, printed=r.printed)
        )
    if r.spoiled_as is not None:
        text = QCoreApplication.translate(
            "verifydesk", "Serial {serial} is recorded as spoiled ({why}) and not printed again."
        )
        return CheckLine(
            "serial",
            Mark.FAILED,
            title,
            text.format(serial=r.serial, why=spoilage_text(r.spoiled_as)),
        )
    n = r.printed  # lupdate reads a plain name as the count
    text = QCoreApplication.translate(
        "verifydesk", "Serial {serial} of %Ln printed for this lot.", None, n
    )
    return CheckLine("serial", Mark.PASSED, title, text.format(serial=r.serial))


def _history(checked: Checked, signed: bool) -> CheckLine:
    r, seen = checked.result, checked.context.sightings
    title = QCoreApplication.translate("verifydesk", "Scan history")
    if not signed or r.serial is None:
        return CheckLine(
            "history",
            Mark.NOT_CHECKED,
            title,
            QCoreApplication.translate("verifydesk", "Not a printed label."),
        )
    if not seen:
        return CheckLine(
            "history",
            Mark.PASSED,
            title,
            QCoreApplication.translate("verifydesk", "First check of this label."),
        )
    if Flag.POSSIBLY_CLONED in r.flags:
        text = QCoreApplication.translate(
            "verifydesk", "Earlier checks: {count}, at other places too: see where and when."
        )
        return CheckLine("history", Mark.CAUTION, title, text.format(count=len(seen)))
    text = QCoreApplication.translate("verifydesk", "Earlier checks: {count}, all at this place.")
    return CheckLine("history", Mark.PASSED, title, text.format(count=len(seen)))
