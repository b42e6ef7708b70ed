"""Enums with translated labels: stored values shown to the clerk."""

from __future__ import annotations

from ipdesk.domain.enums import Role, TaskStatus


def test_a_stored_value_is_labelled_or_shown_as_it_is() -> None:
    assert Role.label_of("lead") == Role.LEAD.label
    assert TaskStatus.label_of("done") == TaskStatus.DONE.label
    assert Role.label_of("co-lead") == "co-lead"  # a value from an older version is shown, not refused
    assert Role.label_of(None) == ""


def test_value_from_label_reads_values_and_labels_and_passes_other_text_on() -> None:
    from ipdesk.domain.enums import UnitLevel

    assert UnitLevel.value_from_label(" county ") == "county"
    assert UnitLevel.value_from_label(UnitLevel.COUNTY.label) == "county"
    assert UnitLevel.value_from_label(" 乡镇 ") == "乡镇"  # for the service to refuse, naming the choices
