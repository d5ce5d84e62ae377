"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_app(db_url: str | None, lang: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Belgi")
    window.setCentralWidget(QLabel("Belgi"))
    window.resize(1280, 720)
    window.show()
    return int(app.exec())
