"""The archive: every published issue kept with a manifest, so no issue is ever lost or silently replaced.

Layout, under the output folder (``dist/``)::

    dist/2025/第27期-2025-07-11.pdf          editions (``周报-2025-07-11.pdf`` without an issue number)
    dist/2025/2025-07-11.manifest.json      what the issue holds: articles, config and edition hashes, mail

The manifest is written last, so it is the commit point: an issue is published when its manifest exists.
A published issue is rebuilt only when asked (``force``); its earlier editions are then kept as numbered
backups (``name~1.pdf``) and listed in the manifest, and so is every mail sent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from bulletin import journal
from bulletin.errors import AlreadyPublished, BulletinError, OutputError
from bulletin.files import os_reason, sha256_bytes, sha256_file, stage_file, write_atomically

MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_FORMAT = 1


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleEntry(_Record):
    """An article the issue holds: its file (relative to the project), title and content hash."""

    file: str
    title: str
    sha256: str


class CatalogEntry(_Record):
    """One line of the issue's catalog, kept so the issue can be mailed without rebuilding it."""

    number: int
    title: str
    source: str
    date: dt.date
    url: str = ""


class EditionEntry(_Record):
    """A file of the archive (relative to the output folder) and its hash."""

    edition: str
    file: str
    sha256: str
    size: int


class Delivery(_Record):
    """One mail of the issue: when, to whom, and which edition files it carried."""

    at: str
    to: tuple[str, ...]
    subject: str
    message_id: str
    editions_sha256: tuple[str, ...]


class SendFailure(_Record):
    at: str
    error: str


class UncertainSend(_Record):
    """A mail whose text went to the server but whose reply never came: it may have been delivered.

    Written before the message text is sent, and removed when the server answers; one left behind
    (connection lost, run killed) stops any automatic resend, so readers never get the issue twice.
    """

    at: str
    to: tuple[str, ...]
    message_id: str
    editions_sha256: tuple[str, ...]


class Manifest(_Record):
    """Everything known about one published issue."""

    format: int = MANIFEST_FORMAT
    date: dt.date
    number: int | None = None
    title: str
    window_start: dt.date
    window_end: dt.date
    built_at: str
    config_sha256: str
    articles: tuple[ArticleEntry, ...]
    catalog: tuple[CatalogEntry, ...]
    editions: tuple[EditionEntry, ...] = ()
    replaced: tuple[EditionEntry, ...] = ()
    sent: tuple[Delivery, ...] = ()
    send_failures: tuple[SendFailure, ...] = ()
    uncertain: tuple[UncertainSend, ...] = ()

    @property
    def label(self) -> str:
        """How editors name an issue: 第27期（2025-07-11） or just the date."""
        return f"第{self.number}期（{self.date.isoformat()}）" if self.number else self.date.isoformat()

    @property
    def sent_current(self) -> bool:
        """Whether the editions as they are now have been mailed."""
        current = tuple(entry.sha256 for entry in self.editions)
        return any(delivery.editions_sha256 == current for delivery in self.sent)


@dataclass(frozen=True)
class Publication:
    """What publishing an issue wrote: the manifest, the edition files, and the backups of earlier ones."""

    manifest: Manifest
    manifest_path: Path
    outputs: tuple[Path, ...]
    backups: tuple[Path, ...]


@dataclass(frozen=True)
class StagedEdition:
    edition: str
    file_name: str
    data: bytes


def now_text() -> str:
    """The local time with its offset, to the second, as manifests and the run log write it."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def issue_folder(root: Path, date: dt.date) -> Path:
    return root / str(date.year)


def manifest_path(root: Path, date: dt.date) -> Path:
    return issue_folder(root, date) / f"{date.isoformat()}{MANIFEST_SUFFIX}"


def relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def load_manifest(path: Path) -> Manifest:
    """Read a manifest; a damaged one is an error naming the file, never a silently empty archive."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BulletinError(f"无法读取归档清单：{os_reason(exc)}。请检查该文件和磁盘后重新运行。", path=path) from None
    try:
        return Manifest.model_validate(json.loads(text))
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        raise BulletinError(f"归档清单已损坏，无法读取（{type(exc).__name__}）。请从备份恢复此文件，"
                            "或检查后手工修正；在此之前不会覆盖该期周报。", path=path) from None


def manifest_bytes(manifest: Manifest) -> bytes:
    return (json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_manifest(root: Path, manifest: Manifest) -> Path:
    path = manifest_path(root, manifest.date)
    write_atomically(path, manifest_bytes(manifest))
    return path


def find_manifest(root: Path, date: dt.date) -> Manifest | None:
    path = manifest_path(root, date)
    return load_manifest(path) if path.exists() else None


def manifest_paths(root: Path) -> list[Path]:
    """Every manifest of the archive, oldest issue first."""
    return sorted(root.glob(f"[0-9][0-9][0-9][0-9]/*{MANIFEST_SUFFIX}")) if root.is_dir() else []


def publish(root: Path, draft: Manifest, editions: Sequence[StagedEdition], *, force: bool) -> Publication:
    """Write an issue's editions and manifest into the archive, all or nothing.

    Every new file, the manifest included, is first written to a temporary file beside its target; the
    renames to make are then recorded in the publish journal (the commit point, see ``journal.py``), made,
    and the journal removed. A failure before the journal leaves the archive untouched; a run killed after
    it is completed by the next run's recovery.
    """
    journal.recover(root)  # normally done already by the run's start; kept here for library callers
    existing = find_manifest(root, draft.date)
    if existing is not None and not force:
        raise already_published(root, existing)
    folder = issue_folder(root, draft.date)
    temporaries: list[Path] = []
    try:
        staged: list[tuple[StagedEdition, Path, Path]] = []
        for edition in editions:
            target = folder / edition.file_name
            temporary = stage_file(target, edition.data)
            temporaries.append(temporary)
            staged.append((edition, target, temporary))
        replaced = list(existing.replaced) if existing else []
        moves: list[journal.Move] = []
        backups: list[Path] = []
        new_bytes = {target: edition.data for edition, target, _ in staged}
        kept = kept_editions(existing, editions)
        earlier = [root / entry.file for entry in existing.editions if entry not in kept] if existing else []
        for target in dict.fromkeys([*earlier, *new_bytes]):
            if target.is_file() and (target not in new_bytes
                                     or sha256_file(target) != sha256_bytes(new_bytes[target])):
                backup = free_backup_name(target, taken=backups)
                digest = sha256_file(target)
                backups.append(backup)
                moves.append(journal.Move(relative(root, target), relative(root, backup), digest))
                replaced.append(EditionEntry(edition=backup.suffix.lstrip("."), file=relative(root, backup),
                                             sha256=digest, size=target.stat().st_size))
        outputs, entries = [], []
        for edition, target, temporary in staged:
            outputs.append(target)
            entries.append(EditionEntry(edition=edition.edition, file=relative(root, target),
                                        sha256=sha256_bytes(edition.data), size=len(edition.data)))
            moves.append(journal.Move(relative(root, temporary), relative(root, target), entries[-1].sha256))
        manifest = draft.model_copy(update={
            "editions": (*kept, *entries), "replaced": tuple(replaced),
            "sent": existing.sent if existing else (), "send_failures": existing.send_failures if existing else (),
            "uncertain": existing.uncertain if existing else ()})
        path = manifest_path(root, draft.date)
        data = manifest_bytes(manifest)
        temporary = stage_file(path, data)
        temporaries.append(temporary)
        moves.append(journal.Move(relative(root, temporary), relative(root, path), sha256_bytes(data)))
        journal.begin(root, moves, draft.label)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        raise
    # Committed: from here the publish completes, now or in the next run's recovery.
    try:
        journal.carry_out(root, moves)
        journal.finish(root)
    except OSError as exc:
        raise OutputError(f"发布 {draft.label} 时文件移动失败（{os_reason(exc)}），发布尚未完成。"
                          "问题解决后运行 bulletin archive verify（或 build、send），即会按发布日志"
                          "自动完成这次发布；在此之前请勿手工移动 dist 中的文件。", path=journal.journal_path(root)) from None
    return Publication(manifest=manifest, manifest_path=path, outputs=tuple(outputs), backups=tuple(backups))


def kept_editions(existing: Manifest | None, editions: Sequence[StagedEdition]) -> tuple[EditionEntry, ...]:
    """The published editions a rebuild leaves alone: ``build -e pdf --force`` replaces the PDF only,
    and the DOCX stays published and listed in the manifest."""
    rebuilt = {edition.edition for edition in editions}
    return tuple(entry for entry in existing.editions if entry.edition not in rebuilt) if existing else ()


def free_backup_name(target: Path, *, taken: Sequence[Path] = ()) -> Path:
    """``name~N.ext`` for the first N that names no file (nor one already chosen in this publish)."""
    number = 1
    while (backup := target.with_name(f"{target.stem}~{number}{target.suffix}")).exists() or backup in taken:
        number += 1
    return backup


def record_uncertain(root: Path, manifest: Manifest, attempt: UncertainSend) -> Manifest:
    updated = manifest.model_copy(update={"uncertain": (*manifest.uncertain, attempt)})
    save_manifest(root, updated)
    return updated


def forget_uncertain(root: Path, manifest: Manifest, message_id: str) -> Manifest:
    """The server answered: the attempt of ``message_id`` is no longer uncertain."""
    kept = tuple(attempt for attempt in manifest.uncertain if attempt.message_id != message_id)
    if kept == manifest.uncertain:
        return manifest
    updated = manifest.model_copy(update={"uncertain": kept})
    save_manifest(root, updated)
    return updated


def record_delivery(root: Path, manifest: Manifest, delivery: Delivery) -> Manifest:
    kept = tuple(attempt for attempt in manifest.uncertain if attempt.message_id != delivery.message_id)
    updated = manifest.model_copy(update={"sent": (*manifest.sent, delivery), "uncertain": kept})
    save_manifest(root, updated)
    return updated


def record_send_failure(root: Path, manifest: Manifest, error: str) -> Manifest:
    failure = SendFailure(at=now_text(), error=error)
    updated = manifest.model_copy(update={"send_failures": (*manifest.send_failures, failure)})
    save_manifest(root, updated)
    return updated


@dataclass(frozen=True)
class ArchivedIssue:
    """A manifest as ``bulletin archive`` lists it (or the problem reading it)."""

    path: Path
    manifest: Manifest | None
    problem: str = ""


def list_issues(root: Path) -> list[ArchivedIssue]:
    issues = []
    for path in manifest_paths(root):
        try:
            issues.append(ArchivedIssue(path, load_manifest(path)))
        except BulletinError as exc:
            issues.append(ArchivedIssue(path, None, str(exc)))
    return issues


def verify_archive(root: Path) -> list[str]:
    """Check every archived file against its manifest; return the problems (none: the archive is whole)."""
    problems: list[str] = []
    known: set[Path] = set()
    for issue in list_issues(root):
        known.add(issue.path)
        if issue.manifest is None:
            problems.append(issue.problem)
            continue
        for entry in (*issue.manifest.editions, *issue.manifest.replaced):
            path = root / entry.file
            known.add(path)
            if not path.is_file():
                problems.append(f"{path}: 文件缺失（{issue.manifest.label}）。请从备份恢复，或用 --force 重新生成该期。")
            elif path.stat().st_size != entry.size or sha256_file(path) != entry.sha256:
                problems.append(f"{path}: 内容与归档清单不符（sha256 不同），文件已被改动或损坏。"
                                f"请从备份恢复，或用 --force 重新生成该期。")
    if journal.journal_path(root).exists():
        problems.append(f"{journal.journal_path(root)}: 有一次发布尚未完成。运行 bulletin archive verify（或 "
                        "build、send）会在开始时自动完成它。")
    for path in unlisted_files(root, known):
        problems.append(f"{path}: 不在任何归档清单中（可能是中断的生成留下的，或手工放入的文件）。"
                        "请核对后移走或删除。")
    return problems


# The project's own files in the output folder, which no manifest lists (documented in the README).
OWN_FILES = frozenset({".bulletin.lock", "bulletin.log", journal.JOURNAL_FILE})
OWN_FOLDERS = frozenset({".cache"})  # fontconfig's cache when a run has no HOME


def unlisted_files(root: Path, known: set[Path]) -> list[Path]:
    """Every file under ``root`` (any depth, hidden ones too, symlinks as themselves) that is not in ``known``."""
    if not root.is_dir():
        return []
    found: list[Path] = []
    for folder, folders, names in os.walk(root):
        here = Path(folder)
        if here == root:
            folders[:] = [name for name in folders if name not in OWN_FOLDERS]
            names = [name for name in names if name not in OWN_FILES]
        found.extend(path for name in names if (path := here / name) not in known)
        found.extend(path for name in folders if (path := here / name).is_symlink())
    return sorted(found)


def same_as_published(root: Path, existing: Manifest, staged: Sequence[StagedEdition]) -> bool:
    """Whether ``staged`` are byte for byte the editions already archived, and those files are intact."""
    wanted = {(edition.edition, edition.file_name, sha256_bytes(edition.data)) for edition in staged}
    asked = {edition.edition for edition in staged}  # ``-e pdf`` compares the PDF only
    archived = {(entry.edition, Path(entry.file).name, entry.sha256) for entry in existing.editions
                if entry.edition in asked}
    if wanted != archived:
        return False
    return all((root / entry.file).is_file() and sha256_file(root / entry.file) == entry.sha256
               for entry in existing.editions)


def already_published(root: Path, existing: Manifest, *, changed: bool = False) -> AlreadyPublished:
    why = "这次生成的内容与已归档的不同（文章、配置或模板有改动）。" if changed else ""
    return AlreadyPublished(
        f"{existing.label} 的周报已于 {existing.built_at} 生成并归档，{why}为避免覆盖已发布的周报，本次未重新生成；"
        "如确需重新生成，请加 --force（原有文件会保留为编号备份）。", path=manifest_path(root, existing.date))
