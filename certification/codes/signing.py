"""Ed25519 signatures over code records, and the key ids that name public keys."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from certification.codes.record import CodeRecord
from certification.codes.text import check_prefix, code_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# cryptography is imported where a signature is made or checked: listing the keys (the window's
# status bar, the command line) does not load it.

CODE_CONTEXT = b"BELGI-CODE\x00"  # domain separation: a code's signature never fits a list
LIST_CONTEXT = b"BELGI-LIST\x00"


def key_id_for(public_key: bytes) -> int:
    """A new key's id: the first 4 bytes of SHA-256 of its raw public key."""
    return int.from_bytes(hashlib.sha256(public_key).digest()[:4], "big")


def format_key_id(key_id: int) -> str:
    return f"{key_id:08X}"


def public_bytes(private_key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def code_message(prefix: str, record: bytes) -> bytes:
    """What is signed: context, the record, then the URL prefix (so a changed URL is detected)."""
    return CODE_CONTEXT + record + prefix.encode("ascii")


def signature_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Signer:
    """An unlocked private key, held only for a printing session."""

    key_id: int
    private_key: Ed25519PrivateKey

    def sign_code(self, record: CodeRecord, prefix: str = "") -> str:
        """The QR text of a record; the record must name this key."""
        if record.key_id != self.key_id:
            raise ValueError("record names another key")
        data = record.pack()
        check_prefix(prefix)
        return code_text(prefix, data, self.private_key.sign(code_message(prefix, data)))

    def sign_list(self, body: bytes) -> bytes:
        return self.private_key.sign(LIST_CONTEXT + body)
