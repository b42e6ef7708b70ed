"""Translation for core messages without depending on Qt widgets.

Core modules call :func:`translate` with a literal context and English source text, so that
``pyside6-lupdate`` extracts them into ``resources/translations/*.ts``. When PySide6 is importable the
text goes through ``QCoreApplication.translate`` (and so through any installed translator); otherwise
the English source is returned unchanged.

Answers are cached until the translators change (:func:`install_translators` clears the cache): a province's
overview builds thousands of explanations from a few dozen messages, and each call into Qt's translator cost
about 20 µs, more than the judging it explains.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[object] = []
_translated: dict[tuple[str, str, str | None, int], str] = {}
_generation = 0  # bumped when the translators change: an answer asked for under an older one is not kept
_cache_lock = threading.Lock()


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    key = (context, source, disambiguation, n)
    text = _translated.get(key)
    if text is None:
        asked_under = _generation
        text = _ask_qt(context, source, disambiguation, n)
        with _cache_lock:  # a worker may be asking while the GUI thread switches the language
            if asked_under == _generation:
                _translated[key] = text
    return text


def _forget_translations() -> None:
    global _generation
    with _cache_lock:
        _generation += 1
        _translated.clear()


def _ask_qt(context: str, source: str, disambiguation: str | None, n: int) -> str:
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency, but the core must not need it
        return source
    return QCoreApplication.translate(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction; translate later with ``translate(context, source)``."""
    del context
    return source


def preferred_language() -> str:
    """The language chosen in settings, ``IPDESK_LANG`` overriding; Chinese by default."""
    env = os.environ.get("IPDESK_LANG")
    if env:
        return env if env in LANGUAGES else DEFAULT_LANGUAGE
    from PySide6.QtCore import QSettings

    value = QSettings("ipdesk", "ipdesk").value("language", DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def install_translators(language: str) -> list[str]:
    """Install ipdesk's and Qt's own translators for ``language``; returns the files loaded.

    Removes any translators installed earlier, so switching language at run time works. Needs a
    QCoreApplication (or QApplication) instance.
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    _forget_translations()
    loaded: list[str] = []
    try:
        for old in _installed:
            QCoreApplication.removeTranslator(old)  # type: ignore[arg-type]
        _installed.clear()
        if language == SOURCE_LANGUAGE:
            return loaded
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(TRANSLATIONS_DIR, f"ipdesk_{language}"), (Path(qt_dir), f"qtbase_{language}")]
        for folder, name in candidates:
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
        return loaded
    finally:
        _forget_translations()  # and again once the new ones are in: what was asked meanwhile is asked again
