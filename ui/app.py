"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui import i18n, preferences

FONTS = i18n.ROOT / "resources" / "fonts"
KYRGYZ_LETTERS = "ҢңӨөҮү"


def prepare(app: QApplication, lang: str | None) -> None:
    """What the app and the screenshot command share: the shipped fonts, names, translations."""
    app.setApplicationName("Belgi")
    app.setApplicationDisplayName("Belgi")
    for font_file in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    metrics = QFontMetrics(app.font())
    if not all(metrics.inFont(letter) for letter in KYRGYZ_LETTERS):
        # The system's UI font lacks Ң Ө Ү: use the shipped one, so no letter shows as a box.
        app.setFont(QFont("DejaVu Sans", max(9, QFontInfo(app.font()).pointSize())))
    i18n.install(lang or preferences.language() or i18n.language_from_environment())


def run_app(db_url: str | None, lang: str | None) -> int:
    """`lang` given on the command line wins over the language chosen last time."""
    from ui.start.flow import StartFlow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare(app, lang)
    app.setQuitOnLastWindowClosed(False)  # logging out closes the window but not the app
    flow = StartFlow(db_url)
    flow.finished.connect(app.exit)
    flow.start()
    status = int(app.exec())
    # Quit may come while the register still opens behind the log-in: let that end first.
    QThreadPool.globalInstance().waitForDone()
    return status
