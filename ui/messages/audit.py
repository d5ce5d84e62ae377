"""Words for the audit log: each action it records, and each finding of `audit verify`, so the
command line and the Audit log tab say the same sentences."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the messages load with every command; the check only with `audit verify`
    from certification.register_check import Finding, RegisterCheck
from ui.formats import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.values import name_of

ACTION_CONTEXT = "audit action"
ACTIONS = {
    "category.added": QT_TRANSLATE_NOOP("audit action", "product category added"),
    "certificate.issued": QT_TRANSLATE_NOOP("audit action", "certificate issued"),
    "certificate.reissued": QT_TRANSLATE_NOOP("audit action", "certificate re-issued"),
    "certificate.renewal_requested": QT_TRANSLATE_NOOP("audit action", "renewal requested"),
    "certificate.superseded": QT_TRANSLATE_NOOP("audit action", "certificate superseded"),
    "certificate.suspended": QT_TRANSLATE_NOOP("audit action", "certificate suspended"),
    "certificate.restored": QT_TRANSLATE_NOOP("audit action", "certificate restored"),
    "certificate.withdrawn": QT_TRANSLATE_NOOP("audit action", "certificate withdrawn"),
    "certificate.surveillance_passed": QT_TRANSLATE_NOOP(
        "audit action", "surveillance visit passed"
    ),
    "committee.set_up": QT_TRANSLATE_NOOP("audit action", "committee set up"),
    "complaint.open": QT_TRANSLATE_NOOP("audit action", "complaint opened"),
    "complaint.close": QT_TRANSLATE_NOOP("audit action", "complaint closed"),
    "conflict.declared": QT_TRANSLATE_NOOP("audit action", "conflict of interest declared"),
    "decision.grant": QT_TRANSLATE_NOOP("audit action", "decision: granted"),
    "decision.refuse": QT_TRANSLATE_NOOP("audit action", "decision: refused"),
    "decision.defer": QT_TRANSLATE_NOOP("audit action", "decision: deferred"),
    "inspection.answers_saved": QT_TRANSLATE_NOOP("audit action", "inspection answers saved"),
    "inspection.non_conformity": QT_TRANSLATE_NOOP("audit action", "non-conformity recorded"),
    "inspection.photo_added": QT_TRANSLATE_NOOP("audit action", "inspection photo added"),
    "inspection.photo_removed": QT_TRANSLATE_NOOP("audit action", "inspection photo removed"),
    "inspection.started": QT_TRANSLATE_NOOP("audit action", "inspection started"),
    "inspection.submitted": QT_TRANSLATE_NOOP("audit action", "inspection submitted"),
    "label_template.add": QT_TRANSLATE_NOOP("audit action", "label stock added"),
    "label_template.import": QT_TRANSLATE_NOOP("audit action", "label stock imported"),
    "label_template.remove": QT_TRANSLATE_NOOP("audit action", "label stock removed"),
    "labels.allocate": QT_TRANSLATE_NOOP("audit action", "label serials allocated"),
    "labels.print": QT_TRANSLATE_NOOP("audit action", "labels sent to print"),
    "labels.reprint": QT_TRANSLATE_NOOP("audit action", "spoiled labels sent to print again"),
    "labels.printed": QT_TRANSLATE_NOOP("audit action", "labels printed"),
    "labels.print_failed": QT_TRANSLATE_NOOP("audit action", "label printing failed"),
    "labels.spoiled": QT_TRANSLATE_NOOP("audit action", "labels spoiled"),
    "lot.reported": QT_TRANSLATE_NOOP("audit action", "lot reported"),
    "non_conformity.closed": QT_TRANSLATE_NOOP("audit action", "non-conformity closed"),
    "printer_offset.set": QT_TRANSLATE_NOOP("audit action", "printer offset set"),
    "producer.registered": QT_TRANSLATE_NOOP("audit action", "producer registered"),
    "producer.updated": QT_TRANSLATE_NOOP("audit action", "producer changed"),
    "product.added": QT_TRANSLATE_NOOP("audit action", "product added"),
    "product.updated": QT_TRANSLATE_NOOP("audit action", "product changed"),
    "product.photo_added": QT_TRANSLATE_NOOP("audit action", "product photo added"),
    "product.photo_removed": QT_TRANSLATE_NOOP("audit action", "product photo removed"),
    "register.restored": QT_TRANSLATE_NOOP("audit action", "register restored from a backup"),
    "session.opened": QT_TRANSLATE_NOOP("audit action", "session opened"),
    "session.attendance": QT_TRANSLATE_NOOP("audit action", "session attendance recorded"),
    "session.closed": QT_TRANSLATE_NOOP("audit action", "session closed"),
    "setting.changed": QT_TRANSLATE_NOOP("audit action", "setting changed"),
    "signing_key.generate": QT_TRANSLATE_NOOP("audit action", "signing key made"),
    "signing_key.retire": QT_TRANSLATE_NOOP("audit action", "signing key retired"),
    "signing_key.compromise": QT_TRANSLATE_NOOP("audit action", "signing key reported compromised"),
    "standard.created": QT_TRANSLATE_NOOP("audit action", "standard created"),
    "standard.new_version": QT_TRANSLATE_NOOP("audit action", "new version of a standard"),
    "standard.saved": QT_TRANSLATE_NOOP("audit action", "standard saved"),
    "status_list.export": QT_TRANSLATE_NOOP("audit action", "status list signed"),
    "status_list.import": QT_TRANSLATE_NOOP("audit action", "status list received"),
    "trust_list.export": QT_TRANSLATE_NOOP("audit action", "trust list signed"),
    "trust_list.import": QT_TRANSLATE_NOOP("audit action", "trust list received"),
    "user.created": QT_TRANSLATE_NOOP("audit action", "user added"),
    "user.deactivated": QT_TRANSLATE_NOOP("audit action", "user deactivated"),
    "user.reactivated": QT_TRANSLATE_NOOP("audit action", "user reactivated"),
    "user.password_changed": QT_TRANSLATE_NOOP("audit action", "password changed"),
    "user.roles_changed": QT_TRANSLATE_NOOP("audit action", "roles changed"),
    "user.login_failed": QT_TRANSLATE_NOOP("audit action", "wrong password at log-in"),
}


def action_words(action: str) -> str:
    """An action of the log in the current language; an action this version has no words for
    (written by a newer one) is shown as the log names it."""
    words = ACTIONS.get(action)
    return QCoreApplication.translate(ACTION_CONTEXT, words) if words else action


CONTEXT = "audit"
FINDINGS = {
    "audit.checkpoint_forged": QT_TRANSLATE_NOOP(
        "audit",
        "A checkpoint of %Ln entry(ies) dated {signed_at} ({source}) is not signed by a key "
        "of this committee.",
    ),
    "audit.checkpoint_truncated": QT_TRANSLATE_NOOP(
        "audit",
        "Entries were removed from the end of the log: a checkpoint signed on {signed_at} "
        "({source}) counts {entries} entries, the log now has {now}.",
    ),
    "audit.checkpoint_rewritten": QT_TRANSLATE_NOOP(
        "audit",
        "The log was rewritten: it differs from the checkpoint of %Ln entry(ies) signed on "
        "{signed_at} ({source}).",
    ),
    "audit.certificate_status": QT_TRANSLATE_NOOP(
        "audit",
        "Certificate {number} is “{stored}” in the register, but the log (entry {seq}) says "
        "“{logged}”.",
    ),
    "audit.certificate_valid_until": QT_TRANSLATE_NOOP(
        "audit",
        "Certificate {number} is valid until {stored} in the register, but was issued valid "
        "until {logged}.",
    ),
    "audit.certificate_event": QT_TRANSLATE_NOOP(
        "audit",
        "Certificate {number} has no “{kind}” event in the register, though the log records "
        "one (entry {seq}).",
    ),
    "audit.lot_counter": QT_TRANSLATE_NOOP(
        "audit",
        "Lot {lot} of certificate {number} counts {stored} serials given out, but its jobs and "
        "the log hold {held}.",
    ),
    "audit.job_status": QT_TRANSLATE_NOOP(
        "audit",
        "Print job {job} is “{stored}” in the register, but the log (entry {seq}) says “{logged}”.",
    ),
    "audit.job_missing": QT_TRANSLATE_NOOP(
        "audit", "Print job {job} is missing from the register; the log records it (entry {seq})."
    ),
}


def _shown(value: Any) -> str:
    if isinstance(value, StrEnum):
        return name_of(value)
    if isinstance(value, datetime):
        return format_date(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def finding_line(finding: Finding) -> str:
    """A finding in words; a text with %n counts the finding's entries."""
    source = FINDINGS[finding.code]
    if "%Ln" in source:
        text = QCoreApplication.translate(CONTEXT, source, None, int(finding.fields["entries"]))
    else:
        text = QCoreApplication.translate(CONTEXT, source)
    fields = {k: _shown(v) for k, v in finding.fields.items()}
    if fields.get("source") == "register":
        fields["source"] = QCoreApplication.translate("audit", "kept in the register")
    return text.format(**fields)


def check_lines(check: RegisterCheck) -> list[str]:
    """What `audit verify` says after the chain: the checkpoints compared, then every finding."""
    lines = [
        QCoreApplication.translate(
            "audit", "Signed checkpoints compared with the chain: {count}."
        ).format(count=check.checkpoints)
    ]
    lines += [finding_line(f) for f in check.findings]
    if not check.findings:
        lines.append(QCoreApplication.translate("audit", "The register agrees with its log."))
    return lines
