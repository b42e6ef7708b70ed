"""Loads that may take seconds on a big database run with a progress dialog the clerk can cancel; a cancelled
load leaves the page marked stale, so it loads again the next time it is shown."""

from __future__ import annotations

from typing import Any

from ui.operations import Work
from ui.pages.base import Page


def reload_cancellable(page: Page, work: Work[Any], label: str) -> None:
    page._stale = False
    delivered: list[bool] = []

    def loaded(data: Any) -> None:
        delivered.append(True)
        page._loaded(data)

    def finished() -> None:
        if not delivered:
            page._stale = True

    operation = page.ctx.operations.run(work, parent=page, label=label, on_success=loaded, cancellable=True)
    operation.finished.connect(finished)
