"""Workbooks built inside the tests: every layout variation and every hostile file is made here."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet


def save(path: Path, build: Callable[[Worksheet], None], *, title: str = "Sheet1") -> Path:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = title
    build(ws)
    workbook.save(path)
    return path


def two_row_header_table(ws: Worksheet) -> None:
    """Title, a two-row header (责任单位 over 牵头单位/配合单位), merged category row, 合计 and a note."""
    ws.append(["某市知识产权强市建设任务分工表"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "重点任务", "具体措施", "责任单位", None, "完成时限"])
    ws.append([None, None, None, "牵头单位", "配合单位", None])
    for ref in ("D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3"):
        ws.merge_cells(ref)
    ws.append(["一、强化创造"])
    ws.merge_cells("A4:F4")
    ws.append([1, "实施专利导航", "措施1", "市市场监管局", "市科技局、市财政局", "2024年12月底前"])
    ws.append([2, "建设保护中心", "措施2", "市市场监管局（牵头）", "市公安局\n市检察院", "2024.10"])
    ws.append([None, None, "措施2b", "市法院", None, "持续推进"])
    ws.append(["合计"])
    ws.append(["注：列第一位的为牵头单位"])


def minimal_xlsx(path: Path) -> Path:
    return save(path, lambda ws: ws.append(["序号", "重点任务", "牵头单位"]))


def replace_member(
    source: Path, target: Path, member: str, data: bytes, *, extra: dict[str, bytes] | None = None
) -> Path:
    """Copy the zip ``source`` to ``target`` with ``member`` replaced (and ``extra`` members added)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, data if item.filename == member else old.read(item.filename))
        for name, content in (extra or {}).items():
            new.writestr(name, content)
    return target


def compound_file(path: Path, streams: dict[str, bytes]) -> Path:
    """A minimal OLE2 compound file holding ``streams`` (each padded to 4096 bytes, no mini stream)."""
    sector = 512
    data_sectors: list[bytes] = []
    entries: list[tuple[str, int, int]] = []
    next_sector = 2
    for name, content in streams.items():
        padded = content.ljust(max(4096, -(-len(content) // sector) * sector), b"\0")
        count = len(padded) // sector
        entries.append((name, next_sector, len(padded)))
        data_sectors.extend(padded[i * sector : (i + 1) * sector] for i in range(count))
        next_sector += count
    fat = [0xFFFFFFFD, 0xFFFFFFFE]
    for _name, start, size in entries:
        count = size // sector
        fat.extend(start + i + 1 for i in range(count - 1))
        fat.append(0xFFFFFFFE)
    fat += [0xFFFFFFFF] * (128 - len(fat))
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 76, *difat)

    def entry(name: str, kind: int, start: int, size: int, child: int, right: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, 0xFFFFFFFF, right, child)
        struct.pack_into("<II", raw, 116, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, 1, 0xFFFFFFFF)
    for position, (name, start, size) in enumerate(entries, start=1):
        right = position + 1 if position < len(entries) else 0xFFFFFFFF
        directory += entry(name, 2, start, size, 0xFFFFFFFF, right)
    directory = directory.ljust(sector, b"\0")
    path.write_bytes(bytes(header) + struct.pack("<128I", *fat) + directory + b"".join(data_sectors))
    return path
