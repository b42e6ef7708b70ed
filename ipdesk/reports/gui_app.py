"""The QGuiApplication that font metrics and PDF writing need, for the CLI and scripts without a GUI.

Only QtGui is used: fonts and QPainter need a QGuiApplication, widgets are never loaded here.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from ipdesk.errors import IpdeskError
from ipdesk.i18n import translate

_app: QGuiApplication | None = None  # kept alive for the life of the process


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication (a QApplication counts), creating a headless one when there is none.

    On Linux the ``offscreen`` platform is used unless ``QT_QPA_PLATFORM`` says otherwise, so batch printing
    works without a display. Windows and macOS keep their native platform: their offscreen plugin sees no
    system fonts, and every hanzi would print as a box.
    """
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise IpdeskError(
                translate(
                    "Errors", "Printing needs the graphical part of Qt, but a console-only Qt application is running."
                )
            )
        return existing
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(sys.argv[:1] or ["ipdesk"])
    return _app
