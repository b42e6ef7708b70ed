"""The domain exception tree. Every message is written for a clerk: what is wrong and what to do.

Messages are translated when the exception is created (English source, Chinese via Qt Linguist).
"""

from __future__ import annotations

from ipdesk.i18n import translate


class IpdeskError(Exception):
    """Base of every error ipdesk reports to a user. ``exit_code`` is used by the CLI."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(IpdeskError):
    """Input that breaks a rule; ``field`` names the offending input when there is one."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(IpdeskError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(
            translate(
                "Errors", '{what} "{key}" was not found; it may have been deleted. Refresh and try again.'
            ).format(what=what, key=key)
        )
        self.what = what
        self.key = key


class ConflictError(IpdeskError):
    """The change would duplicate or contradict data already stored."""


class LockedPeriodError(IpdeskError):
    def __init__(self, period: str) -> None:
        super().__init__(
            translate(
                "Errors", "Reporting period {period} is locked. Unlock it in the period settings to change its reports."
            ).format(period=period)
        )
        self.period = period


class Cancelled(IpdeskError):
    """The user cancelled a long operation; what it was doing was not written."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "Cancelled; nothing was changed."))


class InputFileError(IpdeskError):
    """A file the user chose cannot be read (wrong format, damaged, too large …)."""

    exit_code = 2


class StorageError(IpdeskError):
    """The database cannot be opened, migrated, backed up or restored."""

    exit_code = 3


class SchemaTooNewError(StorageError):
    def __init__(self, found: str, known: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "This database was written by a newer version of ipdesk (schema {found}, this program knows up to "
                "{known}). Install the newer ipdesk to open it; the file was not changed.",
            ).format(found=found, known=known)
        )
        self.found = found
        self.known = known


class MigrationError(StorageError):
    pass


class BackupError(StorageError):
    pass
