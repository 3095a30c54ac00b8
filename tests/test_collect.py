"""``bulletin collect``, ``inbox``, ``accept`` and ``reject`` as editors and cron run them, against a real
HTTP server on 127.0.0.1 (tests/collect_site.py) serving feeds, list pages and article pages made from
the real articles of seeds/. Nothing here reaches beyond this machine."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin.cli import app
from bulletin.config import load_project
from bulletin.corpus import read_article
from bulletin.runlog import read_log
from tests.collect_site import (
    PDF_BYTES,
    Page,
    Site,
    article_page,
    atom,
    dripping,
    huge_feed,
    list_page,
    many_links,
    rss,
    seed_articles,
)
from tests.conftest import article_text, make_project

ISSUE = "2025-07-11"  # a Friday: the window is 2025-07-05 to 2025-07-11
ARTICLES = seed_articles()


def _paragraphs_html(index: int) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in ARTICLES[index].paragraphs)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    site = Site()
    a = ARTICLES
    site.routes["/rss.xml"] = rss([
        # 5 July 07:30 in Beijing is 4 July in UTC: in the window only if the time zone is kept.
        {"title": a[0].title, "link": site.url("/news/0.html"), "pubDate": "Sat, 05 Jul 2025 07:30:00 +0800"},
        {"title": a[1].title, "link": site.url("/news/1.html"), "pubDate": "Tue, 08 Jul 2025 18:00:00 +0800"},
        {"title": a[9].title, "link": site.url("/news/9.html"), "pubDate": "Fri, 20 Jun 2025 09:00:00 +0800"},
        # 12 July 06:00 in Beijing is still 11 July in UTC: outside the window, in its own time zone.
        {"title": a[10].title, "link": site.url("/news/10.html"), "pubDate": "Sat, 12 Jul 2025 06:00:00 +0800"},
    ])
    for number in (0, 1, 9, 10):
        site.routes[f"/news/{number}.html"] = article_page(a[number], "2025-07-08")
    site.routes["/atom.xml"] = atom([
        {"title": a[2].title, "link": site.url("/atom/2.html"), "updated": "2025-07-09T08:00:00+08:00"},
        {"title": a[3].title, "link": site.url("/atom/3.html"), "updated": "2025-07-10T23:30:00Z"},  # 11 July here
    ])
    site.routes["/atom/2.html"] = article_page(a[2], "2025-07-09")
    site.routes["/atom/3.html"] = article_page(a[3], "2025-07-11")
    site.routes["/gbk.xml"] = rss([{"title": a[4].title, "link": site.url("/gbk/4.html"),
                                    "pubDate": "Wed, 09 Jul 2025 10:00:00 +0800"}], encoding="gbk", title="健康报")
    site.routes["/gbk/4.html"] = article_page(a[4], "2025-07-09", charset="gbk")
    # The full text is in the feed; its link is gone, so fetching it would fail the item.
    site.routes["/fulltext.xml"] = rss([{"title": a[5].title, "link": site.url("/gone/5.html"),
                                         "pubDate": "Wed, 09 Jul 2025 10:00:00 +0800", "content": _paragraphs_html(5)}])
    site.routes["/nhc/list.shtml"] = list_page([
        ("/nhc/art/6.shtml", a[6].title, "2025-07-10"),
        ("/nhc/art/7.shtml", a[7].title, "2025-07-07"),
        ("/nhc/art/8.shtml", a[8].title, "2025-06-30"),
    ])
    for number in (6, 7, 8):
        site.routes[f"/nhc/art/{number}.shtml"] = article_page(a[number], "2025-07-07", outlet="国家卫生健康委员会")
    site.routes["/huge.xml"] = huge_feed(50)
    site.routes["/to-file.xml"] = Page(b"", status=302, headers=(("Location", "file:///etc/passwd"),))
    site.routes["/links.shtml"] = many_links(10_000)
    site.routes["/broken.xml"] = Page(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
                                      b"<title>\xe6\x9c\xaa\xe9\x97\xad\xe5\x90\x88 <b></title><link>", "application/rss+xml")
    site.routes["/drip.xml"] = dripping(20)
    site.routes["/pdf.xml"] = rss([{"title": "关于印发卫生健康统计调查制度的通知", "link": site.url("/paper.pdf"),
                                    "pubDate": "Tue, 08 Jul 2025 18:00:00 +0800"}])
    site.routes["/paper.pdf"] = Page(PDF_BYTES, "application/pdf")
    site.routes["/error.xml"] = Page(b"busy", status=503)
    site.routes["/page.html"] = Page(b"<html><body><p>\xe8\xbf\x99\xe4\xb8\x8d\xe6\x98\xaf</p></body></html>")
    yield site
    site.close()


GOOD = {"健康报": ("feed", "/rss.xml"), "人民网健康": ("feed", "/atom.xml"), "GBK 订阅源": ("feed", "/gbk.xml"),
        "全文订阅源": ("feed", "/fulltext.xml"), "国家卫生健康委员会": ("page", "/nhc/list.shtml")}


def _project(tmp_path: Path, site: Site, sources: dict[str, tuple[str, str]], **settings: object) -> Path:
    listed = [{"name": name, kind: path if path.startswith("http") else site.url(path)}
              for name, (kind, path) in sources.items()]
    collect = {"sources": listed, "delay": 0, "retries": 0, "timeout": 3, **settings}
    return make_project(tmp_path / "project", config={"collect": collect})


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _inbox(project: Path) -> dict[str, object]:
    return {read_article(path).url.rsplit("/", 2)[-2] + "/" + read_article(path).url.rsplit("/", 1)[-1]: read_article(path)
            for path in sorted((project / "inbox").glob("*.md"))}


def test_collects_feeds_and_list_pages_in_the_window_into_the_inbox(tmp_path: Path, site: Site) -> None:
    project = _project(tmp_path, site, GOOD)
    code, out, err = _run("collect", "--date", ISSUE, "--project", str(project))
    assert code == 0, out + err
    found = _inbox(project)
    # +0800 kept (5 July in, 12 July out), Z moved to UTC+8 (11 July in), list-page dates beside the links.
    assert set(found) == {"news/0.html", "news/1.html", "atom/2.html", "atom/3.html", "gbk/4.html", "gone/5.html",
                          "art/6.shtml", "art/7.shtml"}
    by_url = {key: article for key, article in found.items()}
    assert str(by_url["news/0.html"].date) == "2025-07-05" and str(by_url["atom/3.html"].date) == "2025-07-11"
    assert by_url["gbk/4.html"].title == ARTICLES[4].title  # GBK feed and GBK page decoded
    assert by_url["gone/5.html"].paragraphs == ARTICLES[5].paragraphs  # full text from the feed, nothing fetched
    assert "/gone/5.html" not in site.requests
    assert by_url["art/6.shtml"].source == "国家卫生健康委员会"
    assert by_url["news/1.html"].paragraphs[0] == ARTICLES[1].paragraphs[0]  # page chrome left out
    assert not any(p in "".join(by_url["news/1.html"].paragraphs) for p in ("分享到", "打印本页", "主办单位"))
    # The list page's menus, pager and footer links were not taken for articles.
    assert not any(path.startswith(("/wjw/", "/nhc/list_")) for path in site.requests)
    assert "■ 健康报：找到 4 条，本期时间范围内 2 条，符合关键词 2 条，新增 2 条" in out
    assert "跳过 2 条：不在本期时间范围" in out
    assert "■ 国家卫生健康委员会：找到 3 条，本期时间范围内 2 条" in out
    [end] = [entry for entry in read_log(project / "dist" / "bulletin.log") if entry["event"] == "end"]
    assert end["command"] == "collect" and end["exit_code"] == 0 and end["articles"] == 8
    assert not list((project / "inbox").glob(".*"))  # no temporary file left


def test_a_second_run_brings_nothing_twice_and_rejected_articles_never_come_back(tmp_path: Path, site: Site) -> None:
    project = _project(tmp_path, site, {"健康报": GOOD["健康报"], "国家卫生健康委员会": GOOD["国家卫生健康委员会"]})
    assert _run("collect", "--date", ISSUE, "--project", str(project))[0] == 0
    names = sorted(path.name for path in (project / "inbox").glob("*.md"))
    assert len(names) == 4
    before = {name: (project / "inbox" / name).read_bytes() for name in names}
    code, out, _ = _run("collect", "--date", ISSUE, "--project", str(project))
    assert code == 0 and "跳过 2 条：收件箱中已有（同一链接）" in out
    assert {name: (project / "inbox" / name).read_bytes() for name in names} == before  # nothing changed

    code, out, err = _run("reject", names[0], "--project", str(project))
    assert code == 0, err
    listed = (project / "config" / "rejected-urls.txt").read_text(encoding="utf-8")
    assert not (project / "inbox" / names[0]).exists() and "http://127.0.0.1" in listed
    code, out, err = _run("accept", names[1], "--project", str(project))
    assert code == 0, err
    assert (project / "articles" / names[1]).read_bytes() == before[names[1]]
    assert not (project / "inbox" / names[1]).exists()
    for name in names[2:]:
        (project / "inbox" / name).unlink()  # the editor empties the inbox by hand

    code, out, _ = _run("collect", "--date", ISSUE, "--project", str(project))
    assert code == 0
    assert "跳过 1 条：编辑已拒绝（config/rejected-urls.txt）" in out
    assert "跳过 1 条：文章目录中已有（同一链接）" in out
    assert sorted(path.name for path in (project / "inbox").glob("*.md")) == names[2:]


def test_near_duplicates_of_the_corpus_and_keywords_are_skipped(tmp_path: Path, site: Site) -> None:
    reprint = ARTICLES[1]  # the same story as /news/1.html, kept by the corpus under another address
    body = "\n\n".join(reprint.paragraphs)
    project = make_project(tmp_path / "project", articles={"reprint.md": article_text(
        title=reprint.title, source="新华网", url="https://example.cn/reprint.html", date="2025-07-08", body=body)},
        config={"collect": {"sources": [{"name": "健康报", "feed": site.url("/rss.xml")},
                                        {"name": "人民网健康", "feed": site.url("/atom.xml")}],
                            "keywords": ["人工智能", "心理健康"], "delay": 0, "retries": 0}})
    code, out, _ = _run("collect", "--date", ISSUE, "--project", str(project))
    assert code == 0
    assert "跳过 1 条：与 reprint.md 内容重复" in out
    titles = {read_article(path).title for path in (project / "inbox").glob("*.md")}
    assert titles == {ARTICLES[0].title}  # 人工智能 (心理健康: the duplicate); the atom items have neither
    assert "■ 人民网健康：找到 2 条，本期时间范围内 2 条，符合关键词 0 条，新增 0 条" in out
    assert "跳过 2 条：不含关键词" in out
    code, out, _ = _run("inbox", "--project", str(project))
    assert code == 0
    assert f"2025-07-05  健康报  {ARTICLES[0].title}  〔人工智能〕" in out
    assert "收件箱" in out and "1 篇候选文章" in out


def test_bad_sources_each_warn_by_name_and_the_others_are_still_collected(tmp_path: Path, site: Site) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        refused_port = closed.getsockname()[1]
    bad = {"五十兆订阅源": ("feed", "/huge.xml"), "跳转到本地文件": ("feed", "/to-file.xml"),
           "一万条链接": ("page", "/links.shtml"), "坏的XML": ("feed", "/broken.xml"), "滴答服务器": ("feed", "/drip.xml"),
           "PDF文章": ("feed", "/pdf.xml"), "服务器忙": ("feed", "/error.xml"), "不是订阅源": ("feed", "/page.html")}
    refused = {"拒绝连接": ("feed", f"http://127.0.0.1:{refused_port}/rss.xml")}
    project = _project(tmp_path, site, {**bad, **refused, "健康报": GOOD["健康报"]}, timeout=2, max_items=50)
    code, out, err = _run("collect", "--date", ISSUE, "--project", str(project))
    assert code == 4, out + err
    warnings = [line for line in err.splitlines() if line.startswith("警告：")]
    for name in [*bad, "拒绝连接"]:
        assert any(f"来源“{name}”" in line for line in warnings), (name, err)
    assert any("五十兆订阅源" in line and "MB" in line for line in warnings)
    assert any("跳转到本地文件" in line and "file:///etc/passwd" in line for line in warnings)
    assert any("一万条链接" in line and "10000" in line and "上限 50" in line for line in warnings)
    assert any("滴答服务器" in line and "2 秒" in line for line in warnings)
    assert any("PDF文章" in line and "PDF" in line for line in warnings)
    assert "■ PDF文章：找到 1 条，本期时间范围内 1 条，符合关键词 0 条，新增 0 条" in out
    assert any("服务器忙" in line and "HTTP 503" in line for line in warnings)
    assert any("拒绝连接" in line and "拒绝连接" in line.split("：", 1)[1] for line in warnings)
    # The good source was collected; nothing of the bad ones, and nothing half written.
    urls = {read_article(path).url.rsplit("/", 2)[-2] for path in (project / "inbox").glob("*.md")}
    assert urls == {"news"}
    assert not [path for path in (project / "inbox").iterdir() if not path.name.endswith(".md")]


def test_dry_run_and_json_write_nothing_and_say_everything(tmp_path: Path, site: Site) -> None:
    project = _project(tmp_path, site, {"健康报": GOOD["健康报"], "服务器忙": ("feed", "/error.xml")})
    code, out, err = _run("collect", "--date", ISSUE, "--project", str(project), "--dry-run", "--json")
    assert code == 4
    summary = json.loads(out)
    assert summary["result"] == "warnings" and summary["exit_code"] == 4 and summary["dry_run"] is True
    assert summary["issue"]["window"] == ["2025-07-05", "2025-07-11"]
    [good, busy] = summary["sources"]
    assert (good["found"], good["in_window"], good["new"]) == (4, 2, 2)
    assert good["skipped"] == {"不在本期时间范围": 2}
    assert busy["error"].startswith("HTTP 503")
    assert any("服务器忙" in warning for warning in summary["warnings"])
    assert len(summary["written"]) == 2 and not (project / "inbox").exists()

    code, out, err = _run("collect", "--date", ISSUE, "--project", str(project), "--quiet")
    assert code == 4 and "服务器忙" in err  # quiet speaks when a person is needed


def test_quiet_run_without_warnings_prints_nothing(tmp_path: Path, site: Site) -> None:
    project = _project(tmp_path, site, {"全文订阅源": GOOD["全文订阅源"]})
    code, out, err = _run("collect", "--date", ISSUE, "--project", str(project), "--quiet")
    assert (code, out, err) == (0, "", "")
    assert len(list((project / "inbox").glob("*.md"))) == 1


def test_accept_and_reject_refuse_what_is_not_in_the_inbox(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", articles={"a.md": article_text()})
    (project / "inbox").mkdir()
    (project / "inbox" / "broken.md").write_text("no front matter\n", encoding="utf-8")
    code, out, err = _run("accept", "a.md", "broken.md", "--project", str(project))
    assert code == 1
    assert "收件箱中没有这个文件" in err and "broken.md" in err and "front matter" in err
    assert (project / "inbox" / "broken.md").exists() and not (project / "articles" / "broken.md").exists()
    (project / "inbox" / "a.md").write_text(article_text(title="另一篇"), encoding="utf-8")
    code, _, err = _run("accept", "a.md", "--project", str(project))
    assert code == 1 and "文章目录中已有同名文件" in err
    assert read_article(project / "articles" / "a.md").title == "测试文章"  # never replaced


def test_collect_without_sources_says_where_to_write_them(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    code, _, err = _run("collect", "--project", str(project))
    assert code == 1 and "collect.sources" in err and "bulletin.yaml" in err


def test_schedule_prints_a_daily_collect_job_beside_the_weekly_build(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    code, out, _ = _run("schedule", "--project", str(project), "--collect-time", "07:30")
    assert code == 0
    cron_lines = [line for line in out.splitlines() if line and not line.startswith("#") and "bulletin" in line
                  and "* *" in line]
    assert any(line.startswith("30 7 * * * ") and " collect --project " in line and "--quiet" in line
               for line in cron_lines), out
    assert any(" build --project " in line for line in cron_lines)
    assert "OnCalendar=*-*-* 07:30:00" in out and "-collect.timer" in out


def test_the_sample_config_lists_the_fields_sources_commented_out() -> None:
    """The sample's collect section is examples to check: valid once uncommented, and not enabled, so that
    ./tasks sample and the tests never reach the network."""
    from bulletin.config import CONFIG_FILE, parse_config
    from tests.conftest import REPO

    text = (REPO / CONFIG_FILE).read_text(encoding="utf-8")
    assert load_project(REPO).config.collect.sources == []
    block = []
    for line in text[text.index("\n# collect:") + 1:].splitlines():
        if not line.startswith("#"):
            break
        block.append(line[2:])
    config = parse_config("\n".join(block), REPO / CONFIG_FILE)
    names = [source.name for source in config.collect.sources]
    assert {"中国政府网", "国家卫生健康委员会", "国家医疗保障局", "国家疾病预防控制局", "健康报", "人民网", "新华网"} <= set(names)
    assert any(source.feed and "rsshub" in source.feed for source in config.collect.sources)
    assert any(source.links for source in config.collect.sources)


@pytest.mark.parametrize(("source", "message"), [
    ({"name": "两个网址", "feed": "https://a.cn/rss.xml", "page": "https://a.cn/list.html"}, "feed（订阅源网址）或 page"),
    ({"name": "没有网址"}, "feed（订阅源网址）或 page"),
    ({"name": "本地文件", "feed": "file:///etc/passwd"}, "应为 http:// 或 https:// 开头的网址"),
    ({"name": "坏选择器", "page": "https://a.cn/list.html", "links": "ul[["}, "不是有效的 CSS 选择器"),
])
def test_a_wrong_source_is_reported_at_its_line(tmp_path: Path, source: dict, message: str) -> None:
    project = make_project(tmp_path / "project", config={"collect": {"sources": [source]}})
    code, _, err = _run("collect", "--project", str(project))
    assert code == 1
    assert "config/bulletin.yaml:" in err and "collect.sources.0" in err and message in err


def test_feed_dates_keep_their_time_zone_and_list_pages_find_their_links() -> None:
    import datetime as dt

    from bulletin.collect.dates import feed_date
    from bulletin.collect.listpage import read_list_page

    assert feed_date("Sat, 05 Jul 2025 07:30:00 +0800", None) == dt.date(2025, 7, 5)
    assert feed_date("2025-07-10T23:30:00Z", None) == dt.date(2025, 7, 11)
    assert feed_date("2025-07-10 08:00", None) == dt.date(2025, 7, 10)
    assert feed_date("2025年7月9日", None) == dt.date(2025, 7, 9)
    page = list_page([("/a/1.shtml", "国家卫生健康委关于印发若干文件的通知", "2025-07-10"),
                      ("t20250708_2.shtml", "全国卫生健康工作会议在京召开", ""),
                      ("/a/3.shtml", "短", "2025-07-09")]).body
    assert isinstance(page, bytes)
    found = read_list_page(page.decode("utf-8"), "http://127.0.0.1/nhc/list.shtml", None, 100, dt.date(2025, 7, 11))
    assert [(item.url, item.date) for item in found.items] == [
        ("http://127.0.0.1/a/1.shtml", dt.date(2025, 7, 10)),
        ("http://127.0.0.1/nhc/t20250708_2.shtml", dt.date(2025, 7, 8)),  # the date in the address
        ("http://127.0.0.1/a/3.shtml", dt.date(2025, 7, 9)),
    ]
    chosen = read_list_page(page.decode("utf-8"), "http://127.0.0.1/nhc/list.shtml", "ul.nav a", 100,
                            dt.date(2025, 7, 11))
    assert [item.title for item in chosen.items] == ["首页", "机构职能", "新闻动态", "政策文件", "互动交流"]


def test_an_inbox_inside_the_corpus_is_refused(tmp_path: Path, site: Site) -> None:
    project = make_project(tmp_path / "project", config={
        "paths": {"corpus": "articles", "output": "dist", "templates": "templates", "inbox": "articles/new"},
        "collect": {"sources": [{"name": "健康报", "feed": site.url("/rss.xml")}]}})
    code, _, err = _run("collect", "--date", ISSUE, "--project", str(project))
    assert code == 1 and "paths.inbox" in err and "）之内" in err
    assert not (project / "articles" / "new").exists()


def test_collect_commands_have_chinese_help() -> None:
    for command, options in (("collect", ("--date", "--dry-run", "--quiet", "--json", "--project")),
                             ("inbox", ("--project",)), ("accept", ("文件名",)), ("reject", ("文件名",))):
        code, out, _ = _run(command, "--help")
        assert code == 0 and any("\u4e00" <= char <= "\u9fff" for char in out), command
        assert all(option in out for option in options), (command, out)


def test_fetching_retries_with_back_off_keeps_its_delay_and_stops_at_the_run_budget() -> None:
    from bulletin.collect.fetch import Fetcher, FetchError, Limits

    site = Site()
    try:
        site.routes["/flaky.xml"] = Page(b"<rss/>", "application/rss+xml", fail_first=2)
        site.routes["/a.html"] = Page(b"<html>a</html>")
        fetched = Fetcher(Limits(retries=2, backoff=0.05, delay=0)).get(site.url("/flaky.xml"), "*/*")
        assert fetched.data == b"<rss/>" and site.requests.count("/flaky.xml") == 3
        with pytest.raises(FetchError, match="HTTP 503.*已重试 1 次"):
            site.routes["/down.xml"] = Page(b"", fail_first=99)
            Fetcher(Limits(retries=1, backoff=0.05, delay=0)).get(site.url("/down.xml"), "*/*")

        polite = Fetcher(Limits(delay=0.3, per_host=2))
        before = len(site.started)
        for _ in range(3):
            polite.get(site.url("/a.html"), "text/html")
        starts = site.started[before:]
        assert all(later - earlier >= 0.25 for earlier, later in zip(starts, starts[1:], strict=False))

        budget = Fetcher(Limits(run_bytes=10, delay=0))
        budget.get(site.url("/a.html"), "text/html")  # 14 bytes: the budget is spent after it
        with pytest.raises(FetchError, match="下载总量上限"):
            budget.get(site.url("/a.html"), "text/html")
        with pytest.raises(FetchError, match="时间上限"):
            Fetcher(Limits(run_seconds=0)).get(site.url("/a.html"), "text/html")
    finally:
        site.close()


def test_automatic_link_finding_on_a_second_site_structure() -> None:
    """中国政府网's 最新政策 page: the dated list wins over the side box of long undated headlines."""
    import datetime as dt

    from bulletin.collect.listpage import read_list_page
    from tests.collect_site import FIXTURES

    rows = "\n".join(f'<li><h4><a href="/zhengce/content/202507/content_70{n:05d}.htm" target="_blank">'
                     f"{article.title}</a><span class=\"date\">2025-07-{10 - n % 5:02d}</span></h4></li>"
                     for n, article in enumerate(ARTICLES[:8]))
    html = (FIXTURES / "govcn-zuixin.htm").read_text(encoding="utf-8").replace("{rows}", rows)
    found = read_list_page(html, "https://www.gov.cn/zhengce/zuixin/", None, 100, dt.date(2025, 7, 11))
    assert [item.title for item in found.items] == [article.title for article in ARTICLES[:8]]
    assert found.items[0].url == "https://www.gov.cn/zhengce/content/202507/content_7000000.htm"
    assert [item.date.day for item in found.items if item.date] == [10 - n % 5 for n in range(8)]


def test_pages_are_decoded_by_the_header_else_by_their_own_declaration() -> None:
    from bulletin.collect.fetch import Fetched, decode_page

    page = '<html><head><meta charset="gb2312"></head><body>国家卫生健康委员会</body></html>'.encode("gb18030")
    for header in (None, "iso-8859-1", "gbk"):
        assert "国家卫生健康委员会" in decode_page(Fetched("http://127.0.0.1/", "text/html", header, page))
    bare = "<html><body>国家医疗保障局发布通知，进一步做好医保工作</body></html>".encode("gb18030")
    assert "国家医疗保障局" in decode_page(Fetched("http://127.0.0.1/", "text/html", None, bare))


def test_compressed_pages_are_inflated_within_the_byte_limit() -> None:
    import gzip

    from bulletin.collect.fetch import Fetcher, FetchError, Limits

    site = Site()
    try:
        page = "<html><body>国家卫生健康委员会</body></html>".encode()
        site.routes["/gz.html"] = Page(gzip.compress(page), headers=(("Content-Encoding", "gzip"),))
        # 50 MB of zeros in about 50 KB: a decompression bomb.
        site.routes["/bomb.html"] = Page(gzip.compress(bytes(50 * 1_048_576)), headers=(("Content-Encoding", "gzip"),))
        fetcher = Fetcher(Limits(delay=0, max_bytes=1_048_576))
        assert fetcher.get(site.url("/gz.html"), "text/html").data == page
        with pytest.raises(FetchError, match="超过 1 MB"):
            fetcher.get(site.url("/bomb.html"), "text/html")
    finally:
        site.close()


def test_a_spent_run_budget_fails_the_remaining_items_by_name(tmp_path: Path, site: Site) -> None:
    import datetime as dt

    from bulletin.collect import CollectOptions, collect, default_window
    from bulletin.collect.fetch import Limits
    from bulletin.ingest.rules import load_rules

    project = load_project(_project(tmp_path, site, {"健康报": GOOD["健康报"], "全文订阅源": GOOD["全文订阅源"]}))
    options = CollectOptions(window=default_window(project, dt.date(2025, 7, 11)),
                             limits=Limits(delay=0, retries=0, run_bytes=500))  # the first feed spends it
    result = collect(project, options, load_rules(project.root))
    spent = [line for line in result.warnings if "下载总量上限" in line]
    assert spent and all(line.startswith(("来源“健康报”", "来源“全文订阅源”")) for line in spent)
    assert not (project.inbox_dir.exists() and any(project.inbox_dir.glob(".*")))


def test_files_are_put_in_place_without_replacing_also_where_hard_links_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    from bulletin.collect.inbox import write_new_file

    assert write_new_file(tmp_path / "a.md", "一")
    assert not write_new_file(tmp_path / "a.md", "二")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "一"

    def no_links(*_: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)  # a FAT stick or a network share
    assert write_new_file(tmp_path / "b.md", "三") and not write_new_file(tmp_path / "b.md", "四")
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "三"
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "一"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.md", "b.md"]  # no temporary left


def test_collect_as_cron_runs_it(tmp_path: Path, site: Site) -> None:
    """No HOME, PATH=/usr/bin:/bin, LANG=C, another working folder: quiet, and a failing source speaks."""
    import subprocess
    import sys

    from tests.conftest import REPO

    project = _project(tmp_path, site, {"全文订阅源": GOOD["全文订阅源"], "服务器忙": ("feed", "/error.xml")})
    env = {"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "bulletin", "collect", "--project", str(project), "--date", ISSUE,
                             "--quiet"], cwd="/", env=env, capture_output=True, timeout=120)
    assert result.returncode == 4
    err = result.stderr.decode("utf-8")
    assert "警告：来源“服务器忙”" in err and "HTTP 503" in err
    assert len(list((project / "inbox").glob("*.md"))) == 1


def test_rdf_feeds_and_their_dc_dates_are_read() -> None:
    import datetime as dt

    from bulletin.collect.feeds import read_feed
    from bulletin.collect.fetch import Fetched

    rdf = ('<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<channel rdf:about="http://127.0.0.1/"><title>卫生</title><link>http://127.0.0.1/</link></channel>'
           '<item rdf:about="http://127.0.0.1/a/1.html"><title>国家医保局发布通知</title>'
           '<link>http://127.0.0.1/a/1.html</link><dc:date>2025-07-07T23:30:00+08:00</dc:date></item></rdf:RDF>')
    listing = read_feed(Fetched("http://127.0.0.1/rdf.xml", "application/rdf+xml", None, rdf.encode()), 100)
    assert [(item.title, item.url, item.date) for item in listing.items] == [
        ("国家医保局发布通知", "http://127.0.0.1/a/1.html", dt.date(2025, 7, 7))]


def test_collect_waits_for_the_project_lock_and_gives_up_naming_its_holder(tmp_path: Path, site: Site) -> None:
    from bulletin.runlog import project_lock

    project = _project(tmp_path, site, {"全文订阅源": GOOD["全文订阅源"]})
    with project_lock(project / "dist", 0, "build"):
        code, _, err = _run("collect", "--date", ISSUE, "--project", str(project), "--wait", "0")
        assert code == 1 and "另一个 bulletin 正在运行" in err and "build" in err
        code, _, err = _run("reject", "x.md", "--project", str(project), "--wait", "0")
        assert code == 1 and "另一个 bulletin 正在运行" in err
    assert not (project / "inbox").exists()
    assert _run("collect", "--date", ISSUE, "--project", str(project), "--wait", "0")[0] == 0
