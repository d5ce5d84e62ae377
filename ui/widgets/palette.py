"""The colours of the app, by what they mean. Colour never speaks alone: each use has words or
an icon beside it, for colour-blind users."""

from __future__ import annotations

from PySide6.QtGui import QColor

ERROR = "#b00020"  # refusals and problems
BAD = ERROR  # a result that does not pass
GOOD = "#1b7f3b"  # passes, in force
WARNING = "#a65f00"  # genuine but not in force, or something to look into
MUTED = "#6b6b6b"  # hints, things not applicable
STARS = "#c58b00"
ACCENT = "#1f5fa8"  # the header and the chosen page
ACTION = "#2a6fdb"  # an answer button that is chosen
RULE = "#dddddd"  # thin separators
NAVIGATION = "#f1f3f5"
NAVIGATION_BORDER = "#d0d4d8"


def colour(name: str) -> QColor:
    return QColor(name)


def text_style(name: str) -> str:
    """A style sheet that colours a label's text."""
    return f"color: {name};"
