"""Progress reporting and cancellation for long Excel work (run off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable

from ipdesk.errors import Cancelled

__all__ = ["Cancelled", "Progress", "report"]

Progress = Callable[[int, int], bool]
"""``progress(done, total) -> keep_going``; returning False cancels the operation."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far we are; raise :class:`Cancelled` when it asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
