"""The spreadsheet reader's child ends by itself, with its code, when the parent is done with it."""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict

from conftest import FIXTURES

from ipdesk.excel.guards import DEFAULT_LIMITS
from ipdesk.excel.sandbox import SandboxReader, worker_command
from ipdesk.excel.worker import HEADER, MAX_REQUEST, read_exact


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
