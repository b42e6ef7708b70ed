"""Every message of the analytics, the reports and the report dialog has its intended Chinese listed.

``zh_CN_strings.json`` is what the translator fills the .ts file from
(``python tools/update_translations.py --fill tests/reports/zh_CN_strings.json``).
"""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ANALYTICS = [
    "charts",
    "indicators",
    "inputs",
    "numbers",
    "plausibility",
    "rag",
    "scorecards",
    "submissions",
    "tasks",
    "trajectory",
]
REPORTS = [
    "assessment_report",
    "chart_painting",
    "common",
    "data",
    "document",
    "fonts",
    "generate",
    "gui_app",
    "indicator_sheet",
    "kinds",
    "layout",
    "painting",
    "pdf",
    "pdf_text",
    "reminder_letters",
    "submission_sheet",
    "task_sheet",
    "xlsx",
]
SOURCES = [
    *(ROOT / "ipdesk" / "analytics" / f"{name}.py" for name in ANALYTICS),
    *(ROOT / "ipdesk" / "reports" / f"{name}.py" for name in REPORTS),
    ROOT / "ipdesk" / "cli" / "report_commands.py",
    ROOT / "ui" / "dialogs" / "report_dialogs.py",
]


def _lupdate() -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lupdate"
    if not bundled.exists():
        pytest.skip("lupdate is not bundled with this PySide6")
    return str(bundled)


def test_every_message_has_its_chinese(tmp_path: Path) -> None:
    ts = tmp_path / "mine.ts"
    files = [str(p) for p in SOURCES if p.exists()]
    subprocess.run([_lupdate(), "-silent", "-no-obsolete", *files, "-ts", str(ts)], check=True)
    listed = json.loads((Path(__file__).parent / "zh_CN_strings.json").read_text(encoding="utf-8"))
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if not listed.get(name, {}).get(source):
                missing.append(f"{name}: {source}")
    assert not missing, "add the Chinese for:\n" + "\n".join(missing)
