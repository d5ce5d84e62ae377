"""`verify [--json] [--place TEXT] [--no-record] (TEXT | --image FILE | -)`: check a returned code.

Exit status 0 only for a genuine label of a certificate in force (`genuine_valid`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from certification.core import clock
from ui.cli.context import CliError, Context
from ui.messages.values import spoilage_text
from ui.messages.verify import flag_text, outcome_title, reason_text

if TYPE_CHECKING:
    from certification.codes.service import VerificationResult

EXIT_NOT_VALID = 1
EXIT_USAGE = 2
# What image files start with: standard input holding one of these is read as a photo.
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"RIFF", b"BM", b"II*\x00", b"MM\x00*")


def register(commands: Any) -> None:
    parser = commands.add_parser("verify", help="check a label's or certificate's code")
    parser.add_argument("text", nargs="?", metavar="TEXT", help="the code's text, or - for stdin")
    parser.add_argument("--image", metavar="FILE", help="a photo or scan of the code")
    parser.add_argument("--place", default="", help="where the label was found")
    parser.add_argument("--no-record", action="store_true", help="do not log this check")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    if (args.text is None) == (args.image is None):
        raise CliError(
            QCoreApplication.translate(
                "cli", "Give exactly one code: TEXT, --image FILE, or - for standard input."
            ),
            EXIT_USAGE,
        )
    # The decoders (Pillow, zxing-cpp) load with the service: only for this command.
    from certification.codes.images import MAX_FILE_BYTES
    from certification.codes.service import InputKind, verify_image, verify_text

    options: dict[str, Any] = {
        "place": args.place,
        "record": not args.no_record,
        "username": os.environ.get("BELGI_USER", ""),
    }
    with context.write() as session:
        if args.image is not None:
            image = Path(args.image)
            if not image.is_file():
                raise CliError(
                    QCoreApplication.translate("cli", "No such image file: {file}").format(
                        file=args.image
                    ),
                    EXIT_USAGE,
                )
            result = verify_image(session, image, **options)
        elif args.text == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if data.startswith(IMAGE_MAGIC):
                result = verify_image(session, data, input_kind=InputKind.STDIN, **options)
            else:
                text = data.decode("utf-8", errors="replace")
                result = verify_text(session, text, input_kind=InputKind.STDIN, **options)
        else:
            result = verify_text(session, args.text, **options)
    if args.json:
        context.print_json(as_json(result))
    else:
        _print(context, result)
    return 0 if result.outcome.value == "genuine_valid" else EXIT_NOT_VALID


def as_json(result: VerificationResult) -> dict[str, Any]:
    return {
        "outcome": result.outcome.value,
        "flags": list(result.flags),
        "reason": reason_text(result.reason),
        "reason_code": result.reason,
        "text": result.text,
        "certificate": result.certificate,
        "lot": result.lot,
        "serial": result.serial,
        "spoiled_as": result.spoiled_as,
        "product": result.product,
        "producer": result.producer,
        "committee": result.committee,
        "key_id": result.key_id,
        "signed_on": result.signed_on,
        "valid_until": result.valid_until,
        "status_as_of": clock.local(result.status_as_of) if result.status_as_of else None,
        "place": result.place,
        "input": result.input_kind,
        "check_id": result.check_id,
    }


def _print(context: Context, result: VerificationResult) -> None:
    until = result.valid_until.strftime("%d.%m.%Y") if result.valid_until else None
    spoiled = spoilage_text(result.spoiled_as) if result.spoiled_as else None
    context.print(f"{outcome_title(result.outcome.value)} — {reason_text(result.reason)}")
    rows = [
        (QCoreApplication.translate("cli", "Certificate"), result.certificate),
        (QCoreApplication.translate("cli", "Product"), result.product),
        (QCoreApplication.translate("cli", "Producer"), result.producer),
        (QCoreApplication.translate("cli", "Lot"), result.lot),
        (QCoreApplication.translate("cli", "Serial"), result.serial),
        (QCoreApplication.translate("cli", "Recorded as spoiled"), spoiled),
        (QCoreApplication.translate("cli", "Valid until"), until),
        (QCoreApplication.translate("cli", "Status as of"), _local(result)),
    ]
    for label, value in rows:
        if value is not None:
            context.print(f"  {label}: {value}")
    for flag in result.flags:
        context.print(f"  ! {flag_text(flag)}")


def _local(result: VerificationResult) -> str | None:
    if result.status_as_of is None:
        return None
    return f"{clock.local(result.status_as_of):%d.%m.%Y %H:%M}"
