"""Small values that name a record across subjects."""

from __future__ import annotations

from typing import NamedTuple


class StandardRef(NamedTuple):
    """A standard's code and version number. Screens and documents put the version in words of
    their language («1-версия», «версия 1»); `str()` is the plain form «BABP-HONEY v1»."""

    code: str
    version: int

    def __str__(self) -> str:
        return f"{self.code} v{self.version}"
