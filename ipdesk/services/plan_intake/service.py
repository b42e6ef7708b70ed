"""Taking a plan document into the database: read it into a draft, compare it with a stored plan, save it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ipdesk.domain.enums import Source
from ipdesk.errors import NotFoundError
from ipdesk.i18n import translate
from ipdesk.intake.parser import parse_file, parse_text
from ipdesk.services.base import Service
from ipdesk.services.departments import DepartmentInfo, DepartmentService
from ipdesk.services.plan_intake.diff import PlanDiff, compute_diff
from ipdesk.services.plan_intake.draft import PlanDraft, draft_from_parsed
from ipdesk.services.plan_intake.resolution import Resolutions, expand_resolutions
from ipdesk.services.plan_intake.stored import read_stored_plan
from ipdesk.services.plan_intake.writing import finish_batch, start_batch, write_new_plan, write_revision
from ipdesk.services.plans import PlanInfo, PlanService
from ipdesk.storage.models import Plan


class PlanIntakeService(Service):
    """Each public call is one unit of work; the draft itself is plain data the caller edits in between."""

    def registry(self) -> list[DepartmentInfo]:
        return DepartmentService(self.db).registry()

    def read_file(self, path: str | Path) -> PlanDraft:
        """Parse a .txt/.docx file against the department registry (``InputFileError`` for other formats)."""
        return draft_from_parsed(parse_file(path, registry=self.registry()))

    def read_text(self, text: str, source_name: str | None = None) -> PlanDraft:
        return draft_from_parsed(parse_text(text, source_name=source_name, registry=self.registry()))

    def find_existing(self, draft: PlanDraft) -> int | None:
        """The stored plan this document is a version of: the same 文号, else the same title."""
        doc_number = (draft.meta.doc_number or "").strip()
        title = (draft.meta.title or "").strip()
        with self.db.reading() as session:
            if doc_number:
                found = session.scalars(
                    select(Plan.id).where(Plan.doc_number == doc_number).order_by(Plan.id.desc())
                ).first()
                if found is not None:
                    return found
            if title:
                return session.scalars(select(Plan.id).where(Plan.title == title).order_by(Plan.id.desc())).first()
        return None

    def diff(self, draft: PlanDraft, plan_id: int, resolutions: Resolutions | None = None) -> PlanDiff:
        """What saving ``draft`` over plan ``plan_id`` would change (``resolutions``: the department decisions)."""
        with self.db.reading() as session:
            stored = read_stored_plan(session, plan_id)
            if stored is None:
                raise NotFoundError(translate("Fields", "Plan"), plan_id)
            return compute_diff(draft, stored, expand_resolutions(draft, resolutions or {}))

    def save_new(self, draft: PlanDraft, resolutions: Resolutions) -> PlanInfo:
        """Create the plan with its sections, tasks, assignments and indicators, the decided departments and
        aliases, and the source text — in one transaction."""
        with self.db.transaction(source=Source.INTAKE) as session:
            batch = start_batch(session, draft)
            plan, counts = write_new_plan(session, draft, resolutions)
            finish_batch(session, batch, plan, counts)
            plan_id = plan.id
        return PlanService(self.db).get(plan_id)

    def apply_revision(self, draft: PlanDraft, plan_id: int, resolutions: Resolutions) -> PlanInfo:
        """Bring plan ``plan_id`` in line with the revised document, keeping what has reports — one transaction."""
        with self.db.transaction(source=Source.INTAKE) as session:
            batch = start_batch(session, draft)
            plan, counts = write_revision(session, draft, plan_id, resolutions)
            finish_batch(session, batch, plan, counts)
        return PlanService(self.db).get(plan_id)
