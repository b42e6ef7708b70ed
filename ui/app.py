"""Application-wide setup: names used by QSettings, the Chinese-capable font, logging and translators."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from ipdesk.i18n import LANGUAGES, SOURCE_LANGUAGE, install_translators

ORGANIZATION = "ipdesk"
APPLICATION = "ipdesk"
LANGUAGE_KEY = "language"  # the key ipdesk.i18n.preferred_language reads

# Named explicitly: with only Noto CJK installed and no family named, Qt picks its Japanese variant,
# whose glyphs for some hanzi differ from the simplified-Chinese forms. First match wins.
CJK_FONT_FAMILIES: tuple[str, ...] = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimSun",
)

log = logging.getLogger(__name__)
_active_language = SOURCE_LANGUAGE


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (or the existing one, as under pytest-qt) with names and fonts set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv))
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("ipdesk")
    apply_cjk_font(app)
    return app


def cjk_font(base: QFont | None = None) -> QFont:
    """``base`` (default: the application font) with the Chinese family list in front."""
    font = QFont(base) if base is not None else QGuiApplication.font()
    families = [f for f in font.families() if f not in CJK_FONT_FAMILIES]
    font.setFamilies([*CJK_FONT_FAMILIES, *families])
    return font


def apply_cjk_font(app: QApplication) -> None:
    app.setFont(cjk_font(app.font()))


def set_language(language: str, *, remember: bool = True) -> list[str]:
    """Install the translators for ``language`` (remembered for the next start unless ``remember`` is False).

    Qt then sends every widget a LanguageChange event, on which it retranslates itself.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    global _active_language
    if remember:
        QSettings(ORGANIZATION, APPLICATION).setValue(LANGUAGE_KEY, language)
    loaded = install_translators(language)
    _active_language = language
    return loaded


def active_language() -> str:
    """The language the translators were last installed for."""
    return _active_language


def configure_logging(folder: Path) -> Path | None:
    """Log to ``folder/ipdesk.log`` (rotated) and stderr; returns the log file, or None if it cannot be written."""
    root = logging.getLogger()
    if any(getattr(h, "_ipdesk", False) for h in root.handlers):
        return None
    root.setLevel(logging.INFO)
    stream = logging.StreamHandler()
    stream.setLevel(logging.WARNING)
    stream._ipdesk = True  # type: ignore[attr-defined]
    root.addHandler(stream)
    path = folder / "ipdesk.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        log.warning("cannot write the log file %s", path)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._ipdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
