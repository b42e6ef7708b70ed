"""The sandbox child: reads spreadsheets under a memory limit and answers in JSON over its pipes.

Started as ``python -m ipdesk.excel.worker MEMORY_BYTES CPU_SECONDS``. Each request is one
length-prefixed JSON object ``{"path": ..., "limits": {...}}`` on stdin; each answer is
``{"grid": ...}`` or ``{"error": code, "detail": ...}`` on stdout. Imports stay light (no database,
no Qt) so the child starts in a fraction of a second.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from typing import IO, Any

from ipdesk.excel.guards import Limits, UnreadableFile

HEADER = struct.Struct("<I")
MAX_REQUEST = 1 << 20


def write_message(stream: IO[bytes], payload: dict[str, Any]) -> None:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def read_exact(stream: IO[bytes], size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _limit_resources(memory_bytes: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's timeout still applies
        return
    if memory_bytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    if cpu_seconds > 0:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    from ipdesk.excel.grid import to_transport
    from ipdesk.excel.reading import load_grid

    limits = Limits(**request.get("limits", {}))
    try:
        grid = load_grid(str(request["path"]), limits)
    except UnreadableFile as exc:
        return {"error": exc.code, "detail": exc.detail}
    except MemoryError:
        return {"error": "crashed", "detail": "out of memory"}
    except RecursionError:
        return {"error": "damaged", "detail": "nesting too deep"}
    return {"grid": to_transport(grid)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    memory = int(args[0]) if args else 0
    cpu = int(args[1]) if len(args) > 1 else 0
    channel_in = sys.stdin.buffer
    channel_out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but answers may reach the channel
    _limit_resources(memory, cpu)
    while True:
        header = read_exact(channel_in, HEADER.size)
        if header is None:
            return 0
        (size,) = HEADER.unpack(header)
        if size > MAX_REQUEST:
            return 2
        body = read_exact(channel_in, size)
        if body is None:
            return 0
        try:
            answer = _answer(json.loads(body))
        except MemoryError:
            answer = {"error": "crashed", "detail": "out of memory"}
        write_message(channel_out, answer)


def run(argv: list[str] | None = None) -> None:
    """Serve, then end without the interpreter's teardown: the parent waits for this process to end after each
    batch, and freeing the modules of a spent child took about 20 ms per read of a file. Only the error stream
    may hold text: every answer was flushed when written, and the child writes no files."""
    code = main(argv)
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
