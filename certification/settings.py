"""The committee's settings, declared once: type, title, range or choices, and help.

Each `Option[T]` says what a setting holds and how it is checked, so the administration form and
its validation are generated from `OPTIONS` and nothing else. Titles and help are English; this
file is read by the translation tools (`ui/i18n.py` puts it in the `messages_settings` area) and
`ui/` shows them with `QCoreApplication.translate(CONTEXT, text)`. The domain stays free of Qt:
`QT_TRANSLATE_NOOP` here only marks the text.

Most settings are JSON in the `setting` table. A few are kept where the rest of the register
already reads them: the committee's names and region in its `committee` row, the emblem and the
brand mark in `mark_image`, the printer offsets per label template with the label stock.

    settings.get(session, settings.VALIDITY_MONTHS)   # -> int
    settings.get(session, "validity_months")          # the same, typed by the key
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar, cast, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.codes.text import TextError, check_prefix
from certification.core import audit, clock
from certification.core.errors import InvalidInput, NotFound
from models import Committee, MarkImage, Region, Setting
from models.enums import Role

T = TypeVar("T")

LANGUAGES = ("ky", "ru", "en")
CONTEXT = "settings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; `ui/` translates it where it is shown."""
    return text


class Kind(StrEnum):
    TEXT = "text"  # str, at most `maximum` characters
    INTEGER = "integer"  # int within [minimum, maximum]
    DECIMAL = "decimal"  # float within [minimum, maximum], `decimals` places
    CHOICE = "choice"  # str, one of `choices(session, option)`
    LANGUAGES = "languages"  # list[str]: one or two of LANGUAGES, in order
    IMAGE = "image"  # bytes | None: a PNG or JPEG, None for the shipped default


class Group(StrEnum):
    COMMITTEE = "committee"
    CERTIFICATES = "certificates"
    DOCUMENTS = "documents"
    LABELS = "labels"
    BACKUPS = "backups"


GROUP_TITLES = {
    Group.COMMITTEE: QT_TRANSLATE_NOOP("settings", "The committee"),
    Group.CERTIFICATES: QT_TRANSLATE_NOOP("settings", "Certificates"),
    Group.DOCUMENTS: QT_TRANSLATE_NOOP("settings", "Documents and codes"),
    Group.LABELS: QT_TRANSLATE_NOOP("settings", "Label stock"),
    Group.BACKUPS: QT_TRANSLATE_NOOP("settings", "Backups"),
}


@dataclass(frozen=True)
class Option(Generic[T]):
    """One declared setting. `rule` adds a check of its own after the kind's checks."""

    key: str
    default: T
    kind: Kind
    group: Group
    title: str
    help: str = ""
    minimum: float | None = None
    maximum: float | None = None  # a number's largest value, a text's longest length
    decimals: int = 0
    required: bool = False  # a text that may not be empty
    rule: Callable[[Any], None] | None = field(default=None, compare=False, repr=False)

    def check(self, value: object) -> T:
        """`value` as this setting's type, or `InvalidInput` naming the setting as the field."""
        checked = self._typed(value)
        if self.rule is not None:
            self.rule(checked)
        return cast(T, checked)

    def _typed(self, value: object) -> object:
        bad = InvalidInput("setting.bad_value", field=self.key, value=_shown(value))
        if self.kind in (Kind.TEXT, Kind.CHOICE):
            if not isinstance(value, str):
                raise bad
            text = value.strip()
            if self.required and not text:
                raise InvalidInput("field.required", field=self.key)
            if self.maximum is not None and len(text) > self.maximum:
                raise InvalidInput("setting.too_long", field=self.key, maximum=int(self.maximum))
            return text
        if self.kind is Kind.INTEGER:
            if isinstance(value, bool) or not isinstance(value, int):
                raise bad
            self._in_range(value)
            return value
        if self.kind is Kind.DECIMAL:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise bad
            number = float(value)
            if number != number or number in (float("inf"), float("-inf")):
                raise bad
            self._in_range(number)
            return round(number, self.decimals)
        if self.kind is Kind.LANGUAGES:
            if not (isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)):
                raise bad
            return list(value)
        if value is not None and not isinstance(value, bytes):
            raise bad
        return value

    def _in_range(self, number: float) -> None:
        low, high = self.minimum, self.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            raise InvalidInput(
                "setting.out_of_range",
                field=self.key,
                value=_shown(number),
                minimum=_shown(low),
                maximum=_shown(high),
            )


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bytes):
        return f"{len(value)} B"
    return str(value)


# Rules of their own ------------------------------------------------------------------------------


def _numbering(value: str) -> None:
    try:
        sample = value.format(region="KG-Y", year=2026, seq=42, committee="Y1")
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        raise InvalidInput("setting.bad_numbering", field="numbering_format", value=value) from None
    if "{seq" not in value or not sample or len(sample) > 40:
        raise InvalidInput("setting.bad_numbering", field="numbering_format", value=value)


def _languages(value: list[str]) -> None:
    if not 1 <= len(value) <= 2 or len(set(value)) != len(value):
        raise InvalidInput("setting.bad_languages", field="document_languages", value=value)
    if any(v not in LANGUAGES for v in value):
        raise InvalidInput("setting.bad_languages", field="document_languages", value=value)


def _url_prefix(value: str) -> None:
    # Must stay within the QR alphanumeric set when upper-cased, so codes stay compact; and
    # within what the signed-code format allows (docs/signed-codes.md: length, last character).
    try:
        check_prefix(value.upper())
    except TextError:
        raise InvalidInput(
            "setting.bad_url_prefix", field="verify_url_prefix", value=value
        ) from None
    if value and not re.fullmatch(r"HTTPS?://[A-Z0-9.\-/]+", value.upper()):
        raise InvalidInput("setting.bad_url_prefix", field="verify_url_prefix", value=value)


IMAGE_BYTES = 4 * 1024 * 1024
IMAGE_PIXELS = (64, 6000)  # the shortest and the longest side a mark may have
IMAGE_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


def _image(key: str) -> Callable[[bytes | None], None]:
    def rule(value: bytes | None) -> None:
        if value is not None:
            image_type(key, value)

    return rule


def image_type(key: str, data: bytes) -> str:
    """The media type of a mark image, or `InvalidInput` saying why it cannot be used."""
    if len(data) > IMAGE_BYTES:
        raise InvalidInput(
            "setting.image_too_large", field=key, maximum=IMAGE_BYTES // (1024 * 1024)
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format or ""
            width, height = image.size
            if kind not in IMAGE_FORMATS:
                raise InvalidInput("setting.image_format", field=key, format=kind or "?")
            if min(width, height) < IMAGE_PIXELS[0] or max(width, height) > IMAGE_PIXELS[1]:
                raise InvalidInput(
                    "setting.image_size",
                    field=key,
                    width=width,
                    height=height,
                    minimum=IMAGE_PIXELS[0],
                    maximum=IMAGE_PIXELS[1],
                )
            image.verify()
    except InvalidInput:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise InvalidInput("setting.image_unreadable", field=key) from None
    return IMAGE_FORMATS[kind]


# The registry ------------------------------------------------------------------------------------

# The largest printer offset (certification.documents.labels.MAX_OFFSET_MM, which loads the
# drawing code; a test holds them equal).
MAX_OFFSET_MM = 10.0
DEFAULT_TEMPLATE = "a4-3x8"  # certification.labels.templates.DEFAULT_TEMPLATE, held equal by a test

COMMITTEE_NAME_KY: Option[str] = Option(
    "committee_name_ky",
    "",
    Kind.TEXT,
    Group.COMMITTEE,
    QT_TRANSLATE_NOOP("settings", "Name in Kyrgyz"),
    QT_TRANSLATE_NOOP("settings", "As printed on certificates and shown in the window's header."),
    maximum=200,
    required=True,
)
COMMITTEE_NAME_RU: Option[str] = Option(
    "committee_name_ru",
    "",
    Kind.TEXT,
    Group.COMMITTEE,
    QT_TRANSLATE_NOOP("settings", "Name in Russian"),
    maximum=200,
    required=True,
)
COMMITTEE_NAME_EN: Option[str] = Option(
    "committee_name_en",
    "",
    Kind.TEXT,
    Group.COMMITTEE,
    QT_TRANSLATE_NOOP("settings", "Name in English"),
    maximum=200,
    required=True,
)
COMMITTEE_REGION: Option[str] = Option(
    "committee_region",
    "",
    Kind.CHOICE,
    Group.COMMITTEE,
    QT_TRANSLATE_NOOP("settings", "Region"),
    QT_TRANSLATE_NOOP("settings", "The region in certificate numbers ({region})."),
)
EMBLEM: Option[bytes | None] = Option(
    "emblem",
    None,
    Kind.IMAGE,
    Group.COMMITTEE,
    QT_TRANSLATE_NOOP("settings", "Emblem"),
    QT_TRANSLATE_NOOP(
        "settings", "PNG or JPEG, at least 64 pixels a side; printed on certificates."
    ),
    rule=_image("emblem"),
)
BRAND_MARK: Option[bytes | None] = Option(
    "brand_mark",
    None,
    Kind.IMAGE,
    Group.COMMITTEE,
    QT_TRANSLATE_NOOP("settings", "Brand mark"),
    QT_TRANSLATE_NOOP(
        "settings", "PNG or JPEG, at least 64 pixels a side; printed on certificates and labels."
    ),
    rule=_image("brand_mark"),
)
NUMBERING_FORMAT: Option[str] = Option(
    "numbering_format",
    "{region}-{year}-{seq:05d}",
    Kind.TEXT,
    Group.CERTIFICATES,
    QT_TRANSLATE_NOOP("settings", "Numbering format"),
    QT_TRANSLATE_NOOP(
        "settings",
        "{region} the region, {year} the year, {seq:05d} the number in the year, "
        "{committee} the committee's code.",
    ),
    maximum=60,
    rule=_numbering,
)
VALIDITY_MONTHS: Option[int] = Option(
    "validity_months",
    36,
    Kind.INTEGER,
    Group.CERTIFICATES,
    QT_TRANSLATE_NOOP("settings", "Validity (months)"),
    QT_TRANSLATE_NOOP("settings", "How long a new certificate is valid."),
    minimum=1,
    maximum=120,
)
SURVEILLANCE_MONTHS: Option[int] = Option(
    "surveillance_months",
    12,
    Kind.INTEGER,
    Group.CERTIFICATES,
    QT_TRANSLATE_NOOP("settings", "Surveillance every (months)"),
    minimum=1,
    maximum=60,
)
EXPIRY_WARNING_DAYS: Option[int] = Option(
    "expiry_warning_days",
    60,
    Kind.INTEGER,
    Group.CERTIFICATES,
    QT_TRANSLATE_NOOP("settings", "Warn of expiry (days before)"),
    minimum=1,
    maximum=365,
)
DEFAULT_QUORUM: Option[int] = Option(
    "default_quorum",
    3,
    Kind.INTEGER,
    Group.CERTIFICATES,
    QT_TRANSLATE_NOOP("settings", "Quorum of a session"),
    QT_TRANSLATE_NOOP("settings", "Members present who may decide, at least."),
    minimum=1,
    maximum=50,
)
DOCUMENT_LANGUAGES: Option[list[str]] = Option(
    "document_languages",
    ["ky", "ru"],
    Kind.LANGUAGES,
    Group.DOCUMENTS,
    QT_TRANSLATE_NOOP("settings", "Document languages"),
    QT_TRANSLATE_NOOP("settings", "One or two; the first is the main one."),
    rule=_languages,
)
VERIFY_URL_PREFIX: Option[str] = Option(
    "verify_url_prefix",
    "",
    Kind.TEXT,
    Group.DOCUMENTS,
    QT_TRANSLATE_NOOP("settings", "Verification address"),
    QT_TRANSLATE_NOOP(
        "settings", "Put before each code, e.g. https://belgi.kg/v/ (empty: the code alone)."
    ),
    rule=_url_prefix,
)
LABEL_TEMPLATE: Option[str] = Option(
    "label_template",
    DEFAULT_TEMPLATE,
    Kind.CHOICE,
    Group.LABELS,
    QT_TRANSLATE_NOOP("settings", "Label stock"),
    QT_TRANSLATE_NOOP(
        "settings", "The sheet or roll labels are printed on unless another is chosen."
    ),
)
LABEL_OFFSET_DX: Option[float] = Option(
    "label_offset_dx",
    0.0,
    Kind.DECIMAL,
    Group.LABELS,
    QT_TRANSLATE_NOOP("settings", "Printer offset right (mm)"),
    QT_TRANSLATE_NOOP("settings", "Measured on the outline page; for the label stock above."),
    minimum=-MAX_OFFSET_MM,
    maximum=MAX_OFFSET_MM,
    decimals=2,
)
LABEL_OFFSET_DY: Option[float] = Option(
    "label_offset_dy",
    0.0,
    Kind.DECIMAL,
    Group.LABELS,
    QT_TRANSLATE_NOOP("settings", "Printer offset down (mm)"),
    minimum=-MAX_OFFSET_MM,
    maximum=MAX_OFFSET_MM,
    decimals=2,
)
KEY_UNLOCKED_MINUTES: Option[int] = Option(
    "key_unlocked_minutes",
    10,
    Kind.INTEGER,
    Group.LABELS,
    QT_TRANSLATE_NOOP("settings", "Signing key stays unlocked (minutes)"),
    QT_TRANSLATE_NOOP(
        "settings",
        "While printing labels, jobs in a row do not ask again for the passphrase; kept in "
        "memory only.",
    ),
    minimum=1,
    maximum=120,
)
BACKUP_KEEP_DAYS: Option[int] = Option(
    "backup_keep_days",
    14,
    Kind.INTEGER,
    Group.BACKUPS,
    QT_TRANSLATE_NOOP("settings", "Daily backups kept (days)"),
    QT_TRANSLATE_NOOP(
        "settings", "A backup is made once a day when the app starts; 0 turns that off."
    ),
    minimum=0,
    maximum=365,
)
BACKUP_FOLDER: Option[str] = Option(
    "backup_folder",
    "",
    Kind.TEXT,
    Group.BACKUPS,
    QT_TRANSLATE_NOOP("settings", "Backup folder"),
    QT_TRANSLATE_NOOP("settings", "Empty: the folder “backups” beside the register."),
    maximum=400,
)

OPTIONS: dict[str, Option[Any]] = {
    o.key: o
    for o in (
        COMMITTEE_NAME_KY,
        COMMITTEE_NAME_RU,
        COMMITTEE_NAME_EN,
        COMMITTEE_REGION,
        EMBLEM,
        BRAND_MARK,
        NUMBERING_FORMAT,
        VALIDITY_MONTHS,
        SURVEILLANCE_MONTHS,
        EXPIRY_WARNING_DAYS,
        DEFAULT_QUORUM,
        DOCUMENT_LANGUAGES,
        VERIFY_URL_PREFIX,
        LABEL_TEMPLATE,
        LABEL_OFFSET_DX,
        LABEL_OFFSET_DY,
        KEY_UNLOCKED_MINUTES,
        BACKUP_KEEP_DAYS,
        BACKUP_FOLDER,
    )
}

TextKey = Literal[
    "committee_name_ky",
    "committee_name_ru",
    "committee_name_en",
    "committee_region",
    "numbering_format",
    "verify_url_prefix",
    "label_template",
    "backup_folder",
]
IntKey = Literal[
    "validity_months",
    "surveillance_months",
    "expiry_warning_days",
    "default_quorum",
    "key_unlocked_minutes",
    "backup_keep_days",
]
DecimalKey = Literal["label_offset_dx", "label_offset_dy"]
ListKey = Literal["document_languages"]
ImageKey = Literal["emblem", "brand_mark"]


# Where each setting is kept ----------------------------------------------------------------------

_COMMITTEE_COLUMNS = {
    "committee_name_ky": "name_ky",
    "committee_name_ru": "name_ru",
    "committee_name_en": "name_en",
    "committee_region": "region_code",
}


def _own(session: Session) -> Committee | None:
    return session.scalar(select(Committee).where(Committee.is_own))


def _read(session: Session, option: Option[Any], stored: dict[str, str] | None = None) -> Any:
    if option.key in _COMMITTEE_COLUMNS:
        committee = _own(session)
        return getattr(committee, _COMMITTEE_COLUMNS[option.key]) if committee else option.default
    if option.kind is Kind.IMAGE:
        row = session.get(MarkImage, option.key)
        return row.data if row is not None else None
    if option in (LABEL_OFFSET_DX, LABEL_OFFSET_DY):
        from certification.labels import templates as label_templates

        offset = label_templates.printer_offset(session, get(session, LABEL_TEMPLATE))
        return offset.dx if option is LABEL_OFFSET_DX else offset.dy
    if stored is not None:
        raw = stored.get(option.key)
    else:
        raw = session.scalar(select(Setting.value).where(Setting.key == option.key))
    return option.default if raw is None else json.loads(raw)


@overload
def get(session: Session, key: Option[T]) -> T: ...
@overload
def get(session: Session, key: TextKey) -> str: ...
@overload
def get(session: Session, key: IntKey) -> int: ...
@overload
def get(session: Session, key: DecimalKey) -> float: ...
@overload
def get(session: Session, key: ListKey) -> list[str]: ...
@overload
def get(session: Session, key: ImageKey) -> bytes | None: ...
def get(session: Session, key: Option[Any] | str) -> Any:
    """The setting's value, of its declared type (the default until one is stored)."""
    option = key if isinstance(key, Option) else _option(key)
    return _read(session, option)


def document_languages(session: Session) -> tuple[str, ...]:
    """The languages documents are printed in (setting `document_languages`; ky + ru)."""
    return tuple(get(session, "document_languages"))


def all_settings(session: Session) -> dict[str, Any]:
    """Every declared setting's value, by key, in the registry's order."""
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    return {key: _read(session, o, stored) for key, o in OPTIONS.items()}


def _option(key: str) -> Option[Any]:
    option = OPTIONS.get(key)
    if option is None:
        raise InvalidInput("setting.unknown", field=key)
    return option


@dataclass(frozen=True)
class Choice:
    """One value a CHOICE setting may take, named in each language (a template by its name)."""

    code: str
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.code


def choices(session: Session, option: Option[Any]) -> tuple[Choice, ...]:
    """What a CHOICE (or LANGUAGES) setting may be set to."""
    if option is COMMITTEE_REGION:
        return tuple(
            Choice(r.code, {"ky": r.name_ky, "ru": r.name_ru, "en": r.name_en})
            for r in session.scalars(select(Region).order_by(Region.code))
        )
    if option is LABEL_TEMPLATE:
        from certification.labels import templates as label_templates

        return tuple(
            Choice(t.template.id, {"en": _template_name(t.template)})
            for t in label_templates.templates(session)
        )
    if option.kind is Kind.LANGUAGES:
        return tuple(Choice(lang, {}) for lang in LANGUAGES)
    return ()


def _template_name(t: Any) -> str:
    return f"{t.id} — {t.description}" if t.description else str(t.id)


def _check_choice(session: Session, option: Option[Any], value: str) -> None:
    if option.kind is Kind.CHOICE and value not in {c.code for c in choices(session, option)}:
        raise InvalidInput("setting.bad_choice", field=option.key, value=value)


def check(session: Session, key: str, value: object) -> Any:
    """`value` checked as setting `key` would be on saving, without saving anything."""
    option = _option(key)
    checked = option.check(value)
    _check_choice(session, option, checked)
    return checked


def put(session: Session, actor: str, key: str, value: Any) -> None:
    """Check and keep one setting, with its audit entry."""
    option = _option(key)
    checked = check(session, key, value)
    _write(session, actor, option, checked)


def put_all(session: Session, actor: Any, values: dict[str, Any]) -> list[str]:
    """Save a whole form at once (an administrator only): every value is checked first and the
    first refusal names its field, so nothing is written unless all of it is right. Returns the
    keys that changed."""
    from certification.users import require

    require(actor, Role.ADMIN)
    checked = {key: check(session, key, value) for key, value in values.items()}
    current = all_settings(session)
    if LABEL_TEMPLATE.key in checked:
        # The offsets shown belong to the template chosen: compare against that one's.
        from certification.labels import templates as label_templates

        offset = label_templates.printer_offset(session, checked[LABEL_TEMPLATE.key])
        current[LABEL_OFFSET_DX.key], current[LABEL_OFFSET_DY.key] = offset.dx, offset.dy
    changed = [key for key, value in checked.items() if value != current.get(key)]
    order = list(OPTIONS)
    for key in sorted(changed, key=order.index):  # the template before its offsets
        _write(session, actor.username, OPTIONS[key], checked[key], actor)
    return changed


def _write(
    session: Session, username: str, option: Option[Any], value: Any, actor: Any = None
) -> None:
    if option.key in _COMMITTEE_COLUMNS:
        committee = _own(session)
        if committee is None:
            raise NotFound("committee.not_set_up")
        setattr(committee, _COMMITTEE_COLUMNS[option.key], value)
        session.flush()
        audit.record(session, username, "setting.changed", "setting", option.key, value=value)
        return
    if option.kind is Kind.IMAGE:
        row = session.get(MarkImage, option.key)
        if value is None:
            if row is not None:
                session.delete(row)
        else:
            media = image_type(option.key, value)
            if row is None:
                row = MarkImage(name=option.key, data=value, media_type=media, updated_by="")
                session.add(row)
            row.data, row.media_type = value, media
            row.updated_by, row.updated_at = username, clock.now()
        session.flush()
        size = 0 if value is None else len(value)
        audit.record(session, username, "setting.changed", "setting", option.key, bytes=size)
        return
    if option in (LABEL_OFFSET_DX, LABEL_OFFSET_DY):
        from certification import users
        from certification.labels import templates as label_templates

        who = actor if actor is not None else users.get_user(session, username)
        template = get(session, LABEL_TEMPLATE)
        offset = label_templates.printer_offset(session, template)
        dx, dy = (value, offset.dy) if option is LABEL_OFFSET_DX else (offset.dx, value)
        label_templates.set_printer_offset(session, who, template, dx, dy)
        return
    text = json.dumps(value, ensure_ascii=False)
    stored = session.get(Setting, option.key)
    if stored is None:
        session.add(Setting(key=option.key, value=text))
    else:
        stored.value = text
    session.flush()
    audit.record(session, username, "setting.changed", "setting", option.key, value=value)


@dataclass(frozen=True)
class NextNumber:
    """What the next certificate's number is made of, for a preview while the format is typed."""

    region: str
    committee: str
    year: int
    seq: int

    def preview(self, numbering_format: str, region: str | None = None) -> str:
        """The next number under `numbering_format` (checked first; `InvalidInput` if bad)."""
        from certification.certificates import format_number

        fmt = NUMBERING_FORMAT.check(numbering_format)
        return format_number(fmt, region or self.region, self.year, self.seq, self.committee)


def next_number(session: Session, year: int | None = None) -> NextNumber:
    """The parts of the number the next certificate of `year` (this year) would get."""
    from certification.core.counters import current_value

    committee = _own(session)
    if committee is None:
        raise NotFound("committee.not_set_up")
    year = year or clock.today().year
    seq = current_value(session, f"certificate:{committee.code}:{year}") + 1
    return NextNumber(committee.region_code, committee.code, year, seq)


def next_number_preview(session: Session, numbering_format: str, year: int | None = None) -> str:
    """The number the next certificate of `year` would get under `numbering_format` (checked)."""
    return next_number(session, year).preview(numbering_format)
