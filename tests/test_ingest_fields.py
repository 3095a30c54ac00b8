"""The pieces ingest reads fields with: dates as pages print them, outlets as sites glue them, site names
cut from titles. The strings are taken from the real pages of tests/fixtures/real-pastes and real-pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bulletin.ingest.dates import (
    parse_full_date,
    parse_relative_date,
    parse_short_year_date,
    parse_year_last_date,
)
from bulletin.ingest.outlets import clean_source, load_outlets
from bulletin.ingest.page import _outlet_in_line, clean_title

OUTLETS = load_outlets(None)
REAL_PASTES = Path(__file__).parent / "fixtures" / "real-pastes"


@pytest.mark.parametrize(("text", "date"), [
    ("河南健康网 2020-01-08252732", "2020-01-08"),            # a view counter glued to the date
    ("二〇二五年十月二十八日", "2025-10-28"),
    ("2018/12/23 10:12", "2018-12-23"),
    ("2023-01-04 11:29刘文生", "2023-01-04"),
    ("发布日期：2022年01月28日", "2022-01-28"),
    ("Saturday, September 10th, 2005 10:56 am", "2005-09-10"),  # 多维博客 (real-pages-2/12)
    ("2022年02月12日 查看旧版(2007年11月18号以前)", "2022-02-12"),  # an archive's bound dates nothing (real-pages/23)
    ("其它内容 十一月 6th, 2009", "2009-11-06"),  # 支付宝's blog (real-pages-8/06)
    ("发布日期：114-07-09", "2025-07-09"),  # the ROC calendar of Taiwan's government sites
    ("民国114年7月9日", "2025-07-09"),
    ("107年12月14日", "2018-12-14"),  # 总统府 (web-texts-3/08): a three-digit year is the ROC calendar's
    ("更新于 2023年12月29日11:08 • 发布于 2023年12月27日10:27", "2023-12-27"),  # LINE TODAY: first published
])
def test_full_dates(text: str, date: str) -> None:
    assert parse_full_date(text) == dt.date.fromisoformat(date)


def test_a_two_digit_year_on_a_byline_line() -> None:
    assert parse_short_year_date("头条新闻 24-5-13 19:07 来自 微博", dt.date(2026, 11, 30)) == dt.date(2024, 5, 13)
    assert parse_short_year_date("第1页/共12页", dt.date(2026, 11, 30)) is None


def test_a_time_ago_counts_back_from_the_day_of_the_paste() -> None:
    saved = dt.date(2024, 5, 22)  # Yahoo 新闻 (real-pages-5/12, real-pages/31) print how long ago
    assert parse_relative_date("法新社·2 天前", saved) == dt.date(2024, 5, 20)
    assert parse_relative_date("Yahoo财经·19 小时前", saved) == saved
    assert parse_relative_date("昨天 10:35", saved) == dt.date(2024, 5, 21)
    assert parse_relative_date("2024-05-20 13:09", saved) is None


def test_a_year_last_date_is_day_first_and_says_when_unsure() -> None:
    assert parse_year_last_date("发表时间： 06/02/2022 - 13:48") == (dt.date(2022, 2, 6), False)
    assert parse_year_last_date("25/12/2021") == (dt.date(2021, 12, 25), True)
    assert parse_year_last_date("12/25/2021") == (dt.date(2021, 12, 25), True)
    assert parse_year_last_date("26.03.2015 12:32") == (dt.date(2015, 3, 26), True)  # dots: day first


@pytest.mark.parametrize(("value", "outlet"), [
    ("国家卫生健康委员会2023-09-13 20:05:14", "国家卫生健康委员会"),
    ("新华社 举报", "新华社"),
    ("中国新闻网 王帆", "中国新闻网"),
    ("北青网-北京青年报 北京  举报", "北京青年报"),  # a site and the paper it reprints: the paper
    ("光明网-《光明日报》", "光明日报"),
    ("AUTO.SOHU.COM", "搜狐"),  # an address: the registry names the site (real-pages-4/03)
    ("鞭牛士 北京  举报", "鞭牛士"),  # where the account posted from (网易号, real-pages-5/09)
    ("上海证券报·中国证券网(上海)", "上海证券报·中国证券网"),  # 网易财经 2015 (real-pages-6/02)
    ("网易科学人", "网易科学人"),  # a column of a listed outlet keeps its name (光明网, real-pages-6/06)
    ('size="20"', ""),  # markup left in a table cell (看中国, real-pages-2/14)
    ("综合抖音黑板报、南方都市报", ""),  # compiled from others: no outlet (腾讯新闻, real-pages-5/08)
    ("本文来源于国家统计局", "国家统计局"),
    ("互联网", ""),
    ("江苏扬子晚报有限公司", ""),
])
def test_sources_without_what_sites_glue_to_them(value: str, outlet: str) -> None:
    assert OUTLETS.tidy(value) == outlet


def test_a_writers_name_after_a_source_label_is_no_outlet() -> None:
    assert OUTLETS.labelled("尹娟") == ""  # 来源: 尹娟 (新浪 2005, real-pages-4/06)
    assert OUTLETS.labelled("新华社") == "新华社"
    assert OUTLETS.labelled("看中国") == "看中国"


def test_an_outlet_beside_the_date_on_a_byline_line() -> None:
    # 腾讯新闻 (real-pages-5/08), 39健康网 (real-pages-5/13), TNW on 腾讯科技 (real-pages-3/09), 新浪 2005 (real-pages-4/07)
    assert _outlet_in_line("2024-05-18 16:56发布于北京环球时报新媒体官方账号", OUTLETS) == "环球时报新媒体"
    assert _outlet_in_line("原创：39健康网2024-04-23 12:27:25", OUTLETS) == "39健康网"
    assert _outlet_in_line("TNW中文站2016年10月14日07:17", OUTLETS) == "TNW中文站"
    assert _outlet_in_line("http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报", OUTLETS) == "北京娱乐信报"
    assert _outlet_in_line("AUTO.SOHU.COM  2005年05月13日14:15", OUTLETS) == "搜狐"
    assert _outlet_in_line("作者：《中国企业家》记者 林涛", OUTLETS) == "中国企业家"  # real-pages-8/06


def test_a_button_glued_to_a_listed_outlet_is_cut_but_a_longer_name_is_kept() -> None:
    assert OUTLETS.tidy("求是网参与互动") == "求是网"
    assert OUTLETS.tidy("北京日报客户端") == "北京日报客户端"
    assert OUTLETS.tidy("人民网－人民日报") == "人民日报"
    assert clean_source("《光明日报》") == "光明日报"


def test_outlets_by_domain_and_name() -> None:
    assert OUTLETS.site("https://www.nhc.gov.cn/xcs/s3574/202507/a.shtml") == "国家卫生健康委员会"
    assert OUTLETS.site("https://news.cctv.com/2025/07/09/x.shtml") == "央视网"
    assert OUTLETS.looks_like_outlet("芦溪县中医院") and OUTLETS.looks_like_outlet("香港电台-财经")
    assert not OUTLETS.looks_like_outlet("关注") and not OUTLETS.looks_like_outlet("内蒙古自治区")


@pytest.mark.parametrize(("title", "clean"), [
    ("基层医共体建设提速_中山网", "基层医共体建设提速"),
    ("家门口就能看专家 - 新华网", "家门口就能看专家"),
    ("国保健保医疗新措施报你知 | 联合新闻网", "国保健保医疗新措施报你知"),
    ("多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业", "播客热潮迅速蔓延 挑逗传统传媒业"),
    ("关于印发电子病历系统应用水平分级评价管理办法的通知 国卫办医函〔2018〕1079号",
     "关于印发电子病历系统应用水平分级评价管理办法的通知"),
    ("“国家喊你减肥了” 体重管理成全民健康新风尚", "“国家喊你减肥了” 体重管理成全民健康新风尚"),
    # Site tails of several pieces: a section, a Latin brand, a code beside the site's name.
    ("医院评鉴改版上路 - 生活 - 自由时报电子报", "医院评鉴改版上路"),
    ("卫福部公布新制 医院评鉴改版 | 中央社 CNA", "卫福部公布新制 医院评鉴改版"),
    ("国家卫健委发布新规--国际--人民网", "国家卫健委发布新规"),
    ("国家卫健委发布新规_澎湃新闻-The Paper", "国家卫健委发布新规"),
    ("国家卫健委发布新规_新闻频道_央视网(cctv.com)", "国家卫健委发布新规"),
    # What is the headline's own stays.
    ("新冠-流感联合检测获批上市", "新冠-流感联合检测获批上市"),
    ("张文宏：今冬流感高峰已过 | 专访", "张文宏：今冬流感高峰已过 | 专访"),
    ("医院评审新规 - 北京", "医院评审新规 - 北京"),
    ("《健康中国行动（2019—2030年）》发布", "《健康中国行动（2019—2030年）》发布"),
])
def test_titles_lose_site_names_and_document_numbers(title: str, clean: str) -> None:
    assert clean_title(title, OUTLETS) == clean


def test_a_page_saved_whole_names_its_address_and_so_its_site(tmp_path) -> None:
    from bulletin.ingest import IngestOptions, ingest
    from bulletin.ingest.rules import load_rules

    # The body is real paste 18 (国家卫生健康委员会); the browser's "saved from url" mark gives the address.
    paste = (REAL_PASTES / "18.txt").read_text(encoding="utf-8")
    lines = "".join(f"<p>{line}</p>" for line in paste.splitlines() if line.strip() and "来源" not in line)
    page = tmp_path / "page.html"
    page.write_text("<!-- saved from url=(0058)https://www.nhc.gov.cn/guihuaxxs/s3585u/202309/abc.shtml -->\n"
                    f"<html><head><meta charset='utf-8'></head><body>{lines}</body></html>", encoding="utf-8")
    [report] = ingest([str(page)], IngestOptions(into=tmp_path / "out"), load_rules(None))
    [outcome] = report.outcomes
    assert outcome.draft.url.value.startswith("https://www.nhc.gov.cn/")
    assert outcome.draft.source.value == "国家卫生健康委员会" and "域名" in outcome.draft.source.where
