"""The core never pulls in Qt widgets, pyqtgraph or the ui package."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "ipdesk", "ipdesk.cli", "ipdesk.services", "ipdesk.storage.database", "ipdesk.storage.models",
    "ipdesk.demo", "ipdesk.domain.periods", "ipdesk.errors",
]


def test_core_imports_no_widgets_and_no_ui() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import ipdesk\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "for info in pkgutil.walk_packages(ipdesk.__path__, 'ipdesk.'):\n"
        "    if not info.name.endswith('__main__'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'pyqtgraph', 'ui.')) or m == 'ui')\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core loaded GUI modules: {result.stdout}"
