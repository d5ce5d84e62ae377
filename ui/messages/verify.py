"""What a check of a returned code tells the person at the counter: outcome titles and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "verify"

OUTCOMES = {
    "genuine_valid": QT_TRANSLATE_NOOP("verify", "Genuine and valid"),
    "genuine_expired": QT_TRANSLATE_NOOP("verify", "Genuine, but the certificate has expired"),
    "genuine_suspended": QT_TRANSLATE_NOOP("verify", "Genuine, but the certificate is suspended"),
    "genuine_withdrawn": QT_TRANSLATE_NOOP("verify", "Genuine, but the certificate is withdrawn"),
    "genuine_unknown_status": QT_TRANSLATE_NOOP(
        "verify", "Genuine; the certificate's status is not known here"
    ),
    "key_compromised": QT_TRANSLATE_NOOP("verify", "Signed with a misused key: alarm"),
    "forged": QT_TRANSLATE_NOOP("verify", "Forged"),
    "unknown_key": QT_TRANSLATE_NOOP("verify", "Signed by an unknown key"),
    "malformed": QT_TRANSLATE_NOOP("verify", "Not a valid code"),
    "no_code": QT_TRANSLATE_NOOP("verify", "No code found"),
}

REASONS = {
    "genuine_valid": QT_TRANSLATE_NOOP(
        "verify", "Issued by the committee; the certificate is in force."
    ),
    "genuine_valid.spoiled_label": QT_TRANSLATE_NOOP(
        "verify",
        "Issued by the committee for a certificate in force, but this label was recorded as "
        "spoiled and not printed again: it should not be on a product.",
    ),
    "genuine_expired": QT_TRANSLATE_NOOP(
        "verify", "Issued by the committee, but the certificate's validity has ended."
    ),
    "genuine_suspended": QT_TRANSLATE_NOOP(
        "verify", "Issued by the committee, but the certificate is suspended."
    ),
    "genuine_withdrawn": QT_TRANSLATE_NOOP(
        "verify", "Issued by the committee, but the certificate has been withdrawn."
    ),
    "genuine_unknown_status.no_status": QT_TRANSLATE_NOOP(
        "verify",
        "Issued by another committee whose status list is not held here: ask that committee.",
    ),
    "genuine_unknown_status.stale_list": QT_TRANSLATE_NOOP(
        "verify", "The other committee's status list is out of date: import a newer one."
    ),
    "genuine_unknown_status.not_in_register": QT_TRANSLATE_NOOP(
        "verify",
        "Signed with this committee's key, but the register has no such certificate.",
    ),
    "key_compromised.region_mismatch": QT_TRANSLATE_NOOP(
        "verify", "The key belongs to another region than the code names."
    ),
    "key_compromised.outside_signing_period": QT_TRANSLATE_NOOP(
        "verify", "The key signed this outside its signing period (after retirement?)."
    ),
    "key_compromised.dated_in_future": QT_TRANSLATE_NOOP(
        "verify",
        "The code is dated after today: check this computer's clock; otherwise the key is misused.",
    ),
    "key_compromised.after_compromise": QT_TRANSLATE_NOOP(
        "verify", "Signed on or after the date the key was reported compromised."
    ),
    "forged.signature": QT_TRANSLATE_NOOP(
        "verify", "The signature does not match: the code was altered or made up."
    ),
    "unknown_key": QT_TRANSLATE_NOOP(
        "verify", "No trusted committee has this key: import that committee's trust list."
    ),
    "no_code.empty": QT_TRANSLATE_NOOP("verify", "Nothing was scanned or typed."),
    "no_code.no_qr_in_image": QT_TRANSLATE_NOOP("verify", "No QR code was found in the image."),
    "malformed.image_too_large": QT_TRANSLATE_NOOP(
        "verify", "The image is too large (over 50 megapixels or 64 MB)."
    ),
    "malformed.image_unreadable": QT_TRANSLATE_NOOP(
        "verify", "The file is not a readable PNG, JPEG, WebP, BMP or TIFF image."
    ),
    "malformed.image_format": QT_TRANSLATE_NOOP(
        "verify", "Only PNG, JPEG, WebP, BMP and TIFF images are read."
    ),
    "malformed.input_too_long": QT_TRANSLATE_NOOP(
        "verify", "The text is far longer than any code."
    ),
    "malformed.unsupported_version": QT_TRANSLATE_NOOP(
        "verify", "A code of a format version this program does not know."
    ),
}
GENERIC = QT_TRANSLATE_NOOP("verify", "The text is not a code of a brand committee.")
FLAGS = {
    "possibly_cloned": QT_TRANSLATE_NOOP(
        "verify", "Possible copy: this label was checked at another place too, or never printed."
    ),
    "alarm": QT_TRANSLATE_NOOP("verify", "Alarm: tell the committee's chair."),
    "status_stale": QT_TRANSLATE_NOOP("verify", "The status list used is out of date."),
    "spoiled_label": QT_TRANSLATE_NOOP(
        "verify", "Spoiled label: ask who had the spoiled labels of this lot, and where they went."
    ),
    "unconfirmed_print": QT_TRANSLATE_NOOP(
        "verify",
        "Its print job never reported the labels printed: ask the office whether this sheet was "
        "printed.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcome_title(outcome: str) -> str:
    return _tr(OUTCOMES.get(outcome, outcome))


def reason_text(reason: str) -> str:
    """Every malformed detail not listed shares one sentence: the person needs no more."""
    return _tr(REASONS.get(reason, GENERIC))


def flag_text(flag: str) -> str:
    return _tr(FLAGS.get(flag, flag))
