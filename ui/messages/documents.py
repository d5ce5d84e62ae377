"""Messages for certificates, reports and label sheets as documents."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "certificate.dates": QT_TRANSLATE_NOOP(
        "messages", "Certificate {number}: the validity ends before the issue date."
    ),
    "certificate.no_products": QT_TRANSLATE_NOOP(
        "messages", "Certificate {number} covers no products."
    ),
    "certificate.number_missing": QT_TRANSLATE_NOOP(
        "messages", "The certificate has no number yet."
    ),
    "certificate.stars": QT_TRANSLATE_NOOP(
        "messages", "A certificate carries 1 to 5 stars, not {stars}."
    ),
    "certificate.status_unknown": QT_TRANSLATE_NOOP(
        "messages", "Unknown certificate state “{status}”."
    ),
    "document.folder_missing": QT_TRANSLATE_NOOP("messages", "The folder {folder} does not exist."),
    "document.image_unreadable": QT_TRANSLATE_NOOP("messages", "The image {image} cannot be read."),
    "document.languages": QT_TRANSLATE_NOOP(
        "messages", "Documents are printed in one to three of ky, ru, en (not “{languages}”)."
    ),
    "document.write_failed": QT_TRANSLATE_NOOP(
        "messages", "The file {path} could not be written: {reason}."
    ),
    "qr.empty": QT_TRANSLATE_NOOP("messages", "There is nothing to put into the QR code."),
    "qr.too_long": QT_TRANSLATE_NOOP(
        "messages", "The text ({length} characters) is too long for a QR code."
    ),
    "qr.too_small": QT_TRANSLATE_NOOP(
        "messages",
        "A {modules}-module QR code does not fit whole printer dots in {box_mm} mm.",
    ),
    "qr.unexpected_shape": QT_TRANSLATE_NOOP(
        "messages", "The QR encoder returned an unexpected image."
    ),
    "qr.version": QT_TRANSLATE_NOOP("messages", "QR version {version} is not supported."),
}
