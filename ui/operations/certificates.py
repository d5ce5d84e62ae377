"""What the certificates page reads and writes in one unit, beyond a single service call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from certification import certificate_register as register
from certification import certificates, office
from certification.certificate_register import (
    Category,
    CertificateDetail,
    RegisterFilter,
    RegisterRow,
)
from certification.core.errors import DomainError
from certification.office import RegionInfo
from certification.users import UserInfo


@dataclass(frozen=True)
class Window:
    """Rows of the register from `offset`; `total` is known when the first window holds them
    all, and is otherwise counted apart (`count`), so the rows need not wait for it."""

    rows: list[RegisterRow]
    offset: int
    total: int | None


def window(
    s: Session,
    flt: RegisterFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> Window:
    rows = register.register_rows(
        s, flt, sort=sort, descending=descending, limit=limit, offset=offset
    )
    return Window(rows, offset, len(rows) if offset == 0 and len(rows) < limit else None)


def count(s: Session, flt: RegisterFilter) -> int:
    return register.register_count(s, flt)


@dataclass(frozen=True)
class Choices:
    """What the filters offer."""

    regions: list[RegionInfo]
    categories: list[Category]
    warning_days: int


def choices(s: Session) -> Choices:
    return Choices(office.regions(s), register.categories(s), register.warning_days(s))


@dataclass(frozen=True)
class Desk:
    """A certificate's detail with what the signed-in user may do to it and why not."""

    detail: CertificateDetail
    refusals: dict[str, DomainError | None]


def desk(s: Session, user: UserInfo, number: str) -> Desk:
    detail = register.certificate_detail(s, number)
    return Desk(detail, register.refusals(user, detail))


def act(s: Session, user: UserInfo, number: str, action: str, reason: str) -> str:
    """Suspend, restore, withdraw or start the renewal; returns the number the page shows next."""
    if action == "renew":
        register.request_renewal(s, user, number, reason)
        return number
    return register.change(s, user, number, action, reason).number


def reissue(s: Session, user: UserInfo, number: str, product_ids: list[int], reason: str) -> str:
    """The new certificate's number."""
    return certificates.reissue(s, user, number, product_ids, reason).number


def certificate_pdf(s: Session, number: str, passphrase: str) -> bytes:
    """The certificate's PDF with its own code signed by the key unlocked for this one printing
    (runs off the GUI thread; nothing is stored)."""
    from certification import printing  # loads reportlab: only when a PDF is made
    from certification.codes import keys

    signer = keys.unlock_signing_key(s, passphrase)
    return printing.certificate_pdf(s, number, signer)


def save_pdf(path: str, data: bytes) -> Path:
    """Write the PDF whole, or nothing."""
    from certification.documents.output import write_document

    return write_document(path, lambda: data)
