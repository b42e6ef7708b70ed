"""Plan intake: a parsed plan document becomes an editable draft, is compared with the stored plan, and saved.

* :mod:`.draft` — the draft (plain dataclasses) built from the parser's ``ParsedPlan``
* :mod:`.commands` — the clerk's edits as undoable command objects and their stack
* :mod:`.resolution` — department names to decide: map to an existing department or create one
* :mod:`.checks` — what must be fixed before saving
* :mod:`.diff` — what a revised document changes in the stored plan
* :mod:`.writing` — the session-level writes; :mod:`.service` — :class:`PlanIntakeService`, one transaction per call
"""

from __future__ import annotations

from ipdesk.services.plan_intake.checks import Problem, problems
from ipdesk.services.plan_intake.commands import (
    AddDepartment,
    AddIndicator,
    AddTask,
    Command,
    DeleteItems,
    EditField,
    MergeTasks,
    MoveTask,
    SetDepartment,
    SetTarget,
    SplitTask,
    UndoStack,
)
from ipdesk.services.plan_intake.diff import AssignmentChange, FieldChange, IndicatorDiff, PlanDiff, TaskDiff
from ipdesk.services.plan_intake.draft import (
    META_UID,
    DraftDepartment,
    DraftIndicator,
    DraftSection,
    DraftTask,
    PlanDraft,
    PlanMeta,
    draft_from_parsed,
)
from ipdesk.services.plan_intake.resolution import (
    CreateDepartment,
    MapToExisting,
    Resolution,
    Resolutions,
    UnresolvedName,
    default_resolution,
    match_name,
    unresolved_names,
)
from ipdesk.services.plan_intake.service import PlanIntakeService

__all__ = [
    "META_UID",
    "AddDepartment",
    "AddIndicator",
    "AddTask",
    "AssignmentChange",
    "Command",
    "CreateDepartment",
    "DeleteItems",
    "DraftDepartment",
    "DraftIndicator",
    "DraftSection",
    "DraftTask",
    "EditField",
    "FieldChange",
    "IndicatorDiff",
    "MapToExisting",
    "MergeTasks",
    "MoveTask",
    "PlanDiff",
    "PlanDraft",
    "PlanIntakeService",
    "PlanMeta",
    "Problem",
    "Resolution",
    "Resolutions",
    "SetDepartment",
    "SetTarget",
    "SplitTask",
    "TaskDiff",
    "UndoStack",
    "UnresolvedName",
    "default_resolution",
    "draft_from_parsed",
    "match_name",
    "problems",
    "unresolved_names",
]
