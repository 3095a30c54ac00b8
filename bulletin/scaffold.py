"""``bulletin init DIR``: a new bulletin project that builds as it is.

The project gets the commented config, copies of the built-in templates (to restyle), an article
folder with one example article dated in the current issue's window, an editor's README and the
editors' guide (``bulletin/defaults/editors-guide.md`` links to ``docs/editors-guide.md``).
Nothing that already exists is ever overwritten.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bulletin.config import CONFIG_FILE, Config, issue_day_of_week, parse_config
from bulletin.corpus import format_article
from bulletin.editions import BUILTIN_TEMPLATES
from bulletin.errors import BulletinError

DEFAULTS = Path(__file__).resolve().parent / "defaults"
EXAMPLE_ARTICLE = "示例文章.md"
GUIDE = "编辑手册.md"  # docs/editors-guide.md, shipped with every project (the README points to it)
EXAMPLE_PARAGRAPHS = (
    "这是一篇示例文章，用来确认新项目能够生成周报。每篇文章是文章目录中的一个 .md 文件："
    "开头两行“---”之间是标题、来源、链接和日期，其后是正文，段落之间空一行。",
    "确认“bulletin build”能生成周报后，请删除本文件，再放入本周收集的文章。",
)


def example_article(config: Config, today: dt.date) -> str:
    """The example article, dated so that this week's issue (the default of ``build``) holds it."""
    day = min(today, issue_day_of_week(today, config.schedule.weekday))
    return format_article(title="示例文章：新项目已就绪", source="示例来源", url="https://example.org/",
                          date=day, paragraphs=EXAMPLE_PARAGRAPHS,
                          note="示例文章：确认能生成周报后请删除本文件")


def project_files(config: Config, today: dt.date) -> dict[Path, bytes]:
    """Every file of a new project, by path relative to the project folder."""
    config_text = (DEFAULTS / "bulletin.yaml").read_bytes()
    files = {CONFIG_FILE: config_text,
             CONFIG_FILE.with_name("clutter.yaml"): (DEFAULTS / "project-clutter.yaml").read_bytes(),
             CONFIG_FILE.with_name("outlets.yaml"): (DEFAULTS / "project-outlets.yaml").read_bytes(),
             Path("README.md"): (DEFAULTS / "README.md").read_bytes(),
             Path(GUIDE): (DEFAULTS / "editors-guide.md").read_bytes(),
             Path(config.paths.corpus) / EXAMPLE_ARTICLE: example_article(config, today).encode("utf-8")}
    for template in sorted(BUILTIN_TEMPLATES.iterdir()):
        if template.is_file():
            files[Path(config.paths.templates) / template.name] = template.read_bytes()
    return files


def init_project(folder: Path, today: dt.date) -> list[Path]:
    """Write a new project into ``folder`` (created if needed); refuse if any of its files exists."""
    text = (DEFAULTS / "bulletin.yaml").read_text(encoding="utf-8")
    config = parse_config(text, DEFAULTS / "bulletin.yaml")
    files = project_files(config, today)
    existing = [folder / relative for relative in files if (folder / relative).exists()]
    if existing:
        raise BulletinError("以下文件已存在，未做任何改动（init 不会覆盖已有文件）："
                            + "、".join(str(path) for path in existing)
                            + "。请换一个空目录，或先移走这些文件。", path=folder)
    written = []
    for relative, data in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as handle:
            handle.write(data)
        written.append(target)
    (folder / config.paths.output).mkdir(exist_ok=True)
    (folder / config.paths.inbox).mkdir(exist_ok=True)  # where bulletin collect puts candidates
    return written



def reference_docx(config: Config) -> bytes:
    """A reference document for Word or WPS: a small sample issue in the styles the config gives.

    Editors restyle it (Body Text, Heading 2, Masthead, …) and save it as ``templates/reference.docx``;
    the DOCX edition then takes its styles, page set-up and header, and discards its sample text.
    """
    from bulletin.curate import Selection, window_ending
    from bulletin.editions import RenderContext
    from bulletin.editions.docx import render_docx
    from bulletin.issue import build_issue
    from bulletin.template_check import sample_articles

    day = dt.date(2025, 7, 11)
    articles = sample_articles()
    selection = Selection(issue_date=day, window=window_ending(day, 7),
                          sections=(("示例栏目", articles[:1]), (None, articles[1:])))
    return render_docx(build_issue(selection, config, 1), RenderContext())


def write_reference_docx(target: Path, config: Config, *, overwrite: bool = False) -> Path:
    """Write the reference document to ``target``; an existing one (an editor's work) is kept unless asked."""
    if target.parent.resolve() == BUILTIN_TEMPLATES.resolve():
        raise BulletinError("这个项目的模板目录就是 bulletin 的内置模板目录，参考文档若写在这里会改变所有项目的 DOCX 版。"
                            "请在配置 paths.templates 中指定项目自己的模板目录（例如 my-templates）后再运行。",
                            path=target)
    if target.exists() and not overwrite:
        raise BulletinError("参考文档已存在，未覆盖（其中可能有您在 Word 中改好的样式）。"
                            "如确需重新生成，请加 --force。", path=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    from bulletin.files import write_atomically

    write_atomically(target, reference_docx(config))
    return target
