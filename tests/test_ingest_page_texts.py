"""Ingest on short runs of real page text: each case is cut from the text of a public web page as the
search tool's stored pages hold it (the page's address is named), down to the lines the rule is about.
Each checks what the editor sees in the article file: its title, outlet, date and body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bulletin.corpus import Article, load_corpus
from bulletin.ingest import IngestOptions, ingest
from bulletin.ingest.rules import load_rules


def _ingest(text: str, tmp_path: Path) -> list[Article]:
    paste = tmp_path / "paste.txt"
    paste.write_text(text, encoding="utf-8")
    into = tmp_path / "out"
    ingest([str(paste)], IngestOptions(into=into), load_rules(None))
    return list(load_corpus(into).articles)


def test_a_one_step_breadcrumb_is_no_headline_and_a_dateline_names_its_outlet_before_the_place(tmp_path: Path) -> None:
    # mkcnfr.com/c/2017-01-24/1307778.shtml (a Traditional mirror of 人民政协网).
    [article] = _ingest("\n".join([
        "首頁>要聞 要聞",
        "毛群安:七項舉措推進“健康中國”",
        "人民政協網北京1月24日電(記者 張春莉) 1月24日下午,國家衛生計生委宣傳司司長毛群安在該委與健康報聯合舉辦的"
        "“健康中國”傳播激勵計劃暨2017年衛生計生新聞工作者媒體座談會上透露,新的一年,國家衛生計生委要采取七項舉措。",
        "毛群安在向媒體介紹了2017年國家衛生計生工作要堅持穩中有進,持續深化醫改,加快建立基本醫療衛生制度框架,"
        "推進計劃生育服務管理改革,進一步提高基本公共衛生和基本醫療服務質量和水平。",
    ]), tmp_path)
    assert article.title == "毛群安:七项举措推进“健康中国”"
    assert article.source == "人民政协网"
    assert "date" in article.review  # 1月24日 has no year


def test_a_date_written_day_first_with_dots(tmp_path: Path) -> None:
    # A 农业厅 notice reposted on a site built abroad (its text says 26.03.2015 12:32).
    [article] = _ingest("\n".join([
        "放心农资进乡村 打假护农保春耕",
        "26.03.2015 12:32",
        "本文来源: 农业厅",
        "3月25日,农业部在陕西省扶风县举办了“第十一届放心农资下乡进村现场咨询活动”,同时启动全国放心农资下乡进村宣传周,"
        "农业部副部长陈晓华出席活动并讲话。",
        "陈晓华指出,农资是农业生产的重要物资保障,其质量的好坏直接关系到农业发展的数量、质量和效益,"
        "与广大农民群众的切身利益息息相关。",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == ("放心农资进乡村 打假护农保春耕", "农业厅", dt.date(2015, 3, 26))
    assert "date" not in article.review


def test_a_newspaper_page_under_its_site_header(tmp_path: Path) -> None:
    # szb.sxworker.com/content/2002-03/05/308498.html: the site's header, the date, the page, then
    # the 引题 and the headline.
    [article] = _ingest("\n".join([
        "陕西工人报官方网站 | 陕工网首页 今天是",
        "跟帖评论自律管理承诺书  不良信息举报电话:陕工网(029-87339475)",
        "出版日期:2002年03月05日",
        "头版",
        "01",
        "",
        "工商部门",
        "",
        "专项整治集贸市场",
        "",
        "国家工商行政管理总局日前发出紧急通知,对专项整治集贸市场工作作出具体部署,严厉打击经销假冒伪劣商品等违法行为。",
        "",
        "此次专项整治集贸市场的范围,主要是各类工农业生产资料、日用消费品、农副产品及中药材等商品交易市场。",
        "",
        "放大 缩小 默认",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == ("专项整治集贸市场", "陕西工人报", dt.date(2002, 3, 5))
    assert "放大" not in article.body and "陕工网首页" not in article.body


def test_a_date_alone_on_its_line_dates_the_article(tmp_path: Path) -> None:
    # m.emailnickv.com/html/2015/news_1210/108425.html: the date stands alone under the headline (it was taken
    # for a telephone number).
    [article] = _ingest("\n".join([
        "首页 > > 正文",
        "晋城市交通运输局召开“十三五”规划讨论会",
        "2015-12-10 ",
        "近日,市交通运输局召开“十三五”规划讨论会。会议特别邀请原交通局长孟繁荣参与讨论,局党组成员、各科室负责人、"
        "局属各单位负责人参加了会议,讨论会由局党组书记、局长李玉山主持。",
        "",
        "会议听取了孟繁荣对晋城市交通“十三五”规划的建议。他是晋城交通修路的行家,对晋城交通十分熟悉。",
        "Copyright © 2007-2022",
        "服务热线:010-64708566 法律顾问:北京君致律师所 陈栋强",
    ]), tmp_path)
    assert article.date == dt.date(2015, 12, 10) and "date" not in article.review
    assert "010-64708566" not in article.body


def test_a_reposted_wechat_article_names_its_account_and_a_blank_label_stays_blank(tmp_path: Path) -> None:
    # www.tax100.com/thread-826278-1-1.html: a forum reposts a 公众号 article with a card of labels.
    [article] = _ingest("\n".join([
        "2023-5-16 14:00:20 | 显示全部楼层 |阅读模式",
        "精选公众号文章",
        "公众号名称: 税务研究",
        "标题: 认知智能在税收征管数字化升级和智能化改造中的应用研究——兼论税收智能系统的建构",
        "作者:",
        "发布时间: 2023-05-16 09:03",
        "原文链接: http://mp.weixin.qq.com/s?__biz=MzU5MTgxNTQ5OQ==&mid=2247503327&idx=1#rd",
        "",
        "纵向来看,我国持续三十多年的税收信息化建设,取得了丰硕成果,税收处理由全手工时代进入信息时代,金税工程规范了"
        "税收征管流程,Tips和电子税务局方便了纳税人足不出户办税,电子发票进一步提升了税收治理能力,等等。",
    ]), tmp_path)
    assert (article.source, article.date) == ("税务研究", dt.date(2023, 5, 16))
    assert "发布时间" not in article.author


def test_an_outlet_credited_at_the_end_and_chrome_under_the_text(tmp_path: Path) -> None:
    # www.nbd.com.cn/articles/2018-12-09/1280199.html (web-texts-2/02): a 新华社 item on 每日经济新闻's site.
    [article] = _ingest("\n".join([
        "每经网首页 > 宏观 > 正文",
        "",
        "我国推进国家组织药品集中采购 “4+7”城市药品拟中选价平均降幅52%",
        "",
        "2018-12-09 08:47:36",
        "",
        "“4+7”城市药品集中采购拟中选结果近日公示,31个试点通用名药品有25个集中采购拟中选,与试点城市2017年同种药品"
        "最低采购价相比,拟中选价平均降幅52%,最高降幅96%。通过带量采购,可以充分发挥团购效应,大幅降低药品价格。(新华社)",
        "",
        "责编 刘思琦",
        "",
        "特别提醒:如果我们使用了您的图片,请作者与本站联系索取稿酬。如您不希望作品出现在本站,可联系我们要求撤下您的作品。",
        "",
        "1 2 3",
    ]), tmp_path)
    assert (article.source, article.date) == ("新华社", dt.date(2018, 12, 9))
    assert "刘思琦" not in article.body and "特别提醒" not in article.body and "1 2 3" not in article.body


def test_a_teaser_cut_short_over_the_whole_text_is_left_out(tmp_path: Path) -> None:
    # www.medsci.cn (web-texts-2/05): the first lines of the text, cut mid-word, printed over all of it.
    lead = ("国家卫健委网站1月7日消息,1月6日-7日,2020年全国卫生健康工作会议在北京召开。会议以习近平新时代中国特色社会主义思想"
            "为指导,总结2019年工作,研究加强卫生健康制度建设,部署2020年重点任务。")
    [article] = _ingest("\n".join([
        "全国卫生健康工作会议召开:大力营造尊医重卫的良好氛围",
        "",
        "2020-01-07 佚名 国家卫健委网站",
        "",
        lead + "会议指出,2019年全国卫生健康系统深入学习贯彻习近平新时",
        "",
        lead,
        "",
        "会议指出,2019年全国卫生健康系统深入学习贯彻习近平新时代中国特色社会主义思想,卫生健康事业取得新进展。",
    ]), tmp_path)
    assert article.body.count("1月6日-7日") == 1 and "习近平新时\n" not in article.body
