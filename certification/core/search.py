"""Search keys that work for any-case Cyrillic: SQLite's LIKE folds ASCII only, so names are kept
case-folded in an indexed column and queries are folded the same way.

A fragment of three characters or more is found through the column's trigram index where it has
one (migration 0010): on SQLite an FTS5 `trigram` table whose phrase query matches exactly the
rows containing the fragment; on PostgreSQL `LIKE`, which a `pg_trgm` index serves when the
extension was there to make it (without it the same `LIKE` reads row by row). Shorter fragments,
and columns without such an index, are matched by position (`instr`/`strpos`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, func, literal_column, select, table, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.expression import BindParameter, bindparam
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean, String

from models import fold

__all__ = [
    "collation_key",
    "contains",
    "fold",
    "fragment_count",
    "scanned",
    "sort_key",
    "starts_with",
]

# (table, column) → its FTS5 table on SQLite; the same names as migration 0010.
TRIGRAM = {
    ("certificate", "search_text"): "certificate_search",
    ("producer", "name_search"): "producer_search",
    ("product", "name_search"): "product_search",
}
SHORTEST = 3  # a trigram index cannot find fewer characters


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


class _trigram_contains(FunctionElement[bool]):
    """The column contains the fragment, found through its trigram index. Its arguments: the
    column, the FTS5 phrase (SQLite) and the LIKE pattern (PostgreSQL); each dialect uses one."""

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition already: no "= 1" after it on SQLite


@compiles(_trigram_contains)
def _fts_match(element: _trigram_contains, compiler: Any, **kw: Any) -> str:
    column, phrase, _pattern = element.clauses
    fts = TRIGRAM[(_table_name(column) or "", column.name)]
    rows: Any = (
        select(literal_column("rowid"))
        .select_from(table(fts))
        .where(literal_column(fts).op("MATCH")(phrase))
    )
    return str(compiler.process(column.table.c.id.in_(rows), **kw))


@compiles(_trigram_contains, "postgresql")
def _like(element: _trigram_contains, compiler: Any, **kw: Any) -> str:
    column, _phrase, pattern = element.clauses
    return str(compiler.process(column.like(pattern, escape="\\"), **kw))


def _bound(value: str) -> BindParameter[str]:
    return bindparam(None, value, type_=String())


def _table_name(column: Any) -> str | None:
    """The name of the table a column belongs to, through an alias of it."""
    owner = getattr(column, "table", None)
    return getattr(getattr(owner, "element", owner), "name", None)


def scanned(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """The column contains the fragment, tested row by row (no index): cheaper than the trigram
    index when the rows are read in an order that stops at a limit and matches are common."""
    return _position(column, fold(query)) > 0


def _phrase(key: str) -> str:
    """An FTS5 phrase of the text as it is: quotes doubled, nothing else special inside."""
    return '"' + key.replace('"', '""') + '"'


def contains(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    key = fold(query)
    element = column.__clause_element__()
    if len(key) >= SHORTEST and (_table_name(element), element.name) in TRIGRAM:
        phrase = _phrase(key)
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return _trigram_contains(element, _bound(phrase), _bound(f"%{escaped}%"))
    return _position(column, key) > 0


def fragment_count(session: Session, column: InstrumentedAttribute[str], query: str) -> int | None:
    """How many rows contain the fragment, counted in the trigram index alone (SQLite: every row
    of the table has its entry, kept by triggers), without reading the rows; None where the index
    cannot answer (PostgreSQL, a short fragment, a column without one): count with `contains`."""
    key = fold(query)
    element = column.__clause_element__()
    fts = TRIGRAM.get((_table_name(element) or "", element.name))
    if fts is None or len(key) < SHORTEST or session.get_bind().dialect.name != "sqlite":
        return None
    found = session.execute(
        text(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH :q"), {"q": _phrase(key)}
    )
    return int(found.scalar_one())


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
