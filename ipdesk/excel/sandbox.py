"""Parse untrusted spreadsheets in a child process with a memory limit and a wall-clock timeout.

In-process guards (caps, DTD-free XML, sparse cells) already stop the known attacks on .xlsx, but the
.xls/.ods reader is native code that allocates the whole used rectangle and aborts the process when
memory runs out. So every parse happens in one reusable child (``python -m ipdesk.excel.worker``):
if it hangs it is killed after ``Limits.timeout_seconds``; if it dies, the file gets a one-line
reason and the next file gets a fresh child. The application itself never crashes on a file.

Answers come back as JSON and are type-checked (:func:`grid.from_transport`), never unpickled.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ipdesk.excel.grid import WorkbookGrid, from_transport
from ipdesk.excel.guards import DEFAULT_LIMITS, Limits, UnreadableFile
from ipdesk.excel.worker import HEADER, read_exact

FROZEN_WORKER_FLAG = "--ipdesk-excel-worker"
"""A frozen (PyInstaller) build runs its own executable with this flag first: ``main.py`` then calls
``ipdesk.excel.worker.run(argv[2:])`` instead of starting the application."""


def worker_command(limits: Limits) -> list[str]:
    args = [str(limits.memory_bytes), str(int(limits.timeout_seconds * 2) + 5)]
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG, *args]
    return [sys.executable, "-m", "ipdesk.excel.worker", *args]


class SandboxReader:
    """A child process that reads spreadsheets one at a time; reuse it for a batch, then close it."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self._process: subprocess.Popen[bytes] | None = None
        self._answers: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._stderr_tail = b""
        self._stderr_thread: threading.Thread | None = None

    def __enter__(self) -> SandboxReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        env = dict(os.environ)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        process = subprocess.Popen(
            worker_command(self.limits),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            creationflags=flags,
        )
        self._answers = queue.Queue()
        self._stderr_tail = b""
        threading.Thread(target=self._pump_answers, args=(process, self._answers), daemon=True).start()
        self._stderr_thread = threading.Thread(target=self._pump_stderr, args=(process,), daemon=True)
        self._stderr_thread.start()
        self._process = process
        return process

    @staticmethod
    def _pump_answers(process: subprocess.Popen[bytes], answers: queue.Queue[dict[str, Any] | None]) -> None:
        stream = process.stdout
        assert stream is not None
        while True:
            header = read_exact(stream, HEADER.size)
            if header is None:
                answers.put(None)
                return
            body = read_exact(stream, HEADER.unpack(header)[0])
            if body is None:
                answers.put(None)
                return
            try:
                answers.put(json.loads(body))
            except ValueError:
                answers.put({"error": "crashed", "detail": "unreadable answer"})

    def _pump_stderr(self, process: subprocess.Popen[bytes]) -> None:
        stream = process.stderr
        assert stream is not None
        for line in iter(stream.readline, b""):
            self._stderr_tail = (self._stderr_tail + line)[-2000:]

    def read(self, path: str | os.PathLike[str]) -> WorkbookGrid:
        """Parse ``path`` in the child (raises :class:`UnreadableFile`)."""
        process = self._start()
        request = json.dumps({"path": str(Path(path).resolve()), "limits": asdict(self.limits)}).encode("utf-8")
        try:
            assert process.stdin is not None
            process.stdin.write(HEADER.pack(len(request)) + request)
            process.stdin.flush()
        except OSError as exc:
            self._kill()
            raise UnreadableFile("crashed", "reader did not start") from exc
        try:
            answer = self._answers.get(timeout=self.limits.timeout_seconds)
        except queue.Empty:
            self._kill()
            raise UnreadableFile("timeout", f"{self.limits.timeout_seconds:g} s") from None
        if answer is None:
            detail = self._death_reason()
            self._kill()
            raise UnreadableFile("crashed", detail)
        if "error" in answer:
            raise UnreadableFile(str(answer["error"]), str(answer.get("detail", "")))
        try:
            return from_transport(answer.get("grid"))
        except (ValueError, TypeError, KeyError) as exc:
            raise UnreadableFile("crashed", "malformed answer") from exc

    def _death_reason(self) -> str:
        process = self._process
        code = process.wait(timeout=5) if process is not None else None
        if self._stderr_thread is not None:
            self._stderr_thread.join(timeout=2)
        tail = self._stderr_tail.decode("utf-8", "replace").strip().splitlines()
        if any("memory allocation" in line or "MemoryError" in line for line in tail):
            return "out of memory"
        return f"exit code {code}"

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=5)
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def close(self) -> None:
        process = self._process
        if process is not None and process.poll() is None and process.stdin is not None:
            try:
                process.stdin.close()
                process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._kill()
