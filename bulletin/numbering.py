"""The issue number (第N期): from the config today, from the archive of built issues later.

``issue_number_for`` is the one place the pipeline asks; the archive (issue 6) can answer there without
the rest of the pipeline changing.
"""

from __future__ import annotations

import datetime as dt

from bulletin.config import Masthead, Project


def number_from_config(masthead: Masthead, issue_date: dt.date) -> int | None:
    """``issue_number`` as written, or counted on weekly from ``first_issue_date`` when that is set.

    An issue dated before the first issue has no number.
    """
    if masthead.first_issue_date is None:
        return masthead.issue_number
    weeks = (issue_date - masthead.first_issue_date).days // 7
    number = (masthead.issue_number or 1) + weeks
    return number if number >= 1 and issue_date >= masthead.first_issue_date else None


def issue_number_for(issue_date: dt.date, project: Project) -> int | None:
    """The number of the issue of ``issue_date`` in ``project`` (the archive's hook)."""
    return number_from_config(project.config.masthead, issue_date)
