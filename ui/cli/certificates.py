"""`certificates` (the register), `certificate suspend|withdraw|restore|show`, and
`certificate pdf`, which signs the certificate's code and so needs a user of the secretariat
(`--user`) and the signing key's passphrase."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from certification import certificates
from certification.core import clock
from models.enums import CertificateEventKind, CertificateStatus
from ui.cli.context import Context
from ui.cli.passphrase import read_passphrase
from ui.formats import standard_text

STATUSES = [s.value for s in CertificateStatus]
ACTIONS = {
    "suspend": CertificateEventKind.SUSPENDED,
    "withdraw": CertificateEventKind.WITHDRAWN,
    "restore": CertificateEventKind.RESTORED,
}


def register(commands: Any) -> None:
    listing = commands.add_parser("certificates", help="list certificates")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--search", default="", help="number prefix or name fragment")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)

    one = commands.add_parser("certificate", help="act on one certificate")
    actions = one.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name in ACTIONS:
        action = actions.add_parser(name, help=f"{name} a certificate")
        action.add_argument("number", metavar="CERT_NO")
        action.add_argument("--reason", required=True)
        action.add_argument("--user", default=None)
        action.set_defaults(run=run_change)
    show = actions.add_parser("show", help="one certificate and its history")
    show.add_argument("number", metavar="CERT_NO")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    pdf = actions.add_parser("pdf", help="the certificate as a PDF with its signed QR code")
    pdf.add_argument("number", metavar="CERT_NO")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pdf.add_argument("--user", default=None)
    pdf.set_defaults(run=run_pdf)


def run_list(args: argparse.Namespace, context: Context) -> int:
    status = CertificateStatus(args.status) if args.status else None
    with context.read() as session:
        found = certificates.list_certificates(session, status=status, query=args.search)
    if args.json:
        context.print_json([c.as_json() for c in found])
        return 0
    for c in found:
        context.print(
            f"{c.number:<20} {_status(c.status):<14} {c.valid_until:%d.%m.%Y}  {c.producer} — "
            + ", ".join(c.products)
        )
    return 0


def run_change(args: argparse.Namespace, context: Context) -> int:
    actor = context.actor(args.user)
    with context.write() as session:
        info = certificates.change_status(
            session, actor, args.number, ACTIONS[args.action], args.reason
        )
    text = QCoreApplication.translate("cli", "Certificate {number} is now {status}.")
    context.print(text.format(number=info.number, status=_status(info.status)))
    return 0


def run_show(args: argparse.Namespace, context: Context) -> int:
    with context.read() as session:
        info = certificates.get_certificate(session, args.number)
    if args.json:
        data = info.as_json()
        data["events"] = [
            {
                "kind": e.kind.value,
                "at": clock.local(e.at).isoformat(),
                "user": e.username,
                "reason": e.reason,
            }
            for e in info.events
        ]
        context.print_json(data)
        return 0
    context.print(f"{info.number}  {_status(info.status)}")
    context.print(f"{info.producer} — {', '.join(info.products)}")
    context.print(
        f"{info.issued_on:%d.%m.%Y} – {info.valid_until:%d.%m.%Y}  {standard_text(info.standard)}"
    )
    from ui.messages.values import name_of

    for e in info.events:
        context.print(
            f"  {clock.local(e.at):%d.%m.%Y %H:%M}  {name_of(e.kind):<11} {e.username}  {e.reason}"
        )
    return 0


def run_pdf(args: argparse.Namespace, context: Context) -> int:
    """Signs the certificate's code with the key unlocked for this printing (see
    `certification.printing`); asks for the passphrase only once the rest is known to be fine."""
    from certification import printing, users  # printing loads reportlab: only for a PDF
    from certification.codes import keys
    from certification.documents.output import check_writable, write_document

    actor = context.actor(args.user)  # the code is signed: someone of the secretariat prints it
    users.require(actor, *certificates.PRINT_ROLES)
    with context.read() as session:
        number = certificates.get_certificate(session, args.number).number
    check_writable(args.output)  # before the passphrase is asked for
    passphrase = read_passphrase()
    with context.read() as session:

        def render() -> bytes:
            signer = keys.unlock_signing_key(session, passphrase)
            return printing.certificate_pdf(session, number, signer)

        path = write_document(args.output, render)
    text = QCoreApplication.translate("cli", "Certificate {number} written to {path}.")
    context.print(text.format(number=number, path=path))
    return 0


def _status(status: CertificateStatus) -> str:
    names = {
        CertificateStatus.ACTIVE: QCoreApplication.translate("status", "active"),
        CertificateStatus.SUSPENDED: QCoreApplication.translate("status", "suspended"),
        CertificateStatus.WITHDRAWN: QCoreApplication.translate("status", "withdrawn"),
        CertificateStatus.EXPIRED: QCoreApplication.translate("status", "expired"),
        CertificateStatus.SUPERSEDED: QCoreApplication.translate("status", "superseded"),
    }
    return names[status]
