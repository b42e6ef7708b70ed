"""Names of the streams in an OLE2 compound file (.xls, WPS .et, password-protected .xlsx).

Only the directory is read, with every chain walk bounded, so a damaged or hostile file costs at most
a few milliseconds. This tells an encrypted workbook (``EncryptedPackage``) from an old-style one
(``Workbook`` / ``Book``) and from a Word file that was renamed.
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_DIRECTORY_SECTORS = 4096


class CompoundFileError(ValueError):
    """The compound file's structure is broken (truncated or not a compound file)."""


def stream_names(data: bytes) -> list[str]:
    """The names of all directory entries (streams and storages) of the compound file ``data``."""
    if len(data) < 512 or not data.startswith(MAGIC):
        raise CompoundFileError("not a compound file")
    sector_shift = struct.unpack_from("<H", data, 30)[0]
    if sector_shift not in (9, 12):
        raise CompoundFileError("bad sector size")
    sector_size = 1 << sector_shift
    sector_count = max(0, (len(data) - sector_size) // sector_size)
    first_dir = struct.unpack_from("<I", data, 48)[0]
    difat_first, difat_count = struct.unpack_from("<II", data, 68)

    def sector(number: int) -> bytes:
        if number >= sector_count:
            raise CompoundFileError("sector out of range (truncated file?)")
        start = (number + 1) * sector_size
        return data[start : start + sector_size]

    fat_sectors = [n for n in struct.unpack_from("<109I", data, 76) if n not in (_FREE, _END_OF_CHAIN)]
    next_difat, seen = difat_first, 0
    while next_difat not in (_FREE, _END_OF_CHAIN) and seen < min(difat_count, sector_count):
        block = sector(next_difat)
        entries = struct.unpack(f"<{sector_size // 4}I", block)
        fat_sectors.extend(n for n in entries[:-1] if n not in (_FREE, _END_OF_CHAIN))
        next_difat, seen = entries[-1], seen + 1
    fat: list[int] = []
    for number in fat_sectors[: sector_count + 1]:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", sector(number)))

    names: list[str] = []
    current, steps = first_dir, 0
    while current not in (_END_OF_CHAIN, _FREE):
        steps += 1
        if steps > min(_MAX_DIRECTORY_SECTORS, sector_count + 1) or current >= len(fat):
            raise CompoundFileError("directory chain is broken")
        block = sector(current)
        for offset in range(0, sector_size, 128):
            entry = block[offset : offset + 128]
            length = struct.unpack_from("<H", entry, 64)[0]
            kind = entry[66]
            if kind in (1, 2, 5) and 2 <= length <= 64:
                names.append(entry[: length - 2].decode("utf-16-le", errors="replace"))
        current = fat[current]
    if not names:
        raise CompoundFileError("empty directory")
    return names
