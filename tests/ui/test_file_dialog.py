"""Qt's own file dialog speaks the app's language and writes dates as the office does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from ui import i18n
from ui.widgets.files import MODIFIED, file_dialog

LATIN = re.compile(r"[A-Za-z]{2,}")


def _dialog(qtbot: QtBot, folder: Path) -> QFileDialog:
    (folder / "inside").mkdir()
    (folder / "register.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = file_dialog(None, "—", str(folder))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(["PDF (*.pdf)"])
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_file_dialog_has_no_english_label(
    app: QApplication, qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    i18n.install(lang)
    dialog = _dialog(qtbot, tmp_path)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for button in dialog.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    files = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
    header = files.model()
    texts += [
        str(header.headerData(c, Qt.Orientation.Horizontal)) for c in range(header.columnCount())
    ]
    english = [t for t in texts if LATIN.search(t.replace("&", ""))]
    assert not english
    menu = dialog.findChild(QLineEdit).createStandardContextMenu()  # the edit menu too
    words = [a.text().split("\t")[0].replace("&", "") for a in menu.actions()]  # less Ctrl+C
    assert not [w for w in words if LATIN.search(w)]


def test_the_file_dialog_writes_dates_as_the_office_does(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    i18n.install("ky")
    dialog = _dialog(qtbot, tmp_path)
    files = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
    model = files.model()
    qtbot.waitUntil(lambda: model.rowCount(files.rootIndex()) == 2)
    shown = {
        model.index(row, 0, files.rootIndex()).data(): model.index(
            row, MODIFIED, files.rootIndex()
        ).data()
        for row in range(2)
    }
    assert set(shown) == {"inside", "register.pdf"}
    for when in shown.values():
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when), when
    kind = {model.index(r, 0, files.rootIndex()).data(): r for r in range(2)}["inside"]
    assert model.index(kind, 2, files.rootIndex()).data() == "Папка"
