"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui import i18n, preferences

FONTS = i18n.ROOT / "resources" / "fonts"
KYRGYZ_LETTERS = "ҢңӨөҮү"


# How long a busy worker keeps Python's lock while the window's thread waits for it (Python's
# default is 5 ms). Every slot and every call from Qt into Python (a table's rowCount and data,
# a paint) waits for the lock, so a table redrawn beside a label job waited up to 5 ms a call
# and the window stood still for 0.2–0.4 s; at 0.2 ms (and with jobs held behind running reads,
# ui/tasks.py) it stood 22–67 ms, the job no slower (docs/benchmarks.md). A thread running alone
# never hands the lock over.
SWITCH_SECONDS = 0.0002


def prepare(app: QApplication, lang: str | None) -> None:
    """What the app and the screenshot command share: the shipped fonts, names, translations,
    and the window's quick turn at Python's lock."""
    app.setApplicationName("Belgi")
    app.setApplicationDisplayName("Belgi")
    for font_file in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    metrics = QFontMetrics(app.font())
    if not all(metrics.inFont(letter) for letter in KYRGYZ_LETTERS):
        # The system's UI font lacks Ң Ө Ү: use the shipped one, so no letter shows as a box.
        app.setFont(QFont("DejaVu Sans", max(9, QFontInfo(app.font()).pointSize())))
    i18n.install(lang or preferences.language() or i18n.language_from_environment())
    sys.setswitchinterval(SWITCH_SECONDS)


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
