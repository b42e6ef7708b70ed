"""Loading the demo facts: administrative units, departments and plans as JSON files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"


@dataclass(frozen=True)
class DemoFacts:
    installation: str
    units: list[dict[str, Any]]
    departments: list[dict[str, Any]]
    plans: list[dict[str, Any]]
    folder: Path
    # the demo clerk's own decisions (clerk.json): departments given to indicators the documents leave open
    indicator_departments: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def source_text(self, plan: dict[str, Any]) -> str | None:
        name = plan.get("source")
        if not name:
            return None
        path = self.folder / "sources" / name
        return path.read_text(encoding="utf-8") if path.exists() else None


def load_facts(folder: Path = DEMO_DIR) -> DemoFacts:
    units = json.loads((folder / "units.json").read_text(encoding="utf-8"))
    departments = json.loads((folder / "departments.json").read_text(encoding="utf-8"))
    plans = [json.loads(path.read_text(encoding="utf-8")) for path in sorted((folder / "plans").glob("*.json"))]
    clerk_file = folder / "clerk.json"
    clerk = json.loads(clerk_file.read_text(encoding="utf-8")) if clerk_file.exists() else {}
    return DemoFacts(
        units["installation"], units["units"], departments, plans, folder, clerk.get("indicator_departments", {})
    )
