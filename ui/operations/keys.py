"""What the window reads about the committee's signing keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from certification.core import clock

if TYPE_CHECKING:
    from certification.codes.keys import KeyInfo


@dataclass(frozen=True)
class KeyState:
    current: KeyInfo | None  # the key that signs today
    any_key: bool  # False: the committee never made one


def key_state(session: Session) -> KeyState:
    # Imported here, on the worker that reads it. Listing the keys needs no cryptography (it is
    # loaded only to make, open or check a key), so the status bar's first read stays light.
    from certification.codes import keys

    own = [k for k in keys.signing_keys(session) if k.own]
    today = clock.today()
    current = next((k for k in reversed(own) if k.current_on(today)), None)
    return KeyState(current, bool(own))
