"""Search keys that work for any-case Cyrillic: SQLite's LIKE folds ASCII only, so names are kept
case-folded in an indexed column and queries are folded the same way."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.functions import FunctionElement

from models import fold

__all__ = ["collation_key", "contains", "fold", "sort_key", "starts_with"]


class _position(FunctionElement[int]):
    """1-based position of a substring, 0 when absent: SQLite's instr, PostgreSQL's strpos.

    Cheaper than LIKE '%…%' (no pattern engine, no escaping of % and _)."""

    type = Integer()
    inherit_cache = True


@compiles(_position)
def _instr(element: _position, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(_position, "postgresql")
def _strpos(element: _position, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def contains(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    return _position(column, fold(query)) > 0


def starts_with(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """A range query, so the index serves it (LIKE 'x%' defeats SQLite's index)."""
    key = fold(query)
    return (column >= key) & (column < key + "\U0010ffff")


# The Kyrgyz letters beside the Russian ones they follow in the alphabet.
_AFTER = {"ң": "н", "ө": "о", "ү": "у"}


def collation_key(column: Any) -> ColumnElement[str]:
    """A case-folded text column in the order of the Kyrgyz alphabet, in SQL (SQLite and
    PostgreSQL alike): each of Ң Ө Ү becomes its neighbour followed by the last character, so it
    sorts after every word with that neighbour and before the next letter."""
    key: ColumnElement[str] = column
    for letter, before in _AFTER.items():
        key = func.replace(key, letter, before + "\U0010ffff")
    return key


def sort_key(text: str) -> str:
    """`collation_key` in Python, for tests and for sorting rows already read."""
    key = " ".join(text.casefold().split())
    for letter, before in _AFTER.items():
        key = key.replace(letter, before + "\U0010ffff")
    return key
