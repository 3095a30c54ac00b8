"""``bulletin preview``: the issue as it would be built, and why every other article is left out.

Editors shape an issue by editing rules; the preview is how they see the effect of an edit without
building a PDF.
"""

from __future__ import annotations

from bulletin.curate import Selection
from bulletin.errors import ArticleError
from bulletin.issue import chinese_date


def preview_lines(selection: Selection, problems: tuple[ArticleError, ...] = ()) -> list[str]:
    """The preview as lines of text: the chosen articles by section, then the ones left out and why."""
    window = selection.window
    lines = [f"{chinese_date(selection.issue_date)}的周报（时间范围 {window.start.isoformat()} 至 "
             f"{window.end.isoformat()}）将收录 {len(selection.articles)} 篇："]
    number = 0
    for title, articles in selection.sections:
        if title is not None:
            lines.append(f"【{title}】" + ("（无文章）" if not articles else ""))
        for article in articles:
            number += 1
            pin = "（置顶）" if article.name in selection.pinned else ""
            lines.append(f"  {number}. {article.date.isoformat()} {article.source}《{article.title}》"
                         f"{pin}  {article.name}")
    if selection.left_out:
        lines.append(f"未收录 {len(selection.left_out)} 篇：")
        for left in selection.left_out:
            lines.append(f"  {left.article.name}《{left.article.title}》：{left.reason}")
    if problems:
        lines.append(f"无法读取 {len(problems)} 篇（生成周报时跳过；运行“bulletin check”查看）：")
        lines.extend(f"  {problem}" for problem in problems)
    return lines
