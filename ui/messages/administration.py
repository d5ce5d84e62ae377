"""Messages of the administration: users, signing keys, signed lists."""

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "user.last_admin": QT_TRANSLATE_NOOP(
        "messages",
        "{username} is the only active administrator: make someone else an administrator first.",
    ),
    "user.already_inactive": QT_TRANSLATE_NOOP(
        "messages", "User {username} is already deactivated."
    ),
    "user.already_active": QT_TRANSLATE_NOOP("messages", "User {username} is already active."),
    "user.wrong_current_password": QT_TRANSLATE_NOOP(
        "messages", "The current password is not right."
    ),
    "codes.bad_key_id": QT_TRANSLATE_NOOP(
        "messages", "Key id “{value}”: eight hexadecimal digits, e.g. 0A1B2C3D."
    ),
    "codes.compromise_in_future": QT_TRANSLATE_NOOP(
        "messages", "A compromise is reported from a day that has come: today or earlier."
    ),
    "lists.folder_missing": QT_TRANSLATE_NOOP("messages", "There is no folder {folder}."),
    "lists.write_failed": QT_TRANSLATE_NOOP(
        "messages", "The lists could not be written ({reason}); neither was written."
    ),
    "lists.file_missing": QT_TRANSLATE_NOOP("messages", "There is no file {path}."),
    "lists.file_unreadable": QT_TRANSLATE_NOOP(
        "messages", "The file {path} cannot be read: {reason}."
    ),
}
