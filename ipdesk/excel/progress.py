"""Progress reporting and cancellation for long Excel work (run off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable

from ipdesk.errors import IpdeskError
from ipdesk.i18n import translate

Progress = Callable[[int, int], bool]
"""``progress(done, total) -> keep_going``; returning False cancels the operation."""


class Cancelled(IpdeskError):
    """The user cancelled a long operation; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Excel", "Cancelled; nothing was changed."))


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far we are; raise :class:`Cancelled` when it asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
