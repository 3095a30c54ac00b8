"""Writing files so that no reader ever sees half of one, and nothing already written is lost.

Every file is written to a temporary file in its own folder, flushed to disk, and only then renamed over
its name: a rename within a folder is atomic, so a build killed at any moment leaves either the old file
or the new one. A write that fails (disk full, read-only folder) becomes an ``OutputError`` that says
what to do; the temporary file is removed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

from bulletin.errors import OutputError

TEMP_SUFFIX = ".tmp"

_REASONS = {
    errno.ENOSPC: ("磁盘空间已满", "请清理磁盘空间后重新运行"),
    errno.EDQUOT: ("超出磁盘配额", "请清理磁盘空间或提高配额后重新运行"),
    errno.EROFS: ("所在文件系统是只读的", "请把配置中的 paths.output 改为可写的目录"),
    errno.EACCES: ("没有写入权限", "请让运行 bulletin 的用户可以写入该目录，或把 paths.output 改为可写的目录"),
    errno.EPERM: ("没有写入权限", "请让运行 bulletin 的用户可以写入该目录，或把 paths.output 改为可写的目录"),
    errno.EIO: ("磁盘读写出错（EIO）", "请检查磁盘或存储设备后重新运行"),
    errno.EEXIST: ("路径上已有同名的文件，不是目录", "请把该文件移走，或把配置中的 paths.output 改为一个目录"),
    errno.ENOTDIR: ("路径中有一段是文件，不是目录", "请把该文件移走，或把配置中的 paths.output 改为一个目录"),
    errno.ELOOP: ("符号链接形成循环", "请检查并修正该路径上的符号链接"),
    errno.ENAMETOOLONG: ("路径过长", "请缩短配置中的 paths.output 或输出文件名"),
}


def os_reason(exc: OSError, *, reading: bool = False) -> str:
    """What an ``OSError`` means, in words an editor reads (the system's own words when we have none)."""
    if reading and exc.errno in (errno.EACCES, errno.EPERM):
        return "没有读取权限"
    return _REASONS.get(exc.errno or 0, (exc.strerror or str(exc), ""))[0]


def output_error(exc: OSError, path: Path) -> OutputError:
    """An ``OSError`` met while writing ``path``, as a message an editor (or cron's mail) can act on."""
    reason, todo = _REASONS.get(exc.errno or 0, (exc.strerror or str(exc), "请检查该目录后重新运行"))
    return OutputError(f"无法写入：{reason}。{todo}；已发布的周报未受影响。", path=path)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_all(handle: int, data: bytes) -> None:
    """Write every byte of ``data`` to the file descriptor (``os.write`` may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def stage_file(target: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``target``, on disk, and return its path (not yet renamed)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise output_error(exc, target.parent) from None
    temporary = Path(name)
    try:
        try:
            os.fchmod(handle, 0o644)
            write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise output_error(exc, target) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def commit_file(temporary: Path, target: Path) -> None:
    """Rename a staged file over its target (atomic), and flush the folder so the rename survives a crash."""
    try:
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise output_error(exc, target) from None
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk (best effort: not every file system allows it)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder, then rename it into place."""
    commit_file(stage_file(target, data), target)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove temporary files a killed run left behind (``.name.XXXX.tmp``) in the output folder and its
    year folders; call only under the project's lock, so no running build's file is taken."""
    if not folder.is_dir():
        return []
    removed = []
    pattern = f".*{TEMP_SUFFIX}"
    try:
        for path in [*folder.glob(pattern), *folder.glob(f"[0-9][0-9][0-9][0-9]/{pattern}")]:
            if path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    except OSError:
        pass  # tidying is best effort: a folder that cannot be read now is tidied by a later run
    return removed
