"""Moved to :mod:`ipdesk.analytics.desk`; kept so pages not yet rebuilt keep importing from here."""

from __future__ import annotations

from ipdesk.analytics.desk import SubmissionCount, count_submissions, default_period

__all__ = ["SubmissionCount", "count_submissions", "default_period"]
