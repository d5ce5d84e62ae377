"""Reading a file the user gives Belgi: a regular file of at most its importer's limit, and at
most that limit again once unpacked. A device (/dev/zero), a FIFO or a folder is refused without
being read, so no file argument can make Belgi wait forever or fill the memory."""

from __future__ import annotations

import os
import stat
import zlib

from certification.core.errors import InvalidInput

CHUNK = 1024 * 1024


def megabytes(limit: int) -> str:
    """A limit as the megabytes it was set in (binary, or decimal as in 20_000_000)."""
    if limit % 10**6 == 0:
        return str(limit // 10**6)
    return f"{limit / 2**20:.3g}"


def read_file(path: str | os.PathLike[str], limit: int, field: str = "file") -> bytes:
    """The bytes of the regular file at `path`, refused when there are more than `limit`."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InvalidInput("file.missing", field=field, path=str(path)) from None
    except OSError as error:
        raise InvalidInput(
            "file.unreadable", field=field, path=str(path), reason=error.strerror or str(error)
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InvalidInput("file.not_a_file", field=field, path=str(path))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise InvalidInput(
            "file.unreadable", field=field, path=str(path), reason=error.strerror or str(error)
        ) from None
    finally:
        os.close(fd)
    if size > limit:
        raise InvalidInput("file.too_large", field=field, path=str(path), limit=megabytes(limit))
    return b"".join(chunks)


def gunzip(data: bytes, limit: int, field: str = "file") -> bytes:
    """A gzip stream unpacked, refused as soon as it would unpack to more than `limit` bytes
    (a few megabytes of zeros can unpack to gigabytes). Raises `zlib.error` for a broken one."""
    out: list[bytes] = []
    size = 0
    rest = data
    while rest:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        while pending and not member.eof:
            piece = member.decompress(pending, limit + 1 - size)
            pending = member.unconsumed_tail
            out.append(piece)
            size += len(piece)
            if size > limit:
                raise InvalidInput("file.unpacks_too_large", field=field, limit=megabytes(limit))
        if not member.eof:
            raise zlib.error("the gzip stream ends early")
        rest = member.unused_data
    return b"".join(out)
