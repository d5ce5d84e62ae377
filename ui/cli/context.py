"""What every command needs: the database, the acting user, output, and error reporting.

Loaded by every command, so it imports only what each of them uses; the rest (the users service,
the error messages) is imported where it is needed.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from certification.core.errors import DomainError, Forbidden, InvalidInput
from models.db import (
    RegisterUnavailable,
    is_busy,
    is_read_only,
    is_unreachable,
    make_engine,
    read_unit,
    session_factory,
    unit_of_work,
    upgrade,
)

if TYPE_CHECKING:
    from certification.users import UserInfo

EXIT_ERROR = 1
EXIT_BUSY = 75  # EX_TEMPFAIL: the same command may succeed when tried again


def unavailable_message(error: RegisterUnavailable) -> str:
    texts = {
        "missing": QCoreApplication.translate(
            "cli",
            "There is no register at {where}: check --db (a new register is made only by "
            "the first start of the app or by `demo`).",
        ),
        "scheme": QCoreApplication.translate(
            "cli", "Belgi keeps its register in SQLite or PostgreSQL, not in “{where}”."
        ),
        "url": QCoreApplication.translate("cli", "“{where}” is not a database address."),
        "read_only": QCoreApplication.translate(
            "cli", "The register at {where} can only be read here; nothing was changed."
        ),
        "old_schema": QCoreApplication.translate(
            "cli",
            "The register at {where} can only be read and needs an upgrade first: open it "
            "once where it can be written.",
        ),
    }
    return texts[error.reason].format(where=error.where)


def unreachable_message() -> str:
    return QCoreApplication.translate(
        "cli",
        "The register's server cannot be reached; nothing was changed. Try again when it is back.",
    )


def busy_message() -> str:
    return QCoreApplication.translate(
        "cli", "The register is busy with another user's work; try again in a moment."
    )


class CliError(Exception):
    """A translated message for the user, with the exit status to end with."""

    def __init__(self, message: str, status: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Context:
    def __init__(
        self, db_url: str | None, lang: str, out: TextIO | None = None, err: TextIO | None = None
    ) -> None:
        self.db_url = db_url
        self.lang = lang
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self._engine: Engine | None = None
        self.creates_register = False  # only `demo` may make a register where there is none
        self._factory: sessionmaker[Session] | None = None

    # Database ------------------------------------------------------------------------------

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.db_url, create=self.creates_register)
            upgrade(self._engine)
        return self._engine

    def factory(self) -> sessionmaker[Session]:
        if self._factory is None:
            self._factory = session_factory(self.engine())
        return self._factory

    @contextmanager
    def write(self) -> Iterator[Session]:
        with unit_of_work(self.factory()) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with read_unit(self.factory()) as session:
            yield session

    # The acting user --------------------------------------------------------------------------

    def actor(self, username: str | None) -> UserInfo:
        """The user a changing command acts as: `--user` or BELGI_USER, with a password from
        BELGI_PASSWORD or a prompt."""
        from certification import users

        username = username or os.environ.get("BELGI_USER")
        if not username:
            raise CliError(
                QCoreApplication.translate("cli", "Say who acts: --user NAME (or BELGI_USER).")
            )
        password = os.environ.get("BELGI_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise CliError(
                    QCoreApplication.translate(
                        "cli", "No password: type it at the prompt or set BELGI_PASSWORD."
                    )
                )
            password = getpass.getpass(
                QCoreApplication.translate("cli", "Password for {user}: ").format(user=username)
            )
        with self.write() as session:
            wait = users.login_wait(session, username)
            if wait:  # refused without looking at the password, so waiting is the only way on
                raise Forbidden("auth.wait", seconds=wait)
            attempt = users.login(session, username, password)
        return attempt.accepted()

    # Output -----------------------------------------------------------------------------------

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def say(self, message: str) -> None:
        """A refusal: one line on stderr, whatever the user's text that it repeats holds."""
        print(one_line(message), file=self.err)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=_json_default)
        self.out.write("\n")

    # Running ----------------------------------------------------------------------------------

    def run(self, command: Callable[[Any, Context], int], args: Any) -> int:
        self.creates_register = bool(getattr(args, "creates_register", False))
        try:
            return command(args, self)
        except RegisterUnavailable as error:
            self.say(unavailable_message(error))
            return EXIT_ERROR
        except DomainError as error:
            from ui.messages import message_for

            self.say(message_for(error))
            return EXIT_ERROR
        except CliError as error:
            self.say(error.message)
            return error.status
        except (DBAPIError, SQLAlchemyError) as error:
            if is_busy(error):
                self.say(busy_message())
                return EXIT_BUSY
            if is_unreachable(error):
                self.say(unreachable_message())
                return EXIT_BUSY
            if self._engine is not None and is_read_only(self._engine):
                where = (self._engine.url.database or "").removeprefix("file:")
                self.say(unavailable_message(RegisterUnavailable("read_only", where)))
                return EXIT_ERROR
            detail = str(getattr(error, "orig", None) or error).splitlines()[0]
            self.say(
                QCoreApplication.translate("cli", "The database cannot be used: {detail}").format(
                    detail=detail
                )
            )
            return EXIT_ERROR
        except OSError as error:
            self.say(
                QCoreApplication.translate("cli", "File error: {detail}").format(
                    detail=error.strerror or error
                )
            )
            return EXIT_ERROR
        finally:
            if self._engine is not None:
                self._engine.dispose()


def one_line(text: str) -> str:
    """`text` with line breaks and other invisible characters (which a user's argument may hold)
    written as escapes, so a message stays one line and shows what was typed."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text.strip()
    )


def parse_date(text: str, field: str) -> date:
    """ISO 8601 (2026-11-26) or the office's dd.mm.yyyy (26.11.2026)."""
    value = text.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise InvalidInput("input.bad_date", field=field, value=text)


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    raise TypeError(type(value).__name__)


__all__ = ["CliError", "Context", "Forbidden", "parse_date"]
