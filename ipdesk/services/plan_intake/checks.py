"""What stops a draft from being saved, item by item, in words for the clerk (shown inline by the wizard)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ipdesk.domain.enums import DepartmentKind
from ipdesk.i18n import translate
from ipdesk.services.plan_intake.draft import META_UID, PlanDraft
from ipdesk.services.plan_intake.resolution import (
    CreateDepartment,
    Resolutions,
    expand_resolutions,
    missing_resolutions,
)
from ipdesk.services.plan_intake.values import task_heading_text

FIRST_YEAR, LAST_YEAR = 1990, 2100


@dataclass(frozen=True)
class Problem:
    uid: int | None
    """The item to fix (``META_UID`` for the plan's details; None for department decisions)."""
    message: str


def _too_long(value: str | None, limit: int) -> bool:
    return value is not None and len(value.strip()) > limit


def _year_ok(year: int | None) -> bool:
    return year is None or FIRST_YEAR <= year <= LAST_YEAR


def problems(draft: PlanDraft, resolutions: Resolutions | None = None) -> list[Problem]:
    """Everything that must be fixed before saving; with ``resolutions``, also the department names left open."""
    found: list[Problem] = []

    def add(uid: int | None, message: str) -> None:
        found.append(Problem(uid, message))

    meta = draft.meta
    if not (meta.title or "").strip():
        add(META_UID, translate("PlanIntake", "The plan needs a title."))
    for value, limit, label in (
        (meta.title, 300, translate("PlanIntake", "The plan's title")),
        (meta.doc_number, 100, translate("PlanIntake", "The document number")),
        (meta.issuer, 200, translate("PlanIntake", "The issuer")),
        (meta.kind, 50, translate("PlanIntake", "The plan kind")),
    ):
        if _too_long(value, limit):
            add(
                META_UID,
                translate("PlanIntake", "{what} is longer than {limit} characters.").format(what=label, limit=limit),
            )
    if not _year_ok(meta.start_year) or not _year_ok(meta.end_year):
        add(META_UID, translate("PlanIntake", "The plan's years must lie between 1990 and 2100."))
    elif meta.start_year and meta.end_year and meta.end_year < meta.start_year:
        add(META_UID, translate("PlanIntake", "The plan's last year cannot be before its first year."))

    for section in draft.sections:
        if not section.title.strip() and not section.label.strip():
            add(section.uid, translate("PlanIntake", "A section has neither a number nor a title."))
        if _too_long(section.title, 300) or _too_long(section.label, 20):
            add(
                section.uid,
                translate("PlanIntake", "The section heading “{heading}” is too long.").format(
                    heading=section.heading[:40]
                ),
            )

    for task in draft.tasks:
        heading = task_heading_text(task.number, task.title)
        if not task.title.strip():
            add(task.uid, translate("PlanIntake", "Task {number} needs a title.").format(number=task.number))
        elif _too_long(task.title, 300):
            add(
                task.uid,
                translate("PlanIntake", "The title of task “{task}” is longer than 300 characters.").format(
                    task=heading[:40]
                ),
            )
        if _too_long(task.number, 20):
            add(
                task.uid,
                translate("PlanIntake", "The number of task “{task}” is longer than 20 characters.").format(
                    task=heading[:40]
                ),
            )
        if _too_long(task.deadline_text, 100):
            add(
                task.uid,
                translate("PlanIntake", "The deadline of task “{task}” is longer than 100 characters.").format(
                    task=heading[:40]
                ),
            )

    names = Counter(i.name.strip() for i in draft.indicators)
    for indicator in draft.indicators:
        name = indicator.name.strip()
        if not name:
            add(indicator.uid, translate("PlanIntake", "An indicator needs a name."))
        elif names[name] > 1:
            add(
                indicator.uid,
                translate("PlanIntake", "Two indicators are named “{name}”; rename or delete one.").format(name=name),
            )
        if _too_long(name, 200) or _too_long(indicator.unit, 30) or _too_long(indicator.code, 20):
            add(
                indicator.uid,
                translate("PlanIntake", "The name, unit or code of indicator “{name}” is too long.").format(
                    name=name[:40]
                ),
            )
        if indicator.baseline_value is not None and indicator.baseline_year is None:
            add(
                indicator.uid,
                translate("PlanIntake", "The baseline of indicator “{name}” needs its year.").format(name=name),
            )
        if not _year_ok(indicator.baseline_year) or not all(_year_ok(y) for y in indicator.targets):
            add(
                indicator.uid,
                translate("PlanIntake", "The years of indicator “{name}” must lie between 1990 and 2100.").format(
                    name=name
                ),
            )

    if resolutions is not None:
        for name in missing_resolutions(draft, expand_resolutions(draft, resolutions)):
            add(None, translate("PlanIntake", "Choose the department “{name}” means, or create it.").format(name=name))
        for written, decided in resolutions.items():
            if isinstance(decided, CreateDepartment):
                new_name = decided.name.strip()
                if not new_name or len(new_name) > 200 or _too_long(decided.short_name, 100):
                    add(
                        None,
                        translate(
                            "PlanIntake", "The new department for “{name}” needs a name of at most 200 characters."
                        ).format(name=written),
                    )
                if decided.kind not in DepartmentKind.values():
                    add(
                        None,
                        translate("PlanIntake", "Choose the kind of the new department “{name}”.").format(name=written),
                    )
    return found
