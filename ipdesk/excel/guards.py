"""Hostile-file guards: decide a file's format from its bytes and enforce caps before any parser runs.

Nothing here trusts the file name. Caps are checked on cheap structures first (file size, the zip's
end-of-central-directory record, declared member sizes), so a zip bomb is refused before a byte is
inflated. Problems are raised as :class:`UnreadableFile` with a code; :func:`file_error` turns the code
into the clerk's one-line message in the *calling* process (the sandbox child has no translator).
"""

from __future__ import annotations

import os
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ipdesk.errors import InputFileError
from ipdesk.excel import cfb
from ipdesk.i18n import translate


@dataclass(frozen=True)
class Limits:
    """Caps for one file. The defaults are far above any real 分工表 or form (those stay below 5 MB)."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_zip_members: int = 2_000
    max_uncompressed_bytes: int = 300 * 1024 * 1024
    max_member_bytes: int = 200 * 1024 * 1024
    max_cells: int = 2_000_000
    timeout_seconds: float = 60.0
    memory_bytes: int = 1536 * 1024 * 1024


DEFAULT_LIMITS = Limits()

# Formats we read, decided from bytes.
XLSX = "xlsx"
XLSB = "xlsb"
XLS = "xls"  # BIFF in a compound file: Excel 97–2003 and WPS .et
ODS = "ods"
READABLE = (XLSX, XLSB, XLS, ODS)


class UnreadableFile(Exception):
    """Raised by guards and readers with a problem ``code`` (see :data:`CODES`) and an optional detail."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


CODES = (
    "missing",
    "empty",
    "too_large",
    "not_excel",
    "encrypted",
    "damaged",
    "zip_bomb",
    "xml_entities",
    "too_many_cells",
    "timeout",
    "crashed",
    "no_sheets",
)


def file_error(code: str, detail: str = "", *, name: str = "") -> InputFileError:
    """The clerk's one-line message for a problem ``code`` (translated here, in the calling process)."""
    messages = {
        "missing": translate("Excel", "The file does not exist or cannot be opened."),
        "empty": translate("Excel", "The file is empty (0 bytes); ask the sender for the file again."),
        "too_large": translate("Excel", "The file is too large to be a form or table ({detail}); it was not read."),
        "not_excel": translate(
            "Excel", "This is not an Excel or WPS spreadsheet ({detail}); open it and save as .xlsx."
        ),
        "encrypted": translate(
            "Excel", "The file is protected with a password to open; ask the sender for an unprotected copy."
        ),
        "damaged": translate(
            "Excel", "The file is damaged or incomplete ({detail}); ask the sender to save it again and resend it."
        ),
        "zip_bomb": translate("Excel", "The file unpacks to an unreasonable size ({detail}); it was refused."),
        "xml_entities": translate(
            "Excel", "The file contains XML entity declarations, which spreadsheets never need; it was refused."
        ),
        "too_many_cells": translate("Excel", "The file has too many filled cells ({detail}); it was not read."),
        "timeout": translate("Excel", "Reading the file took too long ({detail}); it was stopped."),
        "crashed": translate(
            "Excel", "Reading the file needed too much memory or failed ({detail}); it was stopped safely."
        ),
        "no_sheets": translate("Excel", "The workbook has no worksheets."),
    }
    message = messages.get(code, translate("Excel", "The file cannot be read ({detail})."))
    text = message.replace("{detail}", detail or code)
    return InputFileError(f"{name}: {text}" if name else text)


# -- sniffing ----------------------------------------------------------------------------------------

_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"{\\rtf", "RTF document"),
)


def _describe_text(head: bytes) -> str:
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or b"<html" in lowered[:512]:
        return "web page (HTML)"
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "Excel 2003 XML"
    if lowered.startswith(b"<?xml"):
        return "XML"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            head.decode("gb18030")
        except UnicodeDecodeError:
            return "unknown binary data"
    return "text or CSV"


def _zip_entry_count(path: Path, size: int) -> int:
    """Members declared by the end-of-central-directory record, read without parsing the directory."""
    with path.open("rb") as handle:
        tail_size = min(size, 65_557)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    position = tail.rfind(b"PK\x05\x06")
    if position < 0 or position + 22 > len(tail):
        raise UnreadableFile("damaged", "zip directory missing")
    entries = struct.unpack_from("<H", tail, position + 10)[0]
    if entries == 0xFFFF:  # zip64: the real count is in the zip64 record
        locator = tail.rfind(b"PK\x06\x07", 0, position)
        if locator >= 0:
            offset = struct.unpack_from("<Q", tail, locator + 8)[0]
            with path.open("rb") as handle:
                handle.seek(offset)
                record = handle.read(56)
            if record.startswith(b"PK\x06\x06") and len(record) >= 40:
                return int(struct.unpack_from("<Q", record, 32)[0])
    return int(entries)


def _zip_format(path: Path, size: int, limits: Limits) -> str:
    entries = _zip_entry_count(path, size)
    if entries > limits.max_zip_members:
        raise UnreadableFile("zip_bomb", f"{entries} parts")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_zip_members:
                raise UnreadableFile("zip_bomb", f"{len(infos)} parts")
            total = 0
            for info in infos:
                if info.file_size > limits.max_member_bytes:
                    raise UnreadableFile("zip_bomb", f"{info.filename}: {info.file_size:,} bytes")
                total += info.file_size
            if total > limits.max_uncompressed_bytes:
                raise UnreadableFile("zip_bomb", f"{total:,} bytes")
            if any(info.flag_bits & 0x1 for info in infos):
                raise UnreadableFile("encrypted")
            names = {info.filename for info in infos}
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mimetype:
                    return ODS
                raise UnreadableFile("not_excel", mimetype.decode("ascii", "replace"))
    except zipfile.BadZipFile as exc:
        raise UnreadableFile("damaged", str(exc)) from exc
    except (OSError, EOFError, NotImplementedError) as exc:
        raise UnreadableFile("damaged", str(exc)) from exc
    lowered = {n.lower() for n in names}
    if any(n.endswith("workbook.bin") for n in lowered):
        return XLSB
    if any(n.startswith("xl/") for n in lowered) or any(n.endswith("workbook.xml") for n in lowered):
        return XLSX
    if any(n.startswith("word/") for n in lowered):
        raise UnreadableFile("not_excel", "Word document")
    if any(n.startswith("ppt/") for n in lowered):
        raise UnreadableFile("not_excel", "PowerPoint file")
    raise UnreadableFile("not_excel", "zip archive")


def _compound_format(path: Path) -> str:
    data = path.read_bytes()
    try:
        names = {n.lower() for n in cfb.stream_names(data)}
    except cfb.CompoundFileError as exc:
        raise UnreadableFile("damaged", str(exc)) from exc
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise UnreadableFile("encrypted")
    if "workbook" in names or "book" in names:
        return XLS
    if "worddocument" in names:
        raise UnreadableFile("not_excel", "Word 97–2003 document")
    raise UnreadableFile("not_excel", "compound document without a workbook")


def sniff(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> str:
    """The format of ``path`` decided from its bytes (one of :data:`READABLE`), or UnreadableFile."""
    file = Path(path)
    try:
        if not file.is_file():
            raise UnreadableFile("missing")
        size = file.stat().st_size
        if size == 0:
            raise UnreadableFile("empty")
        if size > limits.max_file_bytes:
            raise UnreadableFile("too_large", f"{size:,} bytes")
        with file.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise UnreadableFile("missing", exc.strerror or "") from exc
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(file, size, limits)
    if head.startswith(cfb.MAGIC):
        return _compound_format(file)
    if head.startswith(b"PK"):
        raise UnreadableFile("damaged", "zip header")
    for signature, kind in _OTHER_SIGNATURES:
        if head.startswith(signature):
            raise UnreadableFile("not_excel", kind)
    raise UnreadableFile("not_excel", _describe_text(head))
