"""Every curation rule: a corpus where it takes an article, and one where it leaves one out (with why)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from conftest import article_text

from bulletin.config import parse_config
from bulletin.corpus import load_corpus
from bulletin.curate import Selection, curate
from bulletin.issue import build_issue

FRIDAY = dt.date(2025, 7, 11)


def curated(tmp_path: Path, articles: dict[str, str], config: str = "", day: dt.date = FRIDAY) -> Selection:
    """Write the article files and the config text, load both as a build does, and curate."""
    folder = tmp_path / "articles"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    assert not corpus.problems, corpus.problems
    return curate(corpus.articles, parse_config(config, tmp_path / "bulletin.yaml"), day)


def names(selection: Selection) -> list[str]:
    return [article.name for article in selection.articles]


def reason(selection: Selection, name: str) -> str:
    return next(left.reason for left in selection.left_out if left.article.name == name)


def unlike_body(seed: str) -> str:
    """A body no other seed's body resembles (so only the rule under test can collapse two articles)."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return "".join(chr(0x4E00 + byte * 16 + index % 16) for index, byte in enumerate(digest)) + "。"


def art(title: str = "测试文章", source: str = "新华网", date: str = "2025-07-09", url: str = "",
        body: str = "", tags: str = "") -> str:
    return article_text(title=title, source=source, date=date, url=url or f"https://example.cn/{title}.html",
                        body=body or unlike_body(title), extra=f"tags: [{tags}]\n" if tags else "")


def test_window_of_days_ends_on_issue_date(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"in.md": art("甲", date="2025-07-09"), "old.md": art("乙", date="2025-07-08"),
                                   "late.md": art("丙", date="2025-07-12")}, "window:\n  days: 3\n")
    assert names(selection) == ["in.md"]
    assert reason(selection, "old.md") == "日期 2025-07-08 早于本期时间范围（2025-07-09 至 2025-07-11）"
    assert "晚于本期时间范围" in reason(selection, "late.md")


def test_week_ending_on_a_weekday(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"thu.md": art("甲", date="2025-07-10"), "fri.md": art("乙", date="2025-07-11"),
                                   "prev_fri.md": art("丙", date="2025-07-04")}, "window:\n  week_ending: 周四\n")
    assert (selection.window.start, selection.window.end) == (dt.date(2025, 7, 4), dt.date(2025, 7, 10))
    assert names(selection) == ["prev_fri.md", "thu.md"]
    assert "晚于本期时间范围（2025-07-04 至 2025-07-10）" in reason(selection, "fri.md")


def test_include_keywords_in_title_or_body_ignoring_case(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"title.md": art("医保支付改革"), "body.md": art("其他", body="推进 ai 应用。"),
                                   "none.md": art("无关新闻")}, "select:\n  include: [医保, AI]\n")
    assert names(selection) == ["body.md", "title.md"]
    assert reason(selection, "none.md") == "标题和正文中没有任何所需关键词（select.include：医保、AI）"


def test_keywords_in_title_only(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"title.md": art("医保新规"), "body.md": art("其他", body="医保。")},
                        "select:\n  include: 医保\n  keywords_in: title\n")
    assert names(selection) == ["title.md"]
    assert reason(selection, "body.md") == "标题中没有任何所需关键词（select.include：医保）"


def test_exclude_keyword_names_the_word_found(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"ok.md": art("甲"), "ad.md": art("乙", body="本文为广告。")},
                        "select:\n  exclude: [广告, 招聘]\n")
    assert names(selection) == ["ok.md"]
    assert reason(selection, "ad.md") == "标题和正文中含有排除关键词“广告”（select.exclude）"


def test_outlet_allow_list_and_block_list(tmp_path: Path) -> None:
    articles = {"x.md": art("甲", source="新华网"), "r.md": art("乙", source="人民网"), "n.md": art("丙", source="网易")}
    allowed = curated(tmp_path / "a", articles, "select:\n  outlets: [新华网, 网易]\n")
    assert names(allowed) == ["n.md", "x.md"]
    assert reason(allowed, "r.md") == "来源“人民网”不在允许的来源中（select.outlets：新华网、网易）"
    blocked = curated(tmp_path / "b", articles, "select:\n  block_outlets: 网易\n")
    assert names(blocked) == ["r.md", "x.md"]
    assert reason(blocked, "n.md") == "来源“网易”已被屏蔽（select.block_outlets）"


def test_tags_required_and_excluded(tmp_path: Path) -> None:
    articles = {"ai.md": art("甲", tags="医疗AI"), "mh.md": art("乙", tags="心理健康, 校园"), "no.md": art("丙")}
    wanted = curated(tmp_path / "a", articles, "select:\n  tags: [医疗AI, 心理健康]\n")
    assert names(wanted) == ["ai.md", "mh.md"]
    assert reason(wanted, "no.md") == "没有所需的标签（select.tags：医疗AI、心理健康）"
    unwanted = curated(tmp_path / "b", articles, "select:\n  exclude_tags: [校园]\n")
    assert names(unwanted) == ["ai.md", "no.md"]
    assert reason(unwanted, "mh.md") == "带有排除的标签“校园”（select.exclude_tags）"


def test_cap_per_issue_keeps_the_newest_and_still_orders_oldest_first(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"a.md": art("甲", date="2025-07-06"), "b.md": art("乙", date="2025-07-08"),
                                   "c.md": art("丙", date="2025-07-10")}, "select:\n  max_items: 2\n")
    assert names(selection) == ["b.md", "c.md"]
    assert reason(selection, "a.md") == "已达上限 2 篇（select.max_items）"


def test_cap_per_outlet_prefers_outlet_priority_then_newer(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"x1.md": art("甲", source="新华网", date="2025-07-06"),
                                   "x2.md": art("乙", source="新华网", date="2025-07-08"),
                                   "r1.md": art("丙", source="人民网", date="2025-07-07"),
                                   "r2.md": art("丁", source="人民网", date="2025-07-09")},
                        "select:\n  max_per_outlet: 1\n")
    assert names(selection) == ["x2.md", "r2.md"]
    assert reason(selection, "x1.md") == "来源“新华网”已达上限 1 篇（select.max_per_outlet）"


def test_pin_in_overrides_window_rules_and_caps(tmp_path: Path) -> None:
    config = "select:\n  exclude: [旧闻]\n  max_items: 2\n  pin_in: [late.md]\n"
    selection = curated(tmp_path, {"late.md": art("旧闻补录", date="2025-06-01"), "new.md": art("甲"),
                                   "other.md": art("乙", date="2025-07-08")}, config)
    assert "late.md" in names(selection)
    assert "late.md" in selection.pinned
    assert names(selection) == ["late.md", "new.md"]
    assert reason(selection, "other.md") == "已达上限 2 篇（select.max_items）"


def test_pin_out_leaves_an_article_out(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"a.md": art("甲"), "b.md": art("乙")}, "select:\n  pin_out: b.md\n")
    assert names(selection) == ["a.md"]
    assert reason(selection, "b.md") == "编辑指定不收录（select.pin_out）"


SECTIONS = """\
sections:
  - title: 政策动态
    rules:
      include: [政策, 通知]
      keywords_in: title
  - title: 地方实践
    rules:
      outlets: [新华网]
      pin_in: [pinned.md]
"""


def test_sections_group_items_and_number_them_in_turn(tmp_path: Path) -> None:
    selection = curated(tmp_path, {"p.md": art("医保政策解读", source="人民网", date="2025-07-10"),
                                   "l.md": art("聊城智慧医疗", source="新华网", date="2025-07-08"),
                                   "pinned.md": art("政策通知", source="人民网", date="2025-07-09"),
                                   "none.md": art("一则消息", source="人民网")}, SECTIONS)
    assert [(title, [a.name for a in arts]) for title, arts in selection.sections] == [
        ("政策动态", ["p.md"]), ("地方实践", ["l.md", "pinned.md"])]
    assert reason(selection, "none.md") == (
        "不属于任何栏目：标题中没有任何所需关键词（栏目“政策动态”的 rules.include：政策、通知）；"
        "来源“人民网”不在允许的来源中（栏目“地方实践”的 rules.outlets：新华网）")
    issue = build_issue(selection, parse_config(SECTIONS, tmp_path / "c.yaml"))
    assert [(s.title, [i.number for i in s.items]) for s in issue.sections] == [("政策动态", [1]),
                                                                                 ("地方实践", [2, 3])]


def test_a_section_without_rules_takes_the_rest(tmp_path: Path) -> None:
    config = SECTIONS + "  - title: 其他\n"
    selection = curated(tmp_path, {"p.md": art("政策解读"), "o.md": art("一则消息", source="人民网")}, config)
    assert [(title, [a.name for a in arts]) for title, arts in selection.sections] == [
        ("政策动态", ["p.md"]), ("地方实践", []), ("其他", ["o.md"])]


def test_section_cap(tmp_path: Path) -> None:
    config = "sections:\n  - title: 全部\n    rules:\n      max_items: 1\n"
    selection = curated(tmp_path, {"a.md": art("甲", date="2025-07-07"), "b.md": art("乙", date="2025-07-10")},
                        config)
    assert names(selection) == ["b.md"]
    assert reason(selection, "a.md") == "已达上限 1 篇（栏目“全部”的 rules.max_items）"


ORDER_CORPUS = {"a.md": art("甲", source="人民网", date="2025-07-06"),
                "b.md": art("乙", source="新华网", date="2025-07-08"),
                "c.md": art("丙", source="健康报", date="2025-07-10")}


@pytest.mark.parametrize(("config", "expected"), [
    ("", ["a.md", "b.md", "c.md"]),
    ("order: date_desc\n", ["c.md", "b.md", "a.md"]),
    ("order: outlet\noutlet_priority: [健康报, 新华网]\n", ["c.md", "b.md", "a.md"]),
    ("order: outlet\noutlet_priority: [新华网]\n", ["b.md", "a.md", "c.md"]),
    ("order: manual\nmanual_order: [b.md, c.md]\n", ["b.md", "c.md", "a.md"]),
])
def test_order(tmp_path: Path, config: str, expected: list[str]) -> None:
    assert names(curated(tmp_path, ORDER_CORPUS, config)) == expected


def test_same_url_collapses_keeping_the_higher_priority_outlet(tmp_path: Path) -> None:
    selection = curated(tmp_path, {
        "copy.md": art("聊城智慧医疗", source="网易", url="http://www.xinhuanet.com/a/1.html#top"),
        "orig.md": art("山东聊城：智慧医疗", source="新华网", url="https://xinhuanet.com/a/1.html/")},
        "outlet_priority: [新华网]\n")
    assert names(selection) == ["orig.md"]
    assert reason(selection, "copy.md") == ("与 orig.md（新华网）重复：链接相同，保留优先级较高的来源（duplicates）")


def test_near_identical_title_collapses(tmp_path: Path) -> None:
    selection = curated(tmp_path, {
        "a.md": art("山东聊城智慧医疗让患者告别“折返跑”", source="网易"),
        "b.md": art("山东聊城：智慧医疗让患者告别折返跑", source="新华网"),
        "c.md": art("青海启用急救120无障碍信息平台", source="网易")}, "outlet_priority: [新华网]\n")
    assert names(selection) == ["b.md", "c.md"]
    assert reason(selection, "a.md").startswith("与 b.md（新华网）重复：标题相近（相似度 ")


def test_near_identical_body_collapses_but_different_bodies_stay(tmp_path: Path) -> None:
    body = "聊城市人民医院上线智慧医疗服务平台，患者在手机上即可完成挂号、缴费、查看检查报告等全部流程。" * 3
    selection = curated(tmp_path, {
        "a.md": art("标题一", source="人民网", body=body),
        "b.md": art("完全不同的标题", source="新华网", body=body.replace("全部", "所有")),
        "c.md": art("第三篇", source="网易", body="河南省启动中小学心理健康宣传月活动，覆盖全省各类学校。")},
        "outlet_priority: [人民网]\n")
    assert names(selection) == ["a.md", "c.md"]
    assert "正文相近" in reason(selection, "b.md")


def test_duplicates_can_be_switched_off(tmp_path: Path) -> None:
    articles = {"a.md": art("同一标题", url="https://a.cn/1"), "b.md": art("同一标题", url="https://a.cn/1")}
    assert len(curated(tmp_path / "on", articles).articles) == 1
    assert len(curated(tmp_path / "off", articles, "duplicates:\n  enabled: false\n").articles) == 2


@pytest.mark.parametrize(("masthead", "day", "expected"), [
    ("  issue_number: 27\n", FRIDAY, 27),
    ("  issue_number: 27\n  first_issue_date: 2025-07-04\n", FRIDAY, 28),
    ("  first_issue_date: 2025-01-03\n", FRIDAY, 28),
    ("  first_issue_date: 2025-08-01\n", FRIDAY, None),
    ("", FRIDAY, None),
])
def test_issue_number_from_config(tmp_path: Path, masthead: str, day: dt.date, expected: int | None) -> None:
    config_text = f"masthead:\n{masthead}wording:\n  lead: “{{number}}”共 {{count}} 篇，{{start}}至{{end}}\n"
    config = parse_config(config_text, tmp_path / "c.yaml")
    selection = curated(tmp_path, {"a.md": art("甲")}, config_text, day)
    issue = build_issue(selection, config)
    assert issue.number == expected
    number_text = f"第{expected}期" if expected else ""
    assert issue.lead == f"“{number_text}”共 1 篇，2025年7月5日至2025年7月11日"
