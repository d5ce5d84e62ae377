"""Messages for the committee's settings (titles and help: certification/settings.py)."""

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "setting.bad_choice": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not one of the choices."
    ),
    "setting.too_long": QT_TRANSLATE_NOOP("messages", "{field}: at most {maximum} characters."),
    "setting.image_too_large": QT_TRANSLATE_NOOP(
        "messages", "{field}: the image is larger than {maximum} MB."
    ),
    "setting.image_format": QT_TRANSLATE_NOOP(
        "messages", "{field}: a PNG or JPEG image is needed, not {format}."
    ),
    "setting.image_size": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: the image is {width}×{height} pixels; each side must be from {minimum} to "
        "{maximum}.",
    ),
    "setting.image_unreadable": QT_TRANSLATE_NOOP(
        "messages", "{field}: the file is not a readable image."
    ),
}
