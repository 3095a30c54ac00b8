"""Unattended runs: one run at a time per project (a lock), and a log line for every run.

Cron and an editor may start ``bulletin`` at the same moment. The lock (``flock`` on a file in the output
folder) makes the second run wait a bounded time, then give up with a message naming who holds it. The
kernel releases the lock when its holder dies, even by SIGKILL, so a killed run never blocks the next.

The log (``dist/bulletin.log``, one JSON object a line) gets a ``start`` line when a run begins and an
``end`` line with its result, so a run that was killed shows as a start without an end.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bulletin.archive import now_text
from bulletin.errors import LockBusy
from bulletin.files import output_error, remove_stale_temporaries

LOCK_FILE = ".bulletin.lock"
LOG_FILE = "bulletin.log"
POLL_SECONDS = 0.2


@contextmanager
def project_lock(folder: Path, wait_seconds: float, command: str) -> Iterator[None]:
    """Hold the project's lock for the duration of the block, waiting at most ``wait_seconds`` for it."""
    path = folder / LOCK_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise output_error(exc, folder if exc.errno in (errno.EEXIST, errno.ENOTDIR) else path) from None
    try:
        deadline = time.monotonic() + max(wait_seconds, 0)
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(handle, 400, 0).decode("utf-8", "replace").strip() or "另一个 bulletin 进程"
                    raise LockBusy(f"另一个 bulletin 正在运行（{holder}），等待 {wait_seconds:g} 秒后仍未结束，"
                                   "本次未做任何改动。请稍后重试，或用 --wait 秒数 延长等待。", path=path) from None
                time.sleep(POLL_SECONDS)
        try:  # who holds the lock, for the message of a run that waits; a full disk must not stop the run
            os.ftruncate(handle, 0)
            os.pwrite(handle, f"进程 {os.getpid()}，{command}，开始于 {now_text()}".encode(), 0)
        except OSError:
            pass
        yield
    finally:
        os.close(handle)  # closing the descriptor releases the lock


def recover_archive(folder: Path) -> str:
    """What every run does first, under the lock: finish a publish a killed run left, then remove leftovers.

    Returns what recovery did ("" when there was nothing to do), for the run's messages.
    """
    from bulletin.journal import recover

    done = recover(folder)
    remove_stale_temporaries(folder)
    return done


@dataclass(frozen=True)
class RunRecord:
    """The end of a run, as the log keeps it."""

    command: str
    result: str
    exit_code: int
    issue: str = ""
    number: int | None = None
    articles: int = 0
    warnings: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    message: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RunLog:
    """The project's run log; writing to it never fails a run (a full disk is reported by the run itself)."""

    path: Path

    def _append(self, entry: dict[str, object]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as stream:
                stream.write(line)
        except OSError:
            pass

    def start(self, command: str) -> None:
        self._append({"time": now_text(), "event": "start", "pid": os.getpid(), "command": command})

    def finish(self, record: RunRecord) -> None:
        entry = {"time": now_text(), "event": "end", "pid": os.getpid(), **asdict(record)}
        entry["warnings"] = list(record.warnings)
        entry["outputs"] = list(record.outputs)
        if not record.extra:
            entry.pop("extra")
        self._append(entry)


def read_log(path: Path) -> list[dict[str, object]]:
    """The log's entries, oldest first (lines that are not JSON, e.g. cut by a full disk, are skipped)."""
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return entries
