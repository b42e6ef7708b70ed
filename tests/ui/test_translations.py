"""The Chinese translation is complete, in step with the code, and compiled."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
assert _spec is not None and _spec.loader is not None
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)

PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^}]*)?\}")

Message = tuple[str, str]  # (context, source)


def messages(ts: Path) -> dict[Message, tuple[str | None, list[str]]]:
    """(context, source) → (translation type, translation texts)."""
    result: dict[Message, tuple[str | None, list[str]]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if translation is None:
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            result[(name, message.findtext("source", ""))] = (kind, texts)
    return result


@pytest.fixture(scope="module")
def used(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """Every message the code uses now, extracted afresh by lupdate."""
    fresh = tmp_path_factory.mktemp("ts") / "ipdesk_zh_CN.ts"
    tools.lupdate(fresh)
    return set(messages(fresh))


def test_every_used_message_is_translated(used: set[Message]) -> None:
    committed = messages(tools.ts_path("zh_CN"))
    missing = sorted(m for m in used if m not in committed)
    unfinished = sorted(m for m in used if m in committed and committed[m][0] == "unfinished")
    obsolete_but_used = sorted(m for m in used if m in committed and committed[m][0] in ("vanished", "obsolete"))
    empty = sorted(m for m in used if m in committed and not all(t.strip() for t in committed[m][1]))
    problems = {
        "not in the .ts (run tools/update_translations.py)": missing,
        "unfinished": unfinished,
        "obsolete in the .ts but used by the code": obsolete_but_used,
        "empty translation": empty,
    }
    assert not any(problems.values()), {k: v for k, v in problems.items() if v}


def test_no_unfinished_messages_in_the_ts() -> None:
    # Messages the code no longer uses are harmless; tools/update_translations.py drops them.
    assert tools.unfinished(tools.ts_path("zh_CN")) == []


def test_translations_keep_the_placeholders() -> None:
    for (context, source), (_kind, texts) in messages(tools.ts_path("zh_CN")).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in filter(None, texts):  # empty ones are reported as unfinished
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)
            if "%n" in source:
                assert "%n" in text, (context, source, text)
            if "&" in source.replace("&&", ""):
                assert re.search(r"&\w", text), ("keyboard accelerator lost", context, source, text)


def test_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    """Compare content rather than file times: a git checkout does not preserve modification times."""
    qm = tools.qm_path("zh_CN")
    assert qm.exists(), "run tools/update_translations.py"
    fresh = tmp_path / "fresh.qm"
    tools.lrelease(tools.ts_path("zh_CN"), fresh)
    assert fresh.read_bytes() == qm.read_bytes(), ".qm is older than the .ts: run tools/update_translations.py"


def test_tools_are_available() -> None:
    for name in ("lupdate", "lrelease"):
        assert Path(tools.tool(name)).exists() or shutil.which(tools.tool(name))
