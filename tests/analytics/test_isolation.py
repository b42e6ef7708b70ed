"""The analytics are plain Python: importing them loads no Qt module at all."""

from __future__ import annotations

import subprocess
import sys


def test_analytics_import_no_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, ipdesk.analytics as a\n"
        "for info in pkgutil.walk_packages(a.__path__, 'ipdesk.analytics.'): importlib.import_module(info.name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'ui')))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
