"""Writing finished documents to disk whole, or not at all.

`check_writable` is the one rule for a path Belgi writes a document to: a regular file (replaced
whole) or a new name, in a folder that exists and can be written. `write_document` checks the
path, renders, and writes the file atomically; every document a user asks for is written by it.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from certification.core.errors import InvalidInput

PRIVATE = 0o600  # certificates, label sheets, reports, exports: the office's own files
PUBLIC = 0o644  # the public register: read by a web server running as another user
PUBLIC_FOLDER = 0o755


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Refuse at once a path that cannot be written, before any work (or serial) is spent on it:
    a missing folder, or anything at the path that is not a regular file (a folder, a device
    such as /dev/full, a FIFO, a socket, a symbolic link)."""
    target = Path(path)
    folder = _folder(target)
    if not folder.is_dir():
        raise InvalidInput("document.folder_missing", folder=str(folder))
    _check_kind(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    os.close(fd)
    Path(tmp).unlink(missing_ok=True)
    return target


def check_folder(path: str | os.PathLike[str]) -> Path:
    """A folder to publish into: one that exists (a link to one too), or a new name that
    `make_folder` may create; anything else at the path is refused."""
    target = Path(path)
    if target.is_dir():
        check_writable(target / "index.html")
    else:
        check_writable(target)
    return target


def make_folder(path: str | os.PathLike[str]) -> Path:
    """The folder checked by `check_folder`, made readable by others when it is new."""
    target = check_folder(path)
    if not target.is_dir():
        try:
            target.mkdir()
            target.chmod(PUBLIC_FOLDER)
        except OSError as exc:
            raise InvalidInput(
                "document.write_failed", path=str(target), reason=exc.strerror
            ) from exc
    return target


def write_document(
    path: str | os.PathLike[str], render: Callable[[], bytes], *, public: bool = False
) -> Path:
    """Check the path, then render and write the document whole: nothing is rendered (nor
    signed) for a path that would be refused, and nothing is left when anything fails."""
    check_writable(path)
    return write_atomically(path, render(), public=public)


def write_atomically(path: str | os.PathLike[str], data: bytes, *, public: bool = False) -> Path:
    """Write beside `path` and rename into place, so a failure never leaves half a file."""
    return hand_over(write_beside(path, data, public=public), path)


def write_beside(path: str | os.PathLike[str], data: bytes, *, public: bool = False) -> Path:
    """The whole file written and synced beside `path` under a hidden name, not yet handed over
    (`hand_over` renames it into place); nothing is left when it fails. The file is readable by
    its owner only unless `public`."""
    target = Path(path)
    folder = _folder(target)
    if not folder.is_dir():
        raise InvalidInput("document.folder_missing", folder=str(folder))
    _check_kind(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), PUBLIC if public else PRIVATE)
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
    """Rename a file written by `write_beside` to its name, at once and whole (asked again just
    before: what stands at the path now must still be a regular file or nothing)."""
    target = Path(path)
    try:
        _check_kind(target)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    except InvalidInput:
        part.unlink(missing_ok=True)
        raise
    return target


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _check_kind(target: Path) -> None:
    """Only a regular file may be replaced; a name with nothing behind it may be created."""
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InvalidInput("document.write_failed", path=str(target), reason=exc.strerror) from exc
    if not stat.S_ISREG(found.st_mode):
        raise InvalidInput("document.not_a_file", path=str(target))
