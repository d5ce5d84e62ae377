"""How the fields of the start and register forms are named in messages."""

from ui.i18n import QT_TRANSLATE_NOOP

FIELDS = {
    "region": QT_TRANSLATE_NOOP("fields", "Region"),
    "region_code": QT_TRANSLATE_NOOP("fields", "Region"),
    "district": QT_TRANSLATE_NOOP("fields", "District"),
    "village": QT_TRANSLATE_NOOP("fields", "Village"),
    "address": QT_TRANSLATE_NOOP("fields", "Address"),
    "contact_person": QT_TRANSLATE_NOOP("fields", "Contact person"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "tax_id": QT_TRANSLATE_NOOP("fields", "Tax number"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"),
    "code": QT_TRANSLATE_NOOP("fields", "Code"),
    "username": QT_TRANSLATE_NOOP("fields", "User name"),
    "password": QT_TRANSLATE_NOOP("fields", "Password"),
    "passphrase": QT_TRANSLATE_NOOP("fields", "Key passphrase"),
}
