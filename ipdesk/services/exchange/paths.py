"""Files on disk: which ones a drop or a folder stands for, their SHA-256, and the archived original."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from pathlib import Path

from ipdesk.storage.location import data_dir

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ett", ".ods", ".xlsb")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files, and the files inside folders (Excel's ~$ lock files and hidden files left out), in order."""
    result: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(("~$", ".")):
                    result.append(child)
        else:
            result.append(path)
    return list(dict.fromkeys(result))


def archive(path: Path, digest: str) -> Path:
    """Keep a copy of an imported file under the data folder, named by its hash (written once, atomically)."""
    folder = data_dir() / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower() if path.suffix.lower() in EXCEL_SUFFIXES else ".bin"
    target = folder / f"{digest}{suffix}"
    if not target.exists():
        temporary = target.with_suffix(target.suffix + ".part")
        shutil.copyfile(path, temporary)
        temporary.replace(target)
    return target
