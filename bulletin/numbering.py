"""The issue number (第N期): counted by the calendar, or taken from the archive of built issues.

Two ways, chosen in ``masthead``:

* ``first_issue_date`` (with ``issue_number`` as that issue's number, 1 if unset): one number a week,
  whether or not an issue came out, as periodicals numbered by the calendar do;
* ``issue_number`` alone: the number of the first issue in the archive; each later issue takes the
  number of the latest archived issue before it plus one, so a skipped week (a holiday) skips no number.

A rebuilt issue keeps the number it was archived with, and ``bulletin build --number N`` overrides all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bulletin.archive import find_manifest, list_issues
from bulletin.config import Masthead, Project


def number_from_config(masthead: Masthead, issue_date: dt.date) -> int | None:
    """What the config alone says: counted on weekly from ``first_issue_date`` (an issue dated before the
    first one has no number), or else ``issue_number`` as written (what the archive starts from)."""
    if masthead.first_issue_date is None:
        return masthead.issue_number
    weeks = (issue_date - masthead.first_issue_date).days // 7
    number = (masthead.issue_number or 1) + weeks
    return number if number >= 1 and issue_date >= masthead.first_issue_date else None


def number_from_archive(masthead: Masthead, issue_date: dt.date, output_dir: Path) -> int | None:
    """The next number after the latest numbered issue archived before ``issue_date``."""
    earlier = [issue.manifest for issue in list_issues(output_dir)
               if issue.manifest is not None and issue.manifest.number is not None
               and issue.manifest.date < issue_date]
    if not earlier:
        return masthead.issue_number
    latest = max(earlier, key=lambda manifest: manifest.date)
    return (latest.number or 0) + 1


def issue_number_for(issue_date: dt.date, project: Project, *,
                     override: int | None = None) -> int | None:
    """The number of the issue of ``issue_date`` in ``project``."""
    if override is not None:
        return override
    masthead = project.config.masthead
    if masthead.first_issue_date is None and masthead.issue_number is None:
        return None  # the bulletin is not numbered
    archived = find_manifest(project.output_dir, issue_date)
    if archived is not None and archived.number is not None:
        return archived.number
    if masthead.first_issue_date is not None:
        return number_from_config(masthead, issue_date)
    return number_from_archive(masthead, issue_date, project.output_dir)
