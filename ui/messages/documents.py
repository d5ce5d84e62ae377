"""Messages for certificates, reports and label sheets as documents."""

from ui.i18n import QT_TRANSLATE_NOOP

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
    "document.not_a_file": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a file (but a folder, device, pipe or link); nothing was written.",
    ),
    "printer.failed": QT_TRANSLATE_NOOP(
        "messages", "The printer {printer} could not be started; nothing was printed."
    ),
    "document.write_failed": QT_TRANSLATE_NOOP(
        "messages", "The file {path} could not be written: {reason}."
    ),
    "file.missing": QT_TRANSLATE_NOOP("messages", "The file {path} does not exist."),
    "file.not_a_file": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a file (but a folder, device or pipe); nothing was read."
    ),
    "file.too_large": QT_TRANSLATE_NOOP(
        "messages", "The file {path} is larger than {limit} MB; nothing was read."
    ),
    "file.unpacks_too_large": QT_TRANSLATE_NOOP(
        "messages", "The file unpacks to more than {limit} MB; nothing was read."
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("messages", "The file {path} cannot be read: {reason}."),
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
    "label.count": QT_TRANSLATE_NOOP(
        "messages", "{count} labels cannot be printed in one job (1 to 10,000)."
    ),
    "label.import_no_templates": QT_TRANSLATE_NOOP(
        "messages", "The file holds no rectangular label templates Belgi can use."
    ),
    "label.import_not_glabels": QT_TRANSLATE_NOOP(
        "messages", "The file is not a gLabels template file."
    ),
    "label.import_too_large": QT_TRANSLATE_NOOP(
        "messages", "The template file is too large ({size} bytes)."
    ),
    "label.import_unreadable": QT_TRANSLATE_NOOP("messages", "The template file cannot be read."),
    "label.offset_too_large": QT_TRANSLATE_NOOP(
        "messages", "A printer offset may be at most {limit} mm."
    ),
    "label.serial_repeated": QT_TRANSLATE_NOOP(
        "messages", "A label serial appears twice in the job; nothing was printed."
    ),
    "label.start": QT_TRANSLATE_NOOP(
        "messages", "Start position {start}: the sheet has positions 1 to {per_page}."
    ),
    "label.template_attribute_missing": QT_TRANSLATE_NOOP(
        "messages", "A label template in the file lacks a required size."
    ),
    "label.template_count": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a number of labels across or down (1 to {most})."
    ),
    "label.template_distance": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a length a template can use."
    ),
    "label.template_invalid": QT_TRANSLATE_NOOP(
        "messages", "Template {template} has labels that overlap or do not fit."
    ),
    "label.template_not_found": QT_TRANSLATE_NOOP("messages", "No label template {template}."),
    "label.template_off_page": QT_TRANSLATE_NOOP(
        "messages", "Template {template} places labels outside the page."
    ),
    "label.template_paper_unknown": QT_TRANSLATE_NOOP(
        "messages", "Template {template} uses an unknown paper size “{paper}”."
    ),
    "label.too_small": QT_TRANSLATE_NOOP(
        "messages", "The labels of template {template} are too small for a readable code."
    ),
    "register.status_list_missing": QT_TRANSLATE_NOOP(
        "messages", "The status list file {path} does not exist."
    ),
    "register.status_unknown": QT_TRANSLATE_NOOP(
        "messages", "Certificate {number} has an unknown state “{status}”."
    ),
}
