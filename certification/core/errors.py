"""The one domain error. `ui/` turns `code` + `fields` into a translated message."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the office was broken or an input was not acceptable; nothing was written.

    `code` is a stable dotted name (e.g. ``certificate.not_found``); `fields` fill the
    placeholders of the translated message.
    """

    def __init__(self, code: str, /, **fields: Any) -> None:
        super().__init__(code, fields)
        self.code = code
        self.fields = fields

    def __str__(self) -> str:
        if not self.fields:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.fields.items()))
        return f"{self.code} ({inner})"


class NotFound(DomainError):
    """Something named by the user does not exist."""


class Forbidden(DomainError):
    """The user lacks the role, or a rule of impartiality forbids the act."""


class InvalidInput(DomainError):
    """A typed or imported value is malformed; `fields['field']` names the field if there is one."""


class RuleViolation(DomainError):
    """The act is not allowed in the current state (lifecycle, frozen standard, quorum …)."""


class Problems(InvalidInput):
    """Several fields refused at once, so a form can show every problem after one Save. The
    first problem is also this error's own code and fields, for a caller that shows one."""

    def __init__(self, problems: list[InvalidInput]) -> None:
        super().__init__(problems[0].code, **problems[0].fields)
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "; ".join(str(problem) for problem in self.problems)


def refuse_all(problems: list[InvalidInput]) -> None:
    """Raise the one problem found, every problem found, or nothing."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise Problems(problems)
