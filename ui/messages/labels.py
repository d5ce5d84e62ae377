"""Messages for label stock: print jobs, spoilage and reprints, own templates."""

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "labels.printer_failed_after": QT_TRANSLATE_NOOP(
        "messages",
        "The printer {printer} reported a failure after the labels were recorded as printed: "
        "record those that did not come out as spoiled, then reprint them.",
    ),
    "label.offset_not_number": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a distance in millimetres."
    ),
    "labels.certificate_expired": QT_TRANSLATE_NOOP(
        "messages", "No labels can be printed: certificate {number} has expired."
    ),
    "labels.certificate_suspended": QT_TRANSLATE_NOOP(
        "messages", "No labels can be printed: certificate {number} is suspended."
    ),
    "labels.certificate_superseded": QT_TRANSLATE_NOOP(
        "messages",
        "No labels can be printed: certificate {number} was replaced; print under the new one.",
    ),
    "labels.certificate_withdrawn": QT_TRANSLATE_NOOP(
        "messages", "No labels can be printed: certificate {number} was withdrawn."
    ),
    "labels.already_spoiled": QT_TRANSLATE_NOOP(
        "messages", "Labels {serials} are already recorded as spoiled."
    ),
    "labels.bad_reason": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a reason for spoiled labels."
    ),
    "labels.bad_serials": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a list of serials (write them like 5, 7-9)."
    ),
    "labels.job_finished": QT_TRANSLATE_NOOP(
        "messages", "Print job {job} is already finished ({status})."
    ),
    "labels.job_not_found": QT_TRANSLATE_NOOP("messages", "Print job {job} not found."),
    "labels.more_than_lot": QT_TRANSLATE_NOOP(
        "messages", "Lot {lot} has only {left} pieces left without a label, not {count}."
    ),
    "labels.not_allocated": QT_TRANSLATE_NOOP(
        "messages", "Serials {serials} were never issued: this lot has serials 1 to {allocated}."
    ),
    "labels.not_spoiled": QT_TRANSLATE_NOOP(
        "messages",
        "Labels {serials} are not recorded as spoiled; only spoiled labels are printed again.",
    ),
    "labels.note_required": QT_TRANSLATE_NOOP(
        "messages", "Say what happened to the labels in a note."
    ),
    "label.template_code": QT_TRANSLATE_NOOP(
        "messages", "“{value}” cannot name a template (1 to 80 characters)."
    ),
    "label.template_exists": QT_TRANSLATE_NOOP(
        "messages", "There is already a template {template}."
    ),
}
