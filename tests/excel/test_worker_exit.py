"""The spreadsheet reader's child ends by itself, with its code, when the parent is done with it."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import FIXTURES

from ipdesk.excel import sandbox
from ipdesk.excel.guards import DEFAULT_LIMITS
from ipdesk.excel.reading import read_workbook
from ipdesk.excel.sandbox import FROZEN_WORKER_FLAG, SandboxReader, worker_command
from ipdesk.excel.worker import HEADER, MAX_REQUEST, read_exact

ROOT = Path(__file__).resolve().parents[2]


def _child() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        worker_command(DEFAULT_LIMITS), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_the_child_answers_then_ends_with_code_0_when_its_input_closes() -> None:
    child = _child()
    assert child.stdin is not None and child.stdout is not None
    request = json.dumps({"path": str(FIXTURES / "assignment_table.xls"), "limits": asdict(DEFAULT_LIMITS)}).encode()
    child.stdin.write(HEADER.pack(len(request)) + request)
    child.stdin.flush()
    header = read_exact(child.stdout, HEADER.size)
    assert header is not None
    answer = json.loads(read_exact(child.stdout, HEADER.unpack(header)[0]) or b"{}")
    assert answer["grid"]["format"] == "xls"
    _out, errors = child.communicate(timeout=30)  # closes its input
    assert (child.returncode, errors) == (0, b"")


def test_an_oversized_request_ends_the_child_with_code_2() -> None:
    child = _child()
    child.communicate(HEADER.pack(MAX_REQUEST + 1), timeout=30)
    assert child.returncode == 2


def test_closing_the_reader_leaves_no_child_running() -> None:
    reader = SandboxReader()
    reader.read(FIXTURES / "assignment_table.xls")
    child = reader._process
    assert child is not None and child.poll() is None
    reader.close()
    assert child.poll() == 0


def test_the_child_skips_the_interpreter_teardown_but_flushes_what_it_wrote() -> None:
    """``run`` ends with ``os._exit``: exit handlers (the teardown that cost each read ~20 ms) do not run, while
    text still buffered for the parent's error log is flushed first."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('TEARDOWN'))\n"
        "sys.stderr.write('partial')  # no newline: still in the buffer\n"
        "from ipdesk.excel.worker import run\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], stdin=subprocess.DEVNULL, capture_output=True, timeout=30, check=False
    )
    assert done.returncode == 0
    assert b"partial" in done.stderr and b"TEARDOWN" not in done.stderr


def test_a_frozen_build_reads_spreadsheets_through_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen build starts itself with the worker flag (no ``python -m``): main.py must serve, not open a window."""
    import main

    assert main.EXCEL_WORKER_FLAG == FROZEN_WORKER_FLAG
    frozen = [sys.executable, str(ROOT / "main.py")]  # what sys.executable is in a frozen build
    monkeypatch.setattr(sandbox, "sys", SimpleNamespace(frozen=True, executable=frozen[0]))
    command = worker_command(DEFAULT_LIMITS)
    assert command[1] == FROZEN_WORKER_FLAG
    monkeypatch.setattr(sandbox, "worker_command", lambda limits: [*frozen, *command[1:]])
    with SandboxReader() as reader:
        grid = read_workbook(FIXTURES / "assignment_table.xls", reader=reader)
    assert grid.format == "xls"
