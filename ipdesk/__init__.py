"""ipdesk core: domain, storage, parsing, Excel, analytics and reports. No Qt widgets here."""

__version__ = "0.1.0"
