"""The core's ``translate``: answers are cached, and switching language clears them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest import MonkeyPatch

from ipdesk import i18n
from ipdesk.analytics.numbers import fmt_date
from ipdesk.i18n import SOURCE_LANGUAGE, install_translators, translate


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    del qapp
    install_translators(SOURCE_LANGUAGE)
    yield
    install_translators(SOURCE_LANGUAGE)


def test_a_message_is_asked_of_qt_once(english: None, monkeypatch: MonkeyPatch) -> None:
    asked: list[str] = []
    ask = i18n._ask_qt

    def counting(context: str, source: str, disambiguation: str | None, n: int) -> str:
        asked.append(source)
        return ask(context, source, disambiguation, n)

    monkeypatch.setattr(i18n, "_ask_qt", counting)
    texts = [translate("Analytics", "Reported done.") for _ in range(1000)]
    assert set(texts) == {"Reported done."}
    assert asked.count("Reported done.") <= 1


def test_switching_language_is_seen_by_the_next_call(english: None) -> None:
    from datetime import date

    day = date(2026, 11, 22)
    assert fmt_date(day) == "2026-11-22"
    install_translators("zh_CN")
    assert fmt_date(day) == "2026年11月22日"
    assert translate("Analytics", "Reported done.") != "Reported done."
    install_translators(SOURCE_LANGUAGE)
    assert fmt_date(day) == "2026-11-22"
    assert translate("Analytics", "Reported done.") == "Reported done."


def test_an_answer_asked_for_while_the_language_changes_is_not_kept(english: None, monkeypatch: MonkeyPatch) -> None:
    """A worker thread that asked Qt just before a switch must not leave the old language in the cache."""
    ask = i18n._ask_qt

    def asked_then_switched(context: str, source: str, disambiguation: str | None, n: int) -> str:
        answer = ask(context, source, disambiguation, n)  # English, asked under the old translators …
        install_translators("zh_CN")  # … and the GUI thread switches before the answer is stored
        return answer

    monkeypatch.setattr(i18n, "_ask_qt", asked_then_switched)
    assert translate("Analytics", "Reported done.") == "Reported done."
    monkeypatch.setattr(i18n, "_ask_qt", ask)
    assert translate("Analytics", "Reported done.") != "Reported done."  # asked again, now in Chinese
