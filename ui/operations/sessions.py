"""What the sessions page reads and writes in one unit, beyond a single service call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from certification import sessions
from certification.sessions import AgendaItem, ConflictInfo, SessionInfo


@dataclass(frozen=True)
class SessionDesk:
    """Everything the right-hand side shows about one session."""

    session: SessionInfo
    agenda: list[AgendaItem]
    conflicts: list[ConflictInfo]


def desk(s: Session, session_id: int) -> SessionDesk:
    return SessionDesk(
        sessions.get_session(s, session_id),
        sessions.agenda(s, session_id),
        sessions.declarations(s),
    )


def print_certificate(session: Session, number: str, passphrase: str, path: str) -> Path:
    """Sign the certificate's code with the key unlocked for this one printing and write the
    PDF whole, or nothing (runs off the GUI thread)."""
    from certification import printing  # loads reportlab: only when a PDF is made
    from certification.codes import keys
    from certification.documents.output import write_document

    def render() -> bytes:
        signer = keys.unlock_signing_key(session, passphrase)
        return printing.certificate_pdf(session, number, signer)

    return write_document(path, render)
