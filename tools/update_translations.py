"""Refresh the translation files: extract messages (lupdate), optionally fill translations, compile (lrelease).

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --fill zh.json   # also fill translations from {context: {source: text}}
    python tools/update_translations.py --check    # only report unfinished messages (exit 1 if any)
    python tools/update_translations.py --todo todo.json   # write the unfinished ones as a --fill template

Messages come from ``main.py``, ``ui/`` and ``ipdesk/`` (``self.tr``, ``QCoreApplication.translate``,
``translate(...)`` and ``QT_TRANSLATE_NOOP``). Translate new messages in Qt Linguist or with ``--fill``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
SOURCE_ROOTS = ("main.py", "ui", "ipdesk")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"ipdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"ipdesk_{language}.qm"


def tool(name: str) -> str:
    """The Qt tool shipped with PySide6 (``pyside6-lupdate`` …), found on PATH or inside the package."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"cannot find {name}: is PySide6 installed?")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for name in SOURCE_ROOTS:
        path = root / name
        files.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return [f for f in files if "__pycache__" not in f.parts]


def lupdate(ts: Path, *, no_obsolete: bool = True, root: Path = ROOT) -> None:
    args = [tool("lupdate"), "-silent", "-locations", "relative", "-target-language", ts.stem.split("_", 1)[1]]
    if no_obsolete:
        args.append("-no-obsolete")
    args += [str(f) for f in source_files(root)] + ["-ts", str(ts)]
    subprocess.run(args, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or translation is None or not "".join(translation.itertext()).strip():
                result.append((name, message.findtext("source", "")))
    return result


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    """Write translations from ``{context: {source: text}}`` into ``ts``; returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if source not in table:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                ET.SubElement(translation, "numerusform").text = table[source]
            else:
                translation.text = table[source]
            filled += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", metavar="JSON", help="fill translations from {context: {source: translation}}")
    parser.add_argument("--check", action="store_true", help="only list unfinished messages")
    parser.add_argument("--todo", metavar="JSON", help="write unfinished messages as a template for --fill")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        ts = ts_path(language)
        if not args.check:
            lupdate(ts)
            if args.fill:
                table = json.loads(Path(args.fill).read_text(encoding="utf-8"))
                print(f"{ts.name}: filled {fill(ts, table)} translations")
                lupdate(ts)  # normalise the file layout after writing it
            lrelease(ts, qm_path(language))
        missing = unfinished(ts)
        if args.todo:
            todo: dict[str, dict[str, str]] = {}
            for context, source in missing:
                todo.setdefault(context, {})[source] = ""
            Path(args.todo).write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        for context, source in missing:
            print(f"{ts.name}: unfinished [{context}] {source}")
        print(f"{ts.name}: {len(missing)} unfinished")
        status |= 1 if missing else 0
    return status


if __name__ == "__main__":
    sys.exit(main())
