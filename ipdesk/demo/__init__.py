"""The built-in demo database, derived from the sample plans (facts in resources/demo/).

``DEMO_SETTING`` lives here, not in the builder, so that the window can recognise a demo database at
start-up without importing the builder; ``build_demo`` and ``DemoSummary`` load it on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

DEMO_SETTING = "demo_database"  # present in the settings table of a database built by build_demo

if TYPE_CHECKING:
    from ipdesk.demo.builder import DemoSummary, build_demo

__all__ = ["DEMO_SETTING", "DemoSummary", "build_demo"]


def __getattr__(name: str) -> Any:
    if name in ("DemoSummary", "build_demo"):
        from ipdesk.demo import builder

        return getattr(builder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
