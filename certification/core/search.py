"""Search keys that work for any-case Cyrillic: SQLite's LIKE folds ASCII only, so names are kept
case-folded in an indexed column and queries are folded the same way."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.functions import FunctionElement

from models import fold

__all__ = ["contains", "fold", "starts_with"]


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
