"""The shell reaches data only through services, and the core never imports the shell."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def imports(folder: Path) -> dict[str, set[str]]:
    return {
        str(path.relative_to(ROOT)): set(IMPORT.findall(path.read_text(encoding="utf-8")))
        for path in folder.rglob("*.py")
    }


def test_ui_uses_services_not_sessions_or_orm() -> None:
    for path, names in imports(ROOT / "ui").items():
        bad = {n for n in names if n.startswith(("sqlalchemy", "ipdesk.storage.models", "ipdesk.storage.engine"))}
        assert not bad, f"{path} imports {bad}"


def test_core_does_not_import_the_shell() -> None:
    for path, names in imports(ROOT / "ipdesk").items():
        bad = {n for n in names if n == "ui" or n.startswith(("ui.", "PySide6.QtWidgets"))}
        assert not bad, f"{path} imports {bad}"


def test_chinese_text_uses_a_simplified_chinese_font(qapp: QApplication) -> None:
    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("Noto Sans CJK SC is not installed")
    assert QFontInfo(qapp.font()).family() == "Noto Sans CJK SC"
