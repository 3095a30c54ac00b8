"""The editions of an issue, behind one small registry.

An edition is a function from the issue model to the bytes of a file. Rendering returns bytes rather than
writing, so the builder can render every edition first and only then write them all, atomically.
"""

from __future__ import annotations

import importlib
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
                return candidate
        return None


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
