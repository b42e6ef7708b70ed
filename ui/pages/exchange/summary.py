"""What the preview and the finished import come to, in words: plain functions over the service's records."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html import escape

from ipdesk.i18n import translate
from ipdesk.services.exchange import FilePreview, FileState, ImportPreview, ImportResult, RowState


@dataclass(frozen=True)
class PreviewStatus:
    text: str
    can_commit: bool


def preview_status(
    files: Sequence[FilePreview], included: Collection[int], overwrite: Collection[str]
) -> PreviewStatus:
    """The line next to 确认导入: what confirming would do, or why it cannot be done yet."""
    chosen = [f for f in files if f.applicable and f.index in included]
    refused = _refused(files)
    if not chosen:
        if files and all(f.state == FileState.DUPLICATE for f in files):
            return PreviewStatus(
                translate("ImportSummary", "All these files were imported before; nothing will be imported again."),
                False,
            )
        if refused:
            return PreviewStatus(" ".join((translate("ImportSummary", "There is nothing to import."), refused)), False)
        return PreviewStatus(
            translate("ImportSummary", "There is nothing to import: no file is ready and ticked."), False
        )
    waiting = [f for f in chosen if f.state == FileState.NEEDS_RESOLUTION]
    if waiting:
        names = {u.name for f in waiting for u in f.unknown_departments}
        text = translate("ImportSummary", "Confirm the {count} department names above first, or untick those files.")
        return PreviewStatus(text.format(count=len(names)), False)
    rows = [r for f in chosen for r in f.rows]
    conflicts = [r for r in rows if r.state == RowState.CONFLICT]
    text = translate(
        "ImportSummary",
        "Importing {files} files: {new} new rows, {changed} changed, {conflicts} conflicts "
        "({overwrite} to overwrite), {rejected} rejected.",
    ).format(
        files=len(chosen),
        new=sum(r.state == RowState.NEW for r in rows),
        changed=sum(r.state == RowState.CHANGED for r in rows),
        conflicts=len(conflicts),
        overwrite=sum(r.key in overwrite for r in conflicts),
        rejected=sum(r.state == RowState.INVALID for r in rows),
    )
    return PreviewStatus(" ".join(t for t in (text, refused) if t), True)


def _refused(files: Sequence[FilePreview]) -> str:
    """What is said about files none of whose rows can go in (empty when there are none)."""
    count = sum(f.state == FileState.REFUSED for f in files)
    if not count:
        return ""
    return translate(
        "ImportSummary", "{count} files refused: nothing in them can be imported; send their problem lists back."
    ).format(count=count)


def result_summary(preview: ImportPreview, result: ImportResult) -> str:
    """The summary after a commit (rich text): totals, then one line per file."""
    applied = [f for f in result.files if f.applied]
    duplicates = sum(f.state == FileState.DUPLICATE for f in preview.files)
    other = [f for f in result.files if not f.applied]
    head = translate(
        "ImportSummary",
        "{applied} files imported: {new} new rows, {changed} changed, {kept} conflicts kept, {rejected} rejected.",
    )
    lines = [
        "<b>"
        + escape(
            head.format(
                applied=len(applied),
                new=sum(f.new for f in applied),
                changed=sum(f.changed for f in applied),
                kept=sum(f.kept for f in applied),
                rejected=sum(f.rejected for f in applied),
            )
        )
        + "</b>"
    ]
    refused = _refused(preview.files)
    if refused:
        lines.append(escape(refused))
    if duplicates:
        lines.append(
            escape(
                translate("ImportSummary", "{count} files had been imported before and were skipped.").format(
                    count=duplicates
                )
            )
        )
    items = []
    for file in applied:
        items.append(
            escape(
                translate(
                    "ImportSummary", "{name}: import {batch}, {new} new, {changed} changed, {rejected} rejected"
                ).format(
                    name=file.name, batch=file.batch_id, new=file.new, changed=file.changed, rejected=file.rejected
                )
            )
        )
    for file in other:
        items.append(
            escape(
                translate("ImportSummary", "{name}: not imported ({reason})").format(
                    name=file.name, reason=file.message or ""
                )
            )
        )
    html = "".join(f"<p style='margin:0 0 4px 0'>{line}</p>" for line in lines)
    if items:
        html += "<ul style='margin:0; -qt-list-indent:1'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return html
