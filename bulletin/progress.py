"""A status line on the terminal while long work runs (reading 99 articles, rendering, fetching URLs).

Shown only to a person: on a terminal (stderr is a TTY), and never with ``--quiet`` or ``--json``, so
cron mail, pipes and JSON readers see exactly what they saw before. rich (installed with typer) draws it
and clears it when the work is done.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Say = Callable[[str], None]


def wanted(*, quiet: bool = False, as_json: bool = False) -> bool:
    """Whether a status line may be drawn: a person is watching, and nothing is being kept quiet."""
    return not quiet and not as_json and sys.stderr.isatty()


def silent(message: str) -> None:
    """The status callback when nothing is shown."""


@contextmanager
def status_line(enabled: bool) -> Iterator[Say]:
    """Yield a callback that replaces the status line's text; the line is erased on exit."""
    if not enabled:
        yield silent
        return
    from rich.console import Console
    from rich.live import Live
    from rich.spinner import Spinner

    console = Console(stderr=True, highlight=False)
    with Live(Spinner("dots", text=""), console=console, transient=True, refresh_per_second=8) as live:
        # Each new step is drawn at once: a short step must not vanish between two timed refreshes.
        yield lambda message: live.update(Spinner("dots", text=message), refresh=True)
