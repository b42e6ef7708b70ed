"""What the wizard's steps share: the draft being reviewed, its undo stack, the registry and the stored plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.plan_intake import PlanDraft, PlanIntakeService, UndoStack
from ipdesk.services.plans import PlanInfo, PlanService
from ui.operations import OperationContext


@dataclass(frozen=True)
class ReadResult:
    """A document read on the worker thread: its draft, the registry it was matched against, the stored version."""

    draft: PlanDraft
    registry: list[DepartmentInfo]
    existing: PlanInfo | None


def read_document(
    service: PlanIntakeService, context: OperationContext, *, path: Path | None = None, text: str | None = None
) -> ReadResult:
    """The work of step 1 (runs on the worker thread)."""
    context.progress(0, 0)
    draft = service.read_file(path) if path is not None else service.read_text(text or "")
    context.check_cancelled()
    registry = service.registry()
    existing_id = service.find_existing(draft)
    existing = PlanService(service.db).get(existing_id) if existing_id is not None else None
    return ReadResult(draft, registry, existing)


@dataclass
class IntakeState:
    draft: PlanDraft | None = None
    stack: UndoStack | None = None
    registry: list[DepartmentInfo] = field(default_factory=list)
    existing: PlanInfo | None = None

    def load(self, result: ReadResult) -> None:
        self.draft = result.draft
        self.stack = UndoStack(result.draft)
        self.registry = result.registry
        self.existing = result.existing

    @property
    def edited(self) -> bool:
        return self.stack is not None and not self.stack.is_clean()
