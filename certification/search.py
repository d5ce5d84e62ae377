"""Search keys that work for any-case Cyrillic: SQLite's LIKE folds ASCII only, so names are kept
case-folded in an indexed column and queries are folded the same way."""

from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute

from models import fold

__all__ = ["contains", "fold", "starts_with"]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    return column.like(f"%{_escape(fold(query))}%", escape="\\")


def starts_with(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """A range query, so the index serves it (LIKE 'x%' defeats SQLite's index)."""
    key = fold(query)
    return (column >= key) & (column < key + "\U0010ffff")
