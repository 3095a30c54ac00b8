"""The editions of an issue, behind one small registry.

An edition is a function from the issue model to the bytes of a file. Rendering returns bytes rather than
writing, so the builder can render every edition first and only then write them all, atomically.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bulletin.issue import Issue

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class RenderContext:
    """What an edition may use besides the issue: where to look for templates, project's first."""

    template_dirs: tuple[Path, ...] = (BUILTIN_TEMPLATES,)

    def find(self, name: str) -> Path | None:
        """The first template file called ``name`` (a project's own file overrides the built-in one)."""
        for folder in self.template_dirs:
            candidate = folder / name
            if candidate.is_file():
                return confined(candidate, folder)
        return None

    def allows(self, path: Path) -> bool:
        """Whether ``path``, symlinks resolved, lies inside one of the template folders."""
        return any(inside(path, folder) for folder in self.template_dirs)


def inside(path: Path | str, folder: Path | str) -> bool:
    """Whether ``path`` is ``folder`` or under it once every symlink of both is resolved."""
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def confined(path: Path, folder: Path) -> Path:
    """``path`` if it stays inside ``folder``; a symlink leading out of the templates folder is refused."""
    if not inside(path, folder):
        from bulletin.errors import TemplateError

        raise TemplateError(f"模板文件是指向模板目录（{folder}）之外的符号链接，出于安全不予读取。"
                            "请把该文件复制到模板目录中，而不是链接到别处。", path=path)
    return path


@dataclass(frozen=True)
class Edition:
    """One kind of output file."""

    name: str
    extension: str
    render: Callable[[Issue, RenderContext], bytes]


# name → (extension, module, function). Modules are imported only when their edition is asked for.
REGISTRY: dict[str, tuple[str, str, str]] = {
    "pdf": (".pdf", "bulletin.editions.pdf", "render_pdf"),
    "docx": (".docx", "bulletin.editions.docx", "render_docx"),
    "html": (".html", "bulletin.editions.html", "render_html_edition"),
}


def get_editions(names: list[str] | tuple[str, ...]) -> list[Edition]:
    """The editions asked for, in the order asked."""
    editions = []
    for name in names:
        extension, module, function = REGISTRY[name]
        editions.append(Edition(name, extension, getattr(importlib.import_module(module), function)))
    return editions
