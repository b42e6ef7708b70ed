"""Hostile files: each fails (or reads) quickly, without growing this process's memory, with one clear line."""

from __future__ import annotations

import random
import resource
import shutil
import struct
import time
import zipfile
from pathlib import Path

import pytest
from builders import compound_file, minimal_xlsx, replace_member, save, two_row_header_table
from conftest import FIXTURES

from ipdesk.errors import InputFileError
from ipdesk.excel.guards import Limits
from ipdesk.excel.reading import read_workbook
from ipdesk.excel.sandbox import SandboxReader
from ipdesk.excel.tables import read_tables

SECONDS = 10.0
PARENT_GROWTH_KB = 150_000  # 150 MB of peak growth at most in the calling process


def _peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _refused(path: Path, *words: str, limits: Limits | None = None) -> str:
    before, start = _peak_kb(), time.monotonic()
    with pytest.raises(InputFileError) as caught:
        read_workbook(path, **({"limits": limits} if limits else {}))
    elapsed = time.monotonic() - start
    assert elapsed < SECONDS, f"{path.name} took {elapsed:.1f}s"
    assert _peak_kb() - before < PARENT_GROWTH_KB
    message = caught.value.message
    assert "\n" not in message and caught.value.exit_code == 2
    for word in words:
        assert word.lower() in message.lower(), message
    return message


def test_xml_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        b'<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    source = minimal_xlsx(tmp_path / "source.xlsx")
    target = replace_member(source, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", bomb)
    _refused(target, "XML entity")


def test_external_entity_is_refused(tmp_path: Path) -> None:
    source = minimal_xlsx(tmp_path / "source.xlsx")
    with zipfile.ZipFile(source) as archive:
        workbook = archive.read("xl/workbook.xml")
    evil = workbook.replace(
        b"<workbook", b'<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><workbook', 1
    )
    target = replace_member(source, tmp_path / "xxe.xlsx", "xl/workbook.xml", evil)
    _refused(target, "XML entity")


def test_zip_bomb_by_declared_size_is_refused(tmp_path: Path) -> None:
    source = minimal_xlsx(tmp_path / "source.xlsx")
    data = bytearray(source.read_bytes())
    position = data.find(b"PK\x01\x02")
    while position >= 0:  # every central-directory entry claims 3 GB unpacked
        struct.pack_into("<I", data, position + 24, 3_000_000_000)
        position = data.find(b"PK\x01\x02", position + 4)
    target = tmp_path / "bomb.xlsx"
    target.write_bytes(bytes(data))
    _refused(target, "unreasonable size")


def test_real_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    target = tmp_path / "bomb.xlsx"
    chunk = b"0" * (1 << 20)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(320):
                member.write(chunk)
    assert target.stat().st_size < 3_000_000
    _refused(target, "unreasonable size")


def test_too_many_zip_members_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "members.xlsx"
    with zipfile.ZipFile(target, "w") as archive:
        for i in range(2_500):
            archive.writestr(f"xl/media/{i}.xml", "")
    _refused(target, "unreasonable size")


def test_far_corner_cell_neither_freezes_nor_drops_rows(tmp_path: Path) -> None:
    def build(ws) -> None:
        two_row_header_table(ws)
        ws["XFD1048576"] = "stray"

    path = save(tmp_path / "far.xlsx", build)
    start = time.monotonic()
    table = read_tables(path).table()
    assert time.monotonic() - start < SECONDS
    assert table is not None and [r.task for r in table.rows] == ["实施专利导航", "建设保护中心", "建设保护中心"]


def test_wrong_dimension_record_does_not_drop_rows(tmp_path: Path) -> None:
    path = save(tmp_path / "source.xlsx", lambda ws: [ws.append([i, f"任务{i}", "市科技局"]) for i in range(1, 41)])
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    for ref in (b"A1:A1", b"A1:XFD1048576"):
        lying = sheet.replace(b'<dimension ref="A1:C40"/>', b'<dimension ref="' + ref + b'"/>')
        assert lying != sheet
        target = replace_member(path, tmp_path / "lying.xlsx", "xl/worksheets/sheet1.xml", lying)
        grid = read_workbook(target)
        assert grid.sheets[0].max_row == 40 and grid.sheets[0].value(40, 2) == "任务40"


def test_encrypted_workbook_gets_a_password_message(tmp_path: Path) -> None:
    path = compound_file(tmp_path / "locked.xlsx", {"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"x"})
    _refused(path, "password")


def test_word_file_named_xls_is_not_excel(tmp_path: Path) -> None:
    path = compound_file(tmp_path / "report.xls", {"WordDocument": b"x"})
    _refused(path, "not an Excel", "Word")


def test_truncated_file_is_damaged(tmp_path: Path) -> None:
    path = save(tmp_path / "whole.xlsx", two_row_header_table)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _refused(cut, "damaged")
    shutil.copyfile(FIXTURES / "assignment_table.xls", tmp_path / "cut.xls")
    data = (tmp_path / "cut.xls").read_bytes()
    (tmp_path / "cut.xls").write_bytes(data[:1500])
    _refused(tmp_path / "cut.xls", "damaged")


def test_empty_and_garbage_files(tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    _refused(tmp_path / "empty.xlsx", "empty")
    (tmp_path / "garbage.xlsx").write_bytes(random.Random(16).randbytes(16))
    _refused(tmp_path / "garbage.xlsx", "not an Excel")
    (tmp_path / "page.xls").write_text("<html><table><tr><td>序号</td></tr></table></html>", encoding="utf-8")
    _refused(tmp_path / "page.xls", "HTML")
    _refused(tmp_path / "missing.xlsx", "does not exist")


def test_far_corner_xls_reads_in_the_sandbox_within_bounds() -> None:
    before, start = _peak_kb(), time.monotonic()
    table = read_tables(FIXTURES / "far_corner.xls").table()
    assert time.monotonic() - start < 20
    assert _peak_kb() - before < PARENT_GROWTH_KB  # the dense 65536×256 rectangle lived in the child
    assert table is not None and len(table.rows) == 8


def test_sandbox_stops_slow_and_greedy_reads_and_recovers() -> None:
    with SandboxReader(Limits(timeout_seconds=0.3)) as reader:
        start = time.monotonic()
        with pytest.raises(InputFileError, match="too long"):
            read_workbook(FIXTURES / "far_corner.xls", reader=reader)
        assert time.monotonic() - start < 5
    with pytest.raises(InputFileError, match="too much memory"):
        read_workbook(FIXTURES / "far_corner.xls", limits=Limits(memory_bytes=300 * 1024 * 1024))
    with SandboxReader() as reader:  # a fresh child reads the next file normally
        grid = read_workbook(FIXTURES / "assignment_table.xls", reader=reader)
        assert grid.format == "xls"
