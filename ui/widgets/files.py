"""The file dialog every page opens: Qt's own, in the app's language, with dates as the office
writes them (dd.MM.yyyy HH:mm) rather than in the system's format («2 12 2026»)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget
from typing_extensions import override

from ui.formats import DATE_FORMAT

MODIFIED = 3  # QFileSystemModel's column of the time a file was last changed


class FileDatesModel(QIdentityProxyModel):
    """QFileSystemModel as it is, but "Date Modified" written dd.MM.yyyy HH:mm (Qt writes it in
    the system locale's short format, which for Kyrgyz or a plain C locale reads «2/12/26»)."""

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if (
            index.column() == MODIFIED
            and role == Qt.ItemDataRole.DisplayRole
            and isinstance(source, QFileSystemModel)
        ):
            when = source.lastModified(self.mapToSource(index))
            return when.toString(f"{DATE_FORMAT} HH:mm") if when.isValid() else ""
        return super().data(index, role)


def file_dialog(parent: QWidget | None, title: str, folder: str = "") -> QFileDialog:
    """A QFileDialog whose file list shows dates as dd.MM.yyyy HH:mm."""
    dialog = QFileDialog(parent, title, folder)
    dialog.setProxyModel(FileDatesModel(dialog))
    return dialog
