"""Messages for the reports: the period chosen, the folder to publish into."""

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "reports.period_reversed": QT_TRANSLATE_NOOP(
        "messages", "The period ends on {end}, before it starts on {start}."
    ),
    "reports.folder_empty": QT_TRANSLATE_NOOP("messages", "Choose a folder to publish into."),
}
