"""A private key wrapped with a passphrase: Argon2id derives an AES-256-GCM key.

Not PKCS#8 `BestAvailableEncryption`, whose PBKDF2 with 2,048 iterations a stolen database file
would not long resist. Argon2id costs memory as well as time, so guessing on graphics cards is
slow. The cost is stored with each key, so later keys can be made dearer without breaking old ones.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Argon2Cost:
    """RFC 9106's second recommended setting: about 0.25 s on the development machine."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1


class WrongPassphrase(ValueError):
    """The passphrase does not open this key (or the wrapped key was altered)."""


def _derive(passphrase: str, salt: bytes, cost: Argon2Cost) -> bytes:
    # Loaded here, and as the package, not `argon2.low_level`: the password check may load it on
    # another thread at the same moment (see `certification.users._password_matches`).
    import argon2

    return argon2.low_level.hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=32,
        type=argon2.low_level.Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def wrap(secret: bytes, passphrase: str, context: bytes, cost: Argon2Cost | None = None) -> str:
    """JSON text holding `secret` encrypted; `context` (e.g. the public key) is authenticated."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cost = cost or Argon2Cost()
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(passphrase, salt, cost)).encrypt(nonce, secret, context)
    return json.dumps(
        {
            "format": "belgi-wrapped-key",
            "version": 1,
            "kdf": "argon2id",
            "t": cost.time_cost,
            "m": cost.memory_kib,
            "p": cost.parallelism,
            "salt": _b64(salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(nonce),
            "sealed": _b64(sealed),
        },
        sort_keys=True,
    )


def unwrap(wrapped: str, passphrase: str, context: bytes) -> bytes:
    """The secret; raises WrongPassphrase when the passphrase or the stored text is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        data = json.loads(wrapped)
        cost = Argon2Cost(int(data["t"]), int(data["m"]), int(data["p"]))
        key = _derive(passphrase, base64.b64decode(data["salt"]), cost)
        return AESGCM(key).decrypt(
            base64.b64decode(data["nonce"]), base64.b64decode(data["sealed"]), context
        )
    except (InvalidTag, KeyError, ValueError, TypeError) as error:
        raise WrongPassphrase() from error
