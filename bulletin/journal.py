"""The publish journal: an issue's files change together or not at all, even when the run is killed.

Publishing an issue moves several files: earlier editions aside as backups, the new editions into place,
the manifest last. Each rename is atomic, but a run killed between two of them would leave the archive
half old, half new. So every new file (manifest included) is first written and flushed to a temporary
file, then the list of renames is written to ``dist/.publish-journal.json`` (itself written atomically):
that rename is the commit point. The renames follow, and the journal is removed.

At the start of every build and send (and of ``archive verify``), under the project's lock,
:func:`recover` finishes what a journal left behind (roll forward: every file it needs is already on
disk), or, if a file it needs has gone, puts back what was moved (roll back). A step is known to be done when its target holds the expected bytes, so recovery
can itself be interrupted and run again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bulletin.errors import OutputError
from bulletin.files import os_reason, sha256_file, sync_folder, write_atomically

JOURNAL_FILE = ".publish-journal.json"
JOURNAL_FORMAT = 1


@dataclass(frozen=True)
class Move:
    """One rename of a publish: ``source`` to ``target`` (relative to the output folder), moving ``sha256``."""

    source: str
    target: str
    sha256: str


def journal_path(root: Path) -> Path:
    return root / JOURNAL_FILE


def begin(root: Path, moves: Sequence[Move], label: str) -> Path:
    """Record the renames about to be made; once this returns, the publish will complete (or be undone)."""
    path = journal_path(root)
    text = json.dumps({"format": JOURNAL_FORMAT, "issue": label, "moves": [asdict(move) for move in moves]},
                      ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return path


def _holds(path: Path, sha256: str) -> bool:
    return path.is_file() and not path.is_symlink() and sha256_file(path) == sha256


def _done(root: Path, move: Move) -> bool:
    return _holds(root / move.target, move.sha256)


def carry_out(root: Path, moves: Sequence[Move]) -> None:
    """Make every rename not yet made, in order; raise ``FileNotFoundError`` if a source has gone."""
    folders: set[Path] = set()
    for move in moves:
        source = root / move.source
        if _done(root, move):
            if source != root / move.target and _holds(source, move.sha256):
                source.unlink()  # the target already had these bytes: the staged copy is not needed
            continue
        if not _holds(source, move.sha256):
            raise FileNotFoundError(source)
        os.replace(source, root / move.target)
        folders.add((root / move.target).parent)
    for folder in sorted(folders):
        sync_folder(folder)


def undo(root: Path, moves: Sequence[Move]) -> None:
    """Put back every rename already made, newest first; leftover new files are removed with the temporaries."""
    for move in reversed(moves):
        target, source = root / move.target, root / move.source
        if _done(root, move) and not source.exists():
            os.replace(target, source)
            sync_folder(source.parent)


def finish(root: Path) -> None:
    journal_path(root).unlink(missing_ok=True)
    sync_folder(root)


def read_moves(root: Path) -> tuple[str, list[Move]] | None:
    """The journal left by an unfinished publish, or None (a damaged journal is an error naming it)."""
    path = journal_path(root)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data.get("issue", "")), [Move(**entry) for entry in data["moves"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OutputError(f"发布日志已损坏，无法读取（{type(exc).__name__}）。请运行“bulletin archive verify”核对归档，"
                          "确认无误后删除此文件。", path=path) from None


def recover(root: Path) -> str:
    """Finish (or undo) a publish a killed run left behind; return what was done, for the run's messages.

    Call only under the project's lock, and before leftover temporary files are removed: they are what a
    roll forward needs.
    """
    found = read_moves(root)
    if found is None:
        return ""
    label, moves = found
    try:
        carry_out(root, moves)
        outcome = f"上次运行在发布 {label} 的中途被中断，已按发布日志完成发布（归档已恢复完整）。"
    except FileNotFoundError:
        try:
            undo(root, moves)
        except OSError as exc:
            raise OutputError(f"上次中断的发布无法完成也无法撤回（{os_reason(exc)}）。请运行“bulletin archive "
                              "verify”核对，并从备份恢复。", path=journal_path(root)) from None
        outcome = f"上次运行在发布 {label} 的中途被中断，所需的临时文件已不在，已撤回该次发布（归档保持发布前的状态）。"
    except OSError as exc:
        raise OutputError(f"上次中断的发布尚未完成（{os_reason(exc)}），归档暂时不完整。问题解决后运行 "
                          "bulletin archive verify（或 build、send）即会自动完成。", path=journal_path(root)) from None
    finish(root)
    return outcome
