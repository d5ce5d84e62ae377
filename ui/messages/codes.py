"""Messages for signing keys, trust and status lists, and label serials."""

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "codes.key_already_compromised": QT_TRANSLATE_NOOP(
        "messages", "Key {key_id} is already marked compromised."
    ),
    "codes.key_already_retired": QT_TRANSLATE_NOOP("messages", "Key {key_id} is already retired."),
    "codes.key_not_current": QT_TRANSLATE_NOOP(
        "messages", "Key {key_id} may not sign today (outside its signing period)."
    ),
    "codes.key_not_found": QT_TRANSLATE_NOOP("messages", "Signing key {key_id} not found."),
    "codes.list_bad_signature": QT_TRANSLATE_NOOP(
        "messages", "The list's signature does not match: the file was changed or is forged."
    ),
    "codes.list_confirm_fingerprint": QT_TRANSLATE_NOOP(
        "messages",
        "Confirm the sender's key fingerprint {fingerprint} with them before importing.",
    ),
    "codes.list_is_own": QT_TRANSLATE_NOOP(
        "messages", "This list comes from this committee itself; nothing to import."
    ),
    "codes.list_not_newer": QT_TRANSLATE_NOOP(
        "messages", "This list (number {sequence}) is not newer than the one held ({held})."
    ),
    "codes.list_region_changed": QT_TRANSLATE_NOOP(
        "messages", "The list names another region for committee {committee} than before."
    ),
    "codes.list_signer_compromised": QT_TRANSLATE_NOOP(
        "messages", "The list is signed with key {key_id}, which is marked compromised."
    ),
    "codes.list_too_large": QT_TRANSLATE_NOOP("messages", "The list file is too large."),
    "codes.list_unknown_format": QT_TRANSLATE_NOOP(
        "messages", "The file is not a trust or status list Belgi knows."
    ),
    "codes.list_unknown_region": QT_TRANSLATE_NOOP(
        "messages", "The list names an unknown region “{region}”."
    ),
    "codes.list_unreadable": QT_TRANSLATE_NOOP("messages", "The list file cannot be read."),
    "codes.no_key_in_force": QT_TRANSLATE_NOOP(
        "messages",
        "No key of the committee may sign today: its keys have ended or are marked compromised. "
        "Create a new one in Administration.",
    ),
    "codes.no_signing_key": QT_TRANSLATE_NOOP(
        "messages", "The committee has no signing key yet: create one in Administration."
    ),
    "codes.passphrase_too_short": QT_TRANSLATE_NOOP(
        "messages", "The passphrase needs at least {minimum} characters."
    ),
    "codes.retire_before_start": QT_TRANSLATE_NOOP(
        "messages", "A key cannot be retired before its signing period begins."
    ),
    "codes.wrong_passphrase": QT_TRANSLATE_NOOP(
        "messages", "Wrong passphrase for the signing key."
    ),
    "committee.own_missing": QT_TRANSLATE_NOOP(
        "messages", "The committee is not set up in this database yet."
    ),
    "labels.bad_count": QT_TRANSLATE_NOOP(
        "messages", "Print from 1 to {maximum} labels at a time."
    ),
    "labels.certificate_not_valid": QT_TRANSLATE_NOOP(
        "messages", "Labels cannot be printed: the certificate is {status}."
    ),
    "labels.lots_exhausted": QT_TRANSLATE_NOOP(
        "messages", "This certificate has used all its label lot numbers."
    ),
    "labels.serials_exhausted": QT_TRANSLATE_NOOP(
        "messages", "This lot has only {left} label serials left."
    ),
    "complaint.already_closed": QT_TRANSLATE_NOOP(
        "messages", "Complaint {complaint} is already closed."
    ),
    "complaint.check_not_found": QT_TRANSLATE_NOOP("messages", "Check {check} not found."),
    "complaint.check_passed": QT_TRANSLATE_NOOP(
        "messages", "Check {check} found a genuine, valid label: there is nothing to complain of."
    ),
    "complaint.description": QT_TRANSLATE_NOOP(
        "messages", "Describe the complaint in 1 to {maximum} characters."
    ),
    "complaint.not_found": QT_TRANSLATE_NOOP("messages", "Complaint {complaint} not found."),
    "complaint.resolution": QT_TRANSLATE_NOOP("messages", "Say how the complaint was resolved."),
}
