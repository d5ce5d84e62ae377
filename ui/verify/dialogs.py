"""Opening a complaint from a failed or suspicious check, prefilled with what was checked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from certification.codes.service import VerificationResult
from ui.formats import format_date
from ui.messages.values import spoilage_text
from ui.messages.verify import flag_text, outcome_title, reason_text
from ui.operations.verify import open_complaint
from ui.tasks import Tasks
from ui.verify.lines import local_time
from ui.widgets.forms import FormDialog
from ui.workspace import Workspace


def what_was_checked(r: VerificationResult) -> str:
    """The check in a few lines, as the complaint starts (the clerk adds what the buyer said)."""
    lines = [f"{outcome_title(r.outcome.value)}: {reason_text(r.reason)}"]
    lines += [flag_text(f) for f in r.flags]
    spoiled = spoilage_text(r.spoiled_as) if r.spoiled_as else None
    facts = [
        (QCoreApplication.translate("verifydesk", "Certificate"), r.certificate),
        (QCoreApplication.translate("verifydesk", "Product"), r.product),
        (QCoreApplication.translate("verifydesk", "Producer"), r.producer),
        (QCoreApplication.translate("verifydesk", "Lot"), r.lot),
        (QCoreApplication.translate("verifydesk", "Serial"), r.serial),
        (QCoreApplication.translate("verifydesk", "Recorded as spoiled"), spoiled),
        (QCoreApplication.translate("verifydesk", "Valid until"), format_date(r.valid_until)),
        (QCoreApplication.translate("verifydesk", "Checked"), local_time(r.checked_at)),
        (QCoreApplication.translate("verifydesk", "Place"), r.place),
    ]
    lines += [f"{name}: {value}" for name, value in facts if value]
    if not r.genuine and r.text:
        code = QCoreApplication.translate("verifydesk", "Code")
        lines.append(f"{code}: {r.text[:120]}")
    return "\n".join(lines)


class ComplaintDialog(FormDialog):
    """What was checked (kept with the complaint) and what the person reports.
    Signals: `opened(ComplaintInfo)`."""

    opened = Signal(object)

    def __init__(
        self, parent: QWidget, workspace: Workspace, tasks: Tasks, result: VerificationResult
    ) -> None:
        super().__init__(parent, workspace, tasks, "complaintDialog")
        assert result.check_id is not None
        self.check_id = result.check_id
        self.outcome = QLabel(self)
        self.outcome.setObjectName("checkedOutcome")
        self.outcome.setStyleSheet("font-weight: bold;")
        self.outcome.setWordWrap(True)
        self.checked = result
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setPlainText(what_was_checked(result) + "\n\n")
        self.description.setMinimumHeight(220)
        self.add_row("outcome", self.outcome)
        self.add_row("description", self.messages.under("description", self.description))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(560)
        cursor = self.description.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.description.setTextCursor(cursor)
        self.description.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a complaint"))
        self.name_rows({"outcome": self.tr("Check"), "description": self.tr("Complaint")})
        self.outcome.setText(outcome_title(self.checked.outcome.value))
        super().retranslate()

    def submit(self) -> None:
        check_id, text, user = self.check_id, self.description.toPlainText(), self.workspace.user
        self.write(lambda db: open_complaint(db, check_id, text, user.username), self.opened.emit)
