"""Writing finished documents to disk whole, or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from certification.core.errors import InvalidInput


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Refuse at once a path that cannot be written, before any work (or serial) is spent on it."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput("document.folder_missing", folder=str(folder))
    if target.is_dir():
        raise InvalidInput("document.write_failed", path=str(target), reason=os.strerror(21))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    os.close(fd)
    Path(tmp).unlink(missing_ok=True)
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write beside `path` and rename into place, so a failure never leaves half a file."""
    return hand_over(write_beside(path, data), path)


def write_beside(path: str | os.PathLike[str], data: bytes) -> Path:
    """The whole file written and synced beside `path` under a hidden name, not yet handed over
    (`hand_over` renames it into place); nothing is left when it fails."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput("document.folder_missing", folder=str(folder))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def hand_over(part: Path, path: str | os.PathLike[str]) -> Path:
    """Rename a file written by `write_beside` to its name, at once and whole."""
    target = Path(path)
    try:
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    return target
