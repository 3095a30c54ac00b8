"""The HTML edition: one self-contained file for phones, WeChat articles and e-mail bodies."""

from __future__ import annotations

from bulletin.editions import RenderContext
from bulletin.editions.templating import render_template
from bulletin.issue import Issue

WEB_TEMPLATE = "issue.web.html"


def render_html_edition(issue: Issue, context: RenderContext) -> bytes:
    """Render the HTML edition (inline styles only, nothing fetched from anywhere)."""
    return render_template(context, WEB_TEMPLATE, issue=issue).encode("utf-8")
