"""The office clock: one "now" and one "today", both in Asia/Bishkek, for every service.

The committee works in Kyrgyzstan (UTC+6, no daylight saving), so a certificate issued at 01:00 in
Naryn is dated that day even though it is still yesterday in UTC. Everything that asks for today's
date or prints a time asks here, so the command line, the desk and the documents agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BISHKEK = ZoneInfo("Asia/Bishkek")


def now() -> datetime:
    """This moment, time-zone aware (UTC), as stored in the register."""
    return datetime.now(UTC)


def today(moment: datetime | None = None) -> date:
    """The office's date at `moment` (default: now)."""
    return local(moment or now()).date()


def local(moment: datetime) -> datetime:
    """A stored moment in the office's time, for what a person reads."""
    return moment.astimezone(BISHKEK)
