"""Dialogs of the certificates page: an action with its reason, a re-issue for another scope, the
passphrase that signs a certificate's code for its PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from certification.certificate_register import CertificateDetail
from ui.formats import sorted_by_name
from ui.operations.certificates import act, certificate_pdf, reissue
from ui.tasks import Tasks
from ui.widgets.forms import FormDialog
from ui.workspace import Workspace


class ReasonDialog(FormDialog):
    """Suspend, restore, withdraw, or start the renewal, with the reason on record.
    Signals: `acted(str)` with the number to show next."""

    acted = Signal(str)

    def __init__(
        self, parent: QWidget, workspace: Workspace, tasks: Tasks, number: str, action: str
    ) -> None:
        super().__init__(parent, workspace, tasks, f"{action}Dialog")
        self.number, self.action = number, action
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("heading")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.form.addRow(self.heading)
        self.add_row("reason", self.messages.under("reason", self.reason))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def retranslate(self) -> None:
        titles = {
            "suspend": self.tr("Suspend certificate {number}"),
            "restore": self.tr("Restore certificate {number}"),
            "withdraw": self.tr("Withdraw certificate {number}"),
            "renew": self.tr("Renew certificate {number}"),
        }
        headings = {
            "suspend": self.tr(
                "Its labels verify as suspended until the committee restores it. "
                "Record the committee's reason."
            ),
            "restore": self.tr("Its labels verify as valid again. Record the committee's reason."),
            "withdraw": self.tr(
                "Withdrawal is final: the certificate cannot be restored or renewed. "
                "Record the committee's reason."
            ),
            "renew": self.tr(
                "A renewal inspection is started for it; the committee grants the renewal "
                "in a session. Say why it is renewed."
            ),
        }
        self.setWindowTitle(titles[self.action].format(number=self.number))
        self.heading.setText(headings[self.action])
        self.name_rows({"reason": self.tr("Reason")})
        super().retranslate()

    def submit(self) -> None:
        actor, number, action = self.workspace.user, self.number, self.action
        reason = self.reason.toPlainText()
        self.write(lambda s: act(s, actor, number, action, reason), self.acted.emit)


class ReissueDialog(FormDialog):
    """A new certificate for another list of the producer's products, until the same date.
    Signals: `acted(str)` with the new number."""

    acted = Signal(str)

    def __init__(
        self, parent: QWidget, workspace: Workspace, tasks: Tasks, detail: CertificateDetail
    ) -> None:
        super().__init__(parent, workspace, tasks, "reissueDialog")
        self.number = detail.info.number
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.products = QListWidget(self)
        self.products.setObjectName("products")
        in_scope = set(detail.info.product_ids)
        for product_id, name in sorted_by_name(detail.scope_choices, lambda c: c[1]):
            item = QListWidgetItem(name, self.products)
            item.setData(Qt.ItemDataRole.UserRole, product_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = product_id in in_scope
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.products.setFixedHeight(min(160, 26 * max(2, len(detail.scope_choices)) + 6))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.form.addRow(self.heading)
        self.add_row("products", self.messages.under("products", self.products))
        self.add_row("reason", self.messages.under("reason", self.reason))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(520)

    def chosen(self) -> list[int]:
        items = [self.products.item(n) for n in range(self.products.count())]
        return [
            int(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, product_ids: list[int]) -> None:
        for n in range(self.products.count()):
            item = self.products.item(n)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in product_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Re-issue certificate {number}").format(number=self.number))
        self.heading.setText(
            self.tr(
                "A new number covers the products ticked, until the same date; "
                "certificate {number} is replaced."
            ).format(number=self.number)
        )
        self.name_rows({"products": self.tr("Products in scope"), "reason": self.tr("Reason")})
        super().retranslate()

    def submit(self) -> None:
        actor, number, chosen = self.workspace.user, self.number, self.chosen()
        reason = self.reason.text()
        self.write(lambda s: reissue(s, actor, number, chosen, reason), self.acted.emit)


class PdfDialog(FormDialog):
    """The passphrase of the signing key, for the code on the certificate's PDF (signed now,
    nothing stored). Signals: `made(bytes)`."""

    made = Signal(bytes)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks, number: str) -> None:
        super().__init__(parent, workspace, tasks, "pdfDialog")
        self.number = number
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.heading)
        self.add_row("passphrase", self.messages.under("passphrase", self.passphrase))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(480)
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificate {number} as PDF").format(number=self.number))
        self.heading.setText(
            self.tr(
                "The certificate's own QR code is signed now with the committee's key; "
                "the key locks again when the PDF is made."
            )
        )
        self.name_rows({"passphrase": self.tr("Passphrase of the signing key")})
        super().retranslate()

    def submit(self) -> None:
        number, passphrase = self.number, self.passphrase.text()
        self.read(lambda s: certificate_pdf(s, number, passphrase), self.made.emit)
