"""Plan-document intake: text or .docx in, sections / tasks / departments / indicators out.

Pure Python (no Qt, no database). Entry points::

    from ipdesk.intake import parse_file, parse_text
    plan = parse_file("plan.docx", registry=services.departments.registry())
    plan.to_json()  # the ``ipdesk parse FILE --json`` contract
"""

from __future__ import annotations

from ipdesk.intake.matching import (
    DepartmentMatcher,
    RegistryDepartment,
    match_all,
    match_department,
    proposed_departments,
)
from ipdesk.intake.model import (
    Baseline,
    DepartmentMatch,
    DepartmentRef,
    Indicator,
    ParsedPlan,
    ParseWarning,
    Section,
    Task,
)
from ipdesk.intake.parser import parse_document, parse_file, parse_text

__all__ = [
    "Baseline",
    "DepartmentMatch",
    "DepartmentMatcher",
    "DepartmentRef",
    "Indicator",
    "ParseWarning",
    "ParsedPlan",
    "RegistryDepartment",
    "Section",
    "Task",
    "match_all",
    "match_department",
    "parse_document",
    "parse_file",
    "parse_text",
    "proposed_departments",
]
