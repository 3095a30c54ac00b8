"""The small error hierarchy of bulletin.

Domain code raises these; only ``cli.py`` turns them into messages and exit codes. Every message is
written for an editor (in Chinese) and names the file, and the line where there is one.
"""

from __future__ import annotations

from pathlib import Path


class BulletinError(Exception):
    """Base class: something the user can fix, with a message that says how."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        # A URL stays as given: Path() would fold "https://" into "https:/".
        self._shown = path if isinstance(path, str) and "://" in path else None
        self.line = line
        self.column = column

    def location(self) -> str:
        """``file:line:col`` as far as it is known (empty if nothing is)."""
        if self.path is None:
            return ""
        text = self._shown or str(self.path)
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class ConfigError(BulletinError):
    """The project's YAML config is unreadable or invalid."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None,
                 column: int | None = None, key: str | None = None) -> None:
        super().__init__(message, path=path, line=line, column=column)
        self.key = key


class ArticleError(BulletinError):
    """One article file cannot be used; the issue is built without it (unless strict)."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None,
                 column: int | None = None, field: str | None = None) -> None:
        super().__init__(message, path=path, line=line, column=column)
        self.field = field


class TemplateError(BulletinError):
    """A template has a syntax error or uses a field the issue model does not have."""


class RenderError(BulletinError):
    """An edition could not be rendered (missing font, missing glyph, write failure)."""


class NothingToPublish(BulletinError):
    """No article falls in the issue's window: no empty issue is written."""


class IngestError(BulletinError):
    """An input file or URL cannot be ingested (unreadable, undecodable, too large, not text)."""
class OutputError(BulletinError):
    """An output file could not be written (disk full, read-only folder); nothing published was changed."""


class AlreadyPublished(BulletinError):
    """The issue is already in the archive; it is rebuilt only when asked (``--force``)."""


class LockBusy(BulletinError):
    """Another bulletin run holds the project's lock and did not finish within the wait."""


class DeliveryError(BulletinError):
    """The issue could not be mailed; it stays built and is marked as not yet sent."""
