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
    tmp_path.mkdir(parents=True, exist_ok=True)
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
    # szb.sxworker.com/content/2002-03/05/308498.html: the site's header, the issue's date, the page, then
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


def test_a_wire_dateline_under_the_headline_and_teasers_above_it(tmp_path: Path) -> None:
    # udn.com (web-texts-3/01): the 快讯 bar's headlines, then the headline, then 中央社's dateline line.
    [article] = _ingest("\n".join([
        " date 2025-11-11 快訊",
        "",
        "不斷更新／屏東縣宣布停班課！鳳凰颱風逼近 明停班課資訊一覽",
        "",
        "鳳凰颱風估最快明深夜提前出海 周四海陸警解除",
        "",
        "專家：差額負擔或可解缺藥 但可能引發醫療不平等",
        "",
        "中央社／ 台北11日電",
        "",
        "今年已47項藥品擬退出台灣，專家說，缺藥主因包括成本上升、原料藥來源集中及藥價過低等，「差額負擔」制度或許是解方，"
        "病人可自付健保給付外差額，但也可能引發醫療不平等。",
        "",
        "藥品供應牽動民眾用藥權益，根據衛生福利部食品藥物管理署統計，今年截至9月底，已有47項藥品提出退出台灣市場。",
    ]), tmp_path)
    assert (article.title, article.source) == ("专家：差额负担或可解缺药 但可能引发医疗不平等", "中央社")
    assert article.date == dt.date(2025, 11, 11)


def test_a_date_printed_before_the_headline_on_its_line(tmp_path: Path) -> None:
    # www.hk01.com (web-texts-3/02).
    [article] = _ingest("\n".join([
        " date 2025-08-28 長者醫療券｜再有3間大灣區醫院納入計劃 盧寵茂考慮擴展至福建",
        "撰文：歐陽德浩",
        "出版：更新：",
        "北京大學深圳醫院、南方醫科大學深圳醫院及肇慶市第一人民醫院，由今日（28日）起加入「長者醫療券大灣區試點計劃」，"
        "醫務衞生局局長盧寵茂今日（28日）北上深圳視察運作安排。",
        "長者醫療券邁進大灣區已有10年，當時香港大學深圳醫院成為首間納入醫療券計劃的內地醫院。",
    ]), tmp_path)
    assert article.title == "长者医疗券｜再有3间大湾区医院纳入计划 卢宠茂考虑扩展至福建"
    assert article.date == dt.date(2025, 8, 28)


def test_a_footer_of_site_links_is_chrome(tmp_path: Path) -> None:
    # metroradio.com.hk (web-texts-3/07): the date day first with slashes, the footer's links run together.
    [article] = _ingest("\n".join([
        "防護中心料流感新冠下月轉趨活躍",
        "",
        "20/12/2024 17:36",
        "衛生防護中心表示, 流感和新冠感染個案數字緩慢上升, 預計會在下月轉趨活躍, 呼籲市民盡早接種流感和新冠疫苗.",
        "",
        "醫管局明日起啟動服務需求高峰期特別措施, 在聖誕節假期開放18間普通科門診診所, 提供1萬至1萬2千個診症名額.",
        "",
        "回主頁 關於我們使用條款及細則版權及免責聲明私隱政策 聯絡我們",
    ]), tmp_path)
    assert article.date == dt.date(2024, 12, 20)
    assert "关于我们" not in article.body


def test_a_tool_bar_word_is_no_outlet_and_a_company_header_is_no_headline(tmp_path: Path) -> None:
    # A 秦皇岛 government page (web-texts-1/15): 发布机构 is left blank and 字体 follows it.
    [article] = _ingest("\n".join([
        "我市开展爱国卫生集中宣传服务活动",
        "",
        "发布时间:2019-10-21        发布机构:        字体:[   ]",
        "",
        "为深入开展爱国卫生运动,进一步提高群众健康素养,10月19日,市爱卫办在太阳城广场开展了爱国卫生集中宣传服务活动,"
        "现场发放宣传资料2000余份。",
    ]), tmp_path)
    assert article.source != "字体" and "source" in article.review
    # www.shaphar.com (web-texts-3/17): the company's name, the section, a back link, then the headline.
    [article] = _ingest("\n".join([
        "上药控股有限公司",
        "",
        "市场及行业新闻",
        "MARKET NEWS",
        "",
        "  返回列表",
        "49家医院获批第五批国家区域医疗中心项目",
        "日前,国家发展改革委办公厅、国家卫生健康委办公厅、国家中医药管理局综合司印发《第五批国家区域医疗中心项目名单》。"
        "据该名单显示,20个省的49家医院获批国家区域医疗中心项目,要求输出医院和依托医院深化实质性合作。",
    ]), tmp_path / "second")
    assert article.title == "49家医院获批第五批国家区域医疗中心项目"
    assert article.source != "市场及行业新闻"


def test_a_skip_link_is_no_headline(tmp_path: Path) -> None:
    # ctwant.com (web-texts-3/09): the skip link, the section, the headline over its tags.
    [article] = _ingest("\n".join([
        "跳至主要內容區塊",
        "影音",
        "國際新聞",
        "",
        "醫保改革爭議持續延燒 當局回應避重就輕掀民怨",
        "",
        "中國大陸 醫保改革 抗議 湖北武漢",
        "",
        "日前,大陸湖北武漢有上萬名退休人士因不滿醫保改革在街頭抗議,理由是政府從民眾的個人醫保帳戶內撥出一筆錢到"
        "醫保統籌基金,此外又因公務員及黨政軍退休幹部等特定人士有優等待遇,引起民眾質疑。",
    ]), tmp_path)
    assert article.title == "医保改革争议持续延烧 当局回应避重就轻掀民怨"
    assert article.source != "国际新闻"


def test_a_document_title_printed_again_over_two_lines_under_itself(tmp_path: Path) -> None:
    # A 海南州 (青海) government page (web-texts-1/07): the catalogue's labels, the title, the title again.
    [article] = _ingest("\n".join([
        "索引号: | 3070211020000013000000/2024092600000171 | 发布机构: | |",
        "生效日期: | 2024-10-31 | 废止日期: | |",
        "文 号: | 所属主题: | 政策文件 |",
        "关于印发海南州全面推进紧密型县域医疗卫生 共同体建设实施方案的通知",
        "海南州全面推进紧密型县域医疗卫生",
        "共同体建设实施方案",
        "为认真贯彻落实好省卫健委等九部门《关于印发青海省全面推进紧密型县域医疗卫生共同体建设实施方案的通知》"
        "(青卫健〔2024〕58号)精神,持续推动医共体“责任、管理、服务、利益”四个共同体建设,制定本实施方案。",
        "一、总体目标",
        "以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,落实新时代党的卫生与健康工作方针。",
    ]), tmp_path)
    assert article.title == "关于印发海南州全面推进紧密型县域医疗卫生 共同体建设实施方案的通知"


def test_a_column_name_inside_the_byline_block_is_no_headline(tmp_path: Path) -> None:
    # m.news.shi-fen.com (web-texts-2/13).
    [article] = _ingest("\n".join([
        "我国基层医疗卫生服务能力持续增强",
        "",
        "日期:07-14",
        "医疗卫生新闻联播",
        "",
        "来源:央视网",
        "",
        "央视网消息(新闻联播):国家卫生健康委今天(7月14日)举行新闻发布会,介绍党的十八大以来基层医疗卫生服务工作进展成效。"
        "截至2021年底,全国建有各类基层医疗卫生机构近98万个,卫生人员超过440万人。",
    ]), tmp_path)
    assert (article.title, article.source) == ("我国基层医疗卫生服务能力持续增强", "央视网")


def test_a_site_notice_and_a_foreign_menu_above_the_headline(tmp_path: Path) -> None:
    # www.dw.com (web-texts-3/19): the page's title line dates it (19.03.2020), then a new-site notice and the
    # skip menu in German.
    [article] = _ingest("\n".join([
        "新冠疫情:湖北首日“零新增” 武汉放宽隔离 | 德国之声 来自德国 介绍德国 | DW | 19.03.2020",
        "",
        "访问新版DW网页",
        "",
        "尝鲜使用dw.com测试版。该版本仍在完善中,欢迎你提出宝贵意见!",
        "",
        "  1. Inhalt",
        "  2. Navigation",
        "  3. Weitere Inhalte",
        "",
        "政治",
        "",
        "新冠疫情:湖北首日“零新增” 武汉放宽隔离",
        "",
        "中国官方宣布,3月19日,全国范围内没有本土新增病例。但与此同时,境外输入型病例却有所增加。重灾区武汉的限制性措施已经有所放松。",
        "",
        "China Wuhan | Medizinisches Personal im Red Cross Hospital",
        "",
        "北京一个小区上周五解除封控后,工作人员将帐篷运走。 NOEL CELIS/AGENCE FRANCE-PRESSE — GETTY IMAGES",
        "",
        "(德国之声中文网)中国卫生当局在北京表示,\"境外输入型病例\"一天内增加了34例,这也是近来新增外来病例最多的一天。"
        "(撰写:张凤林;审稿:叶和义)",
    ]), tmp_path)
    assert (article.title, article.date) == ("新冠疫情:湖北首日“零新增” 武汉放宽隔离", dt.date(2020, 3, 19))
    for clutter in ("尝鲜使用", "Inhalt", "GETTY", "撰写"):
        assert clutter not in article.body, clutter


def test_image_file_names_and_linked_videos_are_clutter(tmp_path: Path) -> None:
    # 49.4.89.153 (web-texts-3/20), zijing.com.cn (web-texts-3/15), ailibi.com (web-texts-3/12).
    [article] = _ingest("\n".join([
        "我院召开医改政策宣传工作会",
        "2024-03-05",
        "为进一步巩固医改成果,我院召开医改政策宣传工作会,全院中层干部参加会议,会议对下一阶段的宣传工作作出部署。",
        "2加强宣传明确纪律  巩固医改政策深入人心.JPG",
        "20250819_Elderly-Health-Care-Voucher_all_bauhinia",
        "【采访视频见 http://tv.people.com.cn/n/2014/0423/c14644-24934066.html 】",
        "会议要求,各科室要把政策讲清楚、讲明白,让患者看得懂、用得上,切实提高群众对医改的获得感。",
    ]), tmp_path)
    for clutter in (".JPG", "Voucher", "采访视频见"):
        assert clutter not in article.body, clutter


def test_a_row_of_labels_is_not_joined_to_the_text_and_a_town_is_no_person(tmp_path: Path) -> None:
    # A 秦皇岛 government page (web-texts-1/15): the catalogue row ends in a number, as a cut paragraph would.
    [article] = _ingest("\n".join([
        "我市开展爱国卫生集中宣传服务活动",
        "",
        "来源:马桥镇 发布时间:2019-10-21",
        "",
        "体裁分类:工作部署        主题分类:卫生、体育        文号:        索引号:000357739/2019-179",
        "",
        "为推进国家卫生城市创建,掀起秋季爱国卫生运动高潮,营造社会参与、人人共享的良好氛围,市爱卫办在太阳城广场组织开展了"
        "爱国卫生集中宣传服务活动。",
        "",
        "工作人员通过健康咨询、发放宣传资料等方式,普及病媒生物防制、健康素养66条、科学健身、合理膳食等健康知识。",
    ]), tmp_path)
    assert "掀起秋季爱国卫生运动高潮" in article.body and "索引号" not in article.body
    assert article.source == "马桥镇"  # 马 is a surname, but 马桥镇 is a town (闵行区, web-texts-1/05)


def test_a_caption_over_a_subhead_is_left_out(tmp_path: Path) -> None:
    # sybytyy.com (web-texts-1/18): a picture's caption, then the subhead, then the text.
    [article] = _ingest("\n".join([
        "339.49万人!免费体检助老人安享幸福晚年",
        "",
        "文章来源:贵州省卫生健康宣传教育中心",
        "",
        "老吾老以及人之老,让老年人健康长寿是全社会的共同愿望。据贵州省统计局发布数据显示,截至2023年末,"
        "全省65岁及以上老年人口495万人,占总人口的12.81%。",
        "",
        "贵州高度重视老年人健康服务工作,连续多年将65岁及以上老年人免费体检纳入民生实事推动。",
        "",
        "凯里市为老年人提供上门服务",
        "",
        "为339.49万65及以上老年人免费体检",
        "",
        "“记得早上不要喝水,空腹来抽血,准确度高些。”自2024年3月以来,绥阳县风华镇虹桥社区居民健康管理中心,"
        "每天来体检的老年人超40人。",
    ]), tmp_path)
    assert "凯里市为老年人提供上门服务" not in article.body
    assert "为339.49万65及以上老年人免费体检" in article.body


def test_a_headline_and_deck_with_commas_over_a_lead(tmp_path: Path) -> None:
    # shundecity.com (web-texts-4/06): a slogan and a 热门 label, then the headline and its deck, each with a
    # comma, then the lead.
    [article] = _ingest("\n".join([
        "传递温暖的力量",
        "您所在的位置:主页 > 镇街直达 > 大良 > 城市快报 >",
        "精彩专题,一览无穷",
        "",
        "热门查看",
        "",
        "手足口病多发期,托幼机构需加强晨午检",
        "",
        "预防手足口病,是保护孩子大事",
        "",
        "  顺德城市网消息 (记者邹建华 通讯员韩丹) 近期为手足口病的多发季节,为进一步做好手足口病防控工作,切实落实各项防控措施。"
        "近日,大良街道召开了托幼机构手足口病防控工作培训会议。",
        "",
        "  会上,大良医院防保科负责人讲解了对手足口病的报告流程、病例追踪等内容;街道卫计局和教育局相关人员分别对防控工作提出了要求。",
    ]), tmp_path)
    assert article.title == "手足口病多发期,托幼机构需加强晨午检"


def test_a_kicker_on_the_headline_line_and_a_column_tag(tmp_path: Path) -> None:
    # bfkb.v0375.cn (web-texts-2/10): 引题—— and 主题 on one line; www.syq.gov.cn (web-texts-4/16): 【工作思考】.
    body = ("  日前,县医疗健康集团石桥镇分院胸痛救治单元与县人民医院胸痛中心接力合作、紧密配合,"
            "成功挽救了一名年过八旬的急性心肌梗死患者。")
    [article] = _ingest("\n".join(["石桥镇分院—— 让胸痛“起跑第一 公里”跑出“加速度”",
                                   "刊发日期:2022-03-17 作者:  语音阅读:", "", body]), tmp_path / "kicker")
    assert article.title == "让胸痛“起跑第一 公里”跑出“加速度”"
    [article] = _ingest("\n".join(["【工作思考】上海养老服务工作经验及启示", "2020-09-11", body]), tmp_path / "column")
    assert article.title == "上海养老服务工作经验及启示"


def test_a_card_set_a_clause_a_line_over_its_credits(tmp_path: Path) -> None:
    # www.northnews.cn (web-texts-2/12): a 新华社 card.
    [article] = _ingest("\n".join([
        "首页 > > 正文", "", "平均降价48% 第七批国家组织药品集采开标", "",
        "第七批国家组织药品集采12日在江苏南京开标", "", "此次集采品种达60种", "",
        "涉及高血压、糖尿病、抗感染、消化道疾病等常见病、慢性病用药", "", "肺癌、肝癌、肾癌、肠癌等重大疾病用药", "",
        "此次集采拟中选产品327个", "", "拟中选产品平均降价48%", "", "按约定采购量测算", "", "预计每年可节省费用185亿元", "",
        "记者:彭韵佳、邱冰清", "", "编辑:郭宝江", "", "新华社国内部出品",
    ]), tmp_path)
    assert "第七批国家组织药品集采12日在江苏南京开标" in article.body and "预计每年可节省费用185亿元" in article.body


def test_a_page_flattened_to_one_line(tmp_path: Path) -> None:
    # news.healthr.com (web-texts-5/12): the page's text came with no line breaks.
    [article] = _ingest(
        "跨省就医直接结算全国突破300万人次http://www.healthr.com 2019年10月08日 09:32 作者:李红梅 来源:人民日报 "
        "本报北京10月7日电(记者李红梅)来自国家医保局的最新统计数据显示,截至2019年8月底,全国跨省异地就医住院医疗费用直接"
        "结算人次突破300万,累计结算人次达到318万,跨省异地就医定点医疗机构数量超过2万家。\n", tmp_path)
    assert (article.title, article.source, article.date) == ("跨省就医直接结算全国突破300万人次", "人民日报", dt.date(2019, 10, 8))
    assert "http" not in article.body and "来源" not in article.body


def test_a_script_notice_and_the_headline_echoed_before_the_lead(tmp_path: Path) -> None:
    # www.chinastarmarket.cn (web-texts-5/19).
    [article] = _ingest("\n".join([
        "很抱歉,当前没有启用javascript,网站无法正常访问。请开启以便继续访问。孙春兰:深化“三医”联动改革 加强分级诊疗体系建设",
        "2021年02月07日 21:07:31",
        "【孙春兰:深化“三医”联动改革 加强分级诊疗体系建设】财联社2月7日讯,中共中央政治局委员、国务院副总理孙春兰7日到"
        "国家卫生健康委召开座谈会,听取疫情防控、医疗救治、疫苗接种等情况汇报,部署做好春节期间防控工作。",
    ]), tmp_path)
    assert (article.title, article.source) == ("孙春兰:深化“三医”联动改革 加强分级诊疗体系建设", "财联社")
    assert article.body.startswith("财联社2月7日讯") and "javascript" not in article.body


def test_names_alone_are_a_byline_and_a_label_at_a_paragraph_end_takes_the_next_line(tmp_path: Path) -> None:
    # tibet.cn (web-texts-5/09) prints the reporters' names under the headline; dyzxw.org (web-texts-5/13)
    # ends its text with 来源: and the outlet on the next line.
    [article] = _ingest("\n".join([
        "【两会30秒】王广发委员:医疗机构检查检验结果互认很有必要,实施还需具体分析",
        "刘超 郎佳慧 马德林",
        "发布时间:2024-03-08 09:24:00",
        "政府工作报告提出,深化公立医院改革,以患者为中心改善医疗服务,推动检查检验结果互认。3月6日,全国政协委员王广发"
        "接受记者采访时表示,推动不同医疗机构间的检查检验结果互认,有助于提高医疗资源的利用率。 来源:",
        "新华社微博",
    ]), tmp_path)
    assert article.title == "王广发委员:医疗机构检查检验结果互认很有必要,实施还需具体分析"
    assert article.source == "新华社微博" and "来源" not in article.body


def test_an_outlet_in_brackets_opens_the_text_and_an_e_paper_names_its_paper(tmp_path: Path) -> None:
    # news.now.com (web-texts-5/05) and zjrb.zjol.com.cn (web-texts-5/11).
    [article] = _ingest("\n".join([
        "陳肇始:康健中心目的是提升居民健康意識", "",
        "【Now新聞台】政府計劃在葵青區設立首個地區康健中心,有居民希望中心可提供簡單檢查,食物及衞生局局長陳肇始重申"
        "康健中心設立的目的主要是提升居民健康意識,不會提供治療服務。",
    ]), tmp_path / "now")
    assert article.source in ("Now新闻台", "Now新聞台")
    [article] = _ingest("\n".join([
        "浙江日报 数字报纸", "", "00003版:要闻", "", "我省推动“互联网+医疗健康”服务快速发展", "", "科技赋能,守护百姓健康", "",
        "  本报讯 (记者 陈宁) 近日,国家卫健委通报表扬“互联网+医疗健康”服务典型案例,浙江省互联网医院平台等我省6个案例获表扬。",
        "  今年以来,我省依托大数据、互联网、人工智能等信息技术,大力推广免接触的“互联网+医疗健康”服务。",
    ]), tmp_path / "epaper")
    assert article.source == "浙江日报"


def test_an_e_paper_page_header_names_the_paper_and_its_pager_dates_the_issue(tmp_path: Path) -> None:
    # epaper.hezeribao.com (web-texts-4/12) and paper.ce.cn (web-texts-4/09).
    text = ("6月2日,市疾病预防控制中心在丹阳中心幼儿园举办食源性疾病暴发事件处置应急演练,假设幼儿园学生出现发热、腹痛、"
            "腹泻、呕吐等症状,医院怀疑食源性疾病。此次演练,提高了现场调查处置的能力。")
    [article] = _ingest("\n".join(["新闻●广告", "", "下一版>", "", "-- 菏泽日报 -- 版次:[新闻●广告]", "",
                                   "市疾控中心举办食源性疾病暴发事件处置应急演练", "", text]), tmp_path / "heze")
    assert (article.title, article.source) == ("市疾控中心举办食源性疾病暴发事件处置应急演练", "菏泽日报")
    [article] = _ingest("\n".join(["第03版:综合新闻 上一版3  4下一版  ", "标题导航",
                                   "上一版3  4下一版 2009年8月6日 星期 放大 缩小 默认",
                                   "新疆城镇居民参加医保人数突破200万",
                                   "  新华社乌鲁木齐电 (赵广平) 记者从新疆维吾尔自治区人力资源和社会保障厅获悉,截至今年6月底,"
                                   "城镇居民基本医疗保险参保缴费人数已达204.88万人。"]), tmp_path / "ce")
    assert (article.date, article.source) == (dt.date(2009, 8, 6), "新华社")


def test_a_breadcrumb_ending_in_the_headline_and_an_address_for_a_source(tmp_path: Path) -> None:
    # app.zmdnews.cn (web-texts-4/17): a print view.
    [article] = _ingest("\n".join([
        "打印页面", "", "首页 > 卫计·健康医界快讯 市中医院连获殊荣7人被评为全市先进个人", "",
        "市中医院连获殊荣7人被评为全市先进个人", "",
        "本报讯 (通讯员 亚)日前,市卫计委分别召开全市中医工作会议、全市妇幼卫生工作会议,会议全面回顾总结了2017年工作,"
        "并对今年相关重点工作进行了部署。", "",
        "文章来源:http://www.zmdnews.cn/2018/0324/467375.shtml",
    ]), tmp_path)
    assert article.title == "市中医院连获殊荣7人被评为全市先进个人"
    assert "http" not in article.source


def test_the_site_opens_the_breadcrumb_and_an_organisation_signs_under_the_text(tmp_path: Path) -> None:
    # health.udn.com (web-texts-5/02): udn/ 元氣網/ 醫療/ 感染科.
    text = ("時序入夏,間歇降雨後,如未即時清除孳生源,將致病媒密度增加,高雄市政府防疫團隊持續對高風險場域稽查、病媒監視以防範"
            "疫情加溫,並已在左楠區稽查告發開立7張舉發單。")
    [article] = _ingest("\n".join(["udn/ 元氣網/ 醫療/ 感染科", "", "登革熱防疫 高市稽查祭罰單", "", text]), tmp_path / "udn")
    assert (article.title, article.source) == ("登革热防疫 高市稽查祭罚单", "元气网")
    # A 禹城 CDC page (web-texts-1/17): the centre signs its item in brackets under the text.
    [article] = _ingest("\n".join([
        "共抗艾滋 共享健康 | 禹城市疾病预防控制中心开展第35个“世界艾滋病日”宣传活动", "", "2022-12-01 20:27 已读", "",
        "2022年12月1日是第35个“世界艾滋病日”。今年宣传活动主题为“共抗艾滋  共享健康”。为普及艾滋病防治知识,"
        "禹城市疾控中心开展了线上线下艾滋病防治知识宣传活动。", "", "副县长谢恩莲讲话", "",
        "11月27日,禹城市疾控中心走进德州科技职业学院开展了艾滋病防治知识进校园活动,现场发放防艾宣传手册500余份。", "",
        "(禹城市CDC)",
    ]), tmp_path / "cdc")
    assert article.source == "禹城市CDC"
    assert "谢恩莲" not in article.body  # a photo's caption: an official and what he did (wubu.gov.cn, web-texts-4/01)


def test_picture_slots_and_the_headline_again_do_not_cut_the_text_short(tmp_path: Path) -> None:
    # www.bastillepost.com (web-texts-5/04).
    [article] = _ingest("\n".join([
        "*", "", "upload_article_image", "", "立法會三讀通過禁止加熱煙及電子煙修例草案 ", "",
        "立法會今日(21日)恢復審議《2019年吸煙(公眾衛生)(修訂)條例草案》,討論禁止在港銷售電子煙及加熱煙的條例草案。"
        "至傍晚立法會以32票贊成、3票反對、2票棄權,三讀通過有關全面禁售加熱煙、電子煙的條例草案。", "",
        "資料圖片", "", "資料圖片", "", "資料圖片", "", "立法會三讀通過禁止加熱煙及電子煙修例草案 ", "",
        "食衞局局長陳肇始指今次修例是加強保障公眾健康的重要一步。", "", "Tags:",
    ]), tmp_path)
    assert "今次修例是加强保障公众健康的重要一步" in article.body
    assert "资料图片" not in article.body


def test_a_catalogue_of_cells_names_the_issuer_and_a_topic_tag_is_cut(tmp_path: Path) -> None:
    # www.ninghai.gov.cn (web-texts-6/06): labels and values on lines of their own.
    [article] = _ingest("\n".join([
        "索引号", "002966087/2024-53831", "公开方式", "主动公开", "成文日期", "2024-05-10", "发布日期", "2024-05-16",
        "发布单位", "宁海县卫生健康局", "(重大疾病预防控制)宁海县启动全民营养周暨中国学生营养日主题宣传活动",
        "5月10日,宁海县2024年全民营养周暨“5·20”中国学生营养日主题宣传活动启动仪式在宁海县第二医院举行。"
        "活动由宁海县卫生健康局主办,宁海县疾病预防控制中心、宁海县第二医院联合承办。",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == (
        "宁海县启动全民营养周暨中国学生营养日主题宣传活动", "宁海县卫生健康局", dt.date(2024, 5, 16))


def test_an_outlet_glued_to_its_address_and_date_and_notices_under_the_text(tmp_path: Path) -> None:
    # www.huayikangjian.com (web-texts-6/17), www.hnntv.cn (web-texts-6/18), hxcsw.com (web-texts-6/13).
    [article] = _ingest("\n".join([
        "连云港“先医后付”改革:以信任重塑就医体验", "",
        "北京华一康健国际医院管理中心http://www.huayikangjian.com2025-11-05 08:52:02", "", "【字体: 打印本页", "",
        "在江苏省连云港市妇幼保健院儿科诊区,手里抱着刚做完检查、已然熟睡的孩子,张女士神情松弛,脚步轻快。"
        "<p class=\"ql-block\">而这一次,一切悄然改变。签下一份“先医后付”知情同意书,检查、取药一路畅通。</p>", "",
        "评论:0 点击量:0", "",
        "声明:本媒体部分图片、文章、视频来源于网络,版权归原作者所有,如有侵权,请联系删除。", "",
        "参与评论", "您的观点仅代表您本人,请文明发言,严禁散播谣言和诽谤他人",
    ]), tmp_path)
    assert (article.source, article.date) == ("北京华一康健国际医院管理中心", dt.date(2025, 11, 5))
    for clutter in ("<p", "点击量", "声明", "文明发言"):
        assert clutter not in article.body, clutter


def test_a_headline_block_over_its_picture_is_no_list_and_a_bracketed_byline_no_headline(tmp_path: Path) -> None:
    # www.epochtimes.com.tw (web-texts-7/06): the headline, the picture's caption twice, then
    # the text opening with 【记者…/嘉义报导】.
    [article] = _ingest("\n".join([
        "首頁 地方 雲嘉屏", "", "嘉義市30歲以上市民 免費健康篩檢啟動", "",
        "107年嘉義市整合性健康篩檢啟動典禮。(嘉義市政府提供)", "107年嘉義市整合性健康篩檢啟動典禮。(嘉義市政府提供)", "",
        "【記者李擷瓔/嘉義報導】嘉義市民整合性健康篩檢20日啟動!由聖馬、嘉基、嘉榮、慶昇、嘉醫及陽明等6家醫院提供服務,"
        "30歲以上的嘉義市民全程免費。",
    ]), tmp_path)
    assert article.title == "嘉义市30岁以上市民 免费健康筛检启动"
    assert "启动典礼" not in article.body


def test_a_menu_of_short_words_a_section_tag_after_the_headline_and_a_headline_that_is_no_outlet(tmp_path: Path) -> None:
    # ejfq.com (web-texts-7/02), m.zx.lc123.net (web-texts-7/19), dyjkbd.cn (web-texts-7/18).
    text = ("政府公布,「長者醫療券大灣區試點計劃」在本月內進一步增加四個服務點,接受合資格香港長者使用長者醫療券,"
            "支付指定科室的門診醫療護理服務費用。")
    [article] = _ingest("\n".join(["登入 直接訂購 教學視頻", "", "長者醫療券大灣區試點再增4服務點 首次加入中醫院", "", text]),
                        tmp_path / "menu")
    assert article.title == "长者医疗券大湾区试点再增4服务点 首次加入中医院"
    [article] = _ingest("\n".join(["2030年中国人均预期寿命将达79岁 [法制聚焦]", "2016年10月26日讯,中共中央、国务院近日印发"
                                   "《“健康中国2030”规划纲要》。规划纲要提出,到2030年,我国主要健康指标进入高收入国家行列。"]),
                        tmp_path / "tag")
    assert article.title == "2030年中国人均预期寿命将达79岁"
    [article] = _ingest("\n".join(["国务院组建国家卫生健康委员会", "2018-03-13 10:31:45 来源:", "分享到:", "链接已复制",
                                   "今天,国务院机构改革方案提请十三届全国人大一次会议审议。根据该方案,改革后,国务院正部级机构减少8个,"
                                   "副部级机构减少7个。"]), tmp_path / "verb")
    assert article.title == "国务院组建国家卫生健康委员会" and article.source != article.title


def test_the_site_named_by_its_more_link_or_its_logo_printed_twice(tmp_path: Path) -> None:
    # tw.news.yahoo.com (鏡新聞, web-texts-7/03) and eyenews.me (web-texts-7/09).
    text = ("衛福部今天宣布,明年起將擴大補助對象,符合資格的民眾可至各縣市衛生局洽詢相關申請程序,"
            "衛福部表示,這項措施預計將有十萬人受惠。")
    [article] = _ingest("\n".join(["衛福部擴大補助 明年上路", "", text, "", "更多《鏡新聞》報導"]), tmp_path / "more")
    assert article.source == "镜新闻"
    [article] = _ingest("\n".join(["    看新聞EyeNews看新聞EyeNews", "", "衛福部擴大補助 明年上路", "", text]), tmp_path / "logo")
    assert article.source == "看新闻EyeNews"


def test_an_organisations_news_section_names_it(tmp_path: Path) -> None:
    # www.president.gov.tw (web-texts-3/08): 总统府新闻 heads the page.
    [article] = _ingest("\n".join([
        "跳到主要內容", ":::", "新聞與活動", "總統府新聞", "107年12月14日",
        "出席國家醫療品質獎頒獎典禮 副總統盼醫界帶動國家整體醫療發展",
        "陳建仁副總統今(14)日下午出席「2018年國家醫療品質獎」頒獎典禮,除肯定財團法人醫院評鑑暨醫療品質策進會在提升醫院評鑑"
        "與醫療品質所做努力,也期盼醫界一起帶動國家整體醫療發展。",
    ]), tmp_path)
    assert (article.source, article.date) == ("总统府", dt.date(2018, 12, 14))


def test_a_headline_with_a_colon_and_a_number_is_no_table_row(tmp_path: Path) -> None:
    # hwzhishi.hanwang.cn (web-texts-8/16): 广东疾控提醒:9月是诺如病毒高发期.
    [article] = _ingest("\n".join([
        "广东疾控提醒:9月是诺如病毒高发期", "2023-08-28 16:01:09 来源:财联社", "", "(资料图)", "",
        "8月28日电,广东疾控发布重要提醒称,诺如病毒感染容易在秋冬季高发,9月开学后,各类学校发生诺如病毒感染暴发疫情的可能性高。",
    ]), tmp_path)
    assert (article.title, article.source) == ("广东疾控提醒:9月是诺如病毒高发期", "财联社")


def test_a_login_wall_and_locked_fields_between_headline_and_text(tmp_path: Path) -> None:
    # bid.caigoupt.com (web-texts-8/17).
    lines = ["黑龙江伊春铁力市开展2025年道路交通事故医疗应急演练桌面推演活动", ""]
    for label in ("项目编号", "预算金额", "招标单位", "招标电话", "代理机构", "代理电话"):
        lines += [label, "点击查看"]
    lines += ["", "查看隐藏内容(*)需先登录", "",
              "为深入贯彻落实习近平总书记关于提高应对重大突发公共卫生事件的能力和水平,防范化解重大突发公共卫生风险工作要求,"
              "近日,铁力市组织开展了一场道路交通事故医疗应急演练桌面推演活动。"]
    [article] = _ingest("\n".join(lines), tmp_path)
    assert article.title == "黑龙江伊春铁力市开展2025年道路交通事故医疗应急演练桌面推演活动"
    assert "登录" not in article.body


def test_an_e_paper_menu_and_a_list_of_bylines(tmp_path: Path) -> None:
    # paper.dzjkb.org.cn (web-texts-9/02) and nkutagingcol.blogspot.com (web-texts-9/18).
    [article] = _ingest("\n".join([
        "本报首页 版面概览", "往期回顾", "   ", "当前:2版(2024年12月04日) 上一版 下一版", "10种门诊慢特病可跨省直接结算", "",
        "       本报讯(记者 冯若冰)12月1日,全国医保正式上线慢性阻塞性肺疾病、类风湿关节炎、冠心病等5种门诊慢特病相关治疗费用"
        "跨省直接结算服务。",
    ]), tmp_path / "menu")
    assert (article.title, article.date) == ("10种门诊慢特病可跨省直接结算", dt.date(2024, 12, 4))
    [article] = _ingest("\n".join([
        "老化失速列車 台灣長照跟不上",
        "工商時報 蘇秀慧, 工商時報 郭建志, 工商時報 彭媁琳, 工商時報 譚淑珍 2020.09.23", "",
        "2020年的台灣,正式進入人口負成長階段,2025年將邁入超高齡社會;台灣老得太快太猛,2055年將追上日本,"
        "比國發會前次(2018年)推估又提早五年。",
    ]), tmp_path / "credits")
    assert (article.title, article.date) == ("老化失速列车 台湾长照跟不上", dt.date(2020, 9, 23))


def test_more_chrome_of_portals_and_reposting_sites(tmp_path: Path) -> None:
    # 168wz.cn (web-texts-8/14), hubtec.cn (web-texts-8/07), www.yjxww.com (web-texts-8/09), ek21.com
    # (web-texts-9/17), www.cntcm.com.cn (web-texts-9/05), uho.com.tw (web-texts-9/15).
    [article] = _ingest("\n".join([
        "医保药品目录调整结果公布 新增药品91种", "2023-12-13", "导读", "每天都有新药纳入医保的消息…",
        "国家医保局今天公布2023年国家医保药品目录调整结果,本次调整共有126个药品新增进入目录,其中91种为目录外药品。"
        "(自媒体www.9y9y.com)",
        "- 小", "- 中", "- 大", "台湾好新闻 第1张", "寻梦新闻LINE@每日推播热门推荐文章,趣闻不漏接", "加入LINE好友",
        "版权和免责申明", "凡注明 “中国中医药报、中国中医药网” 字样的视频、图片或文字内容,版权均属中国中医药报社所有。",
    ]), tmp_path)
    for clutter in ("导读", "9y9y", "第1张", "LINE", "申明", "版权"):
        assert clutter not in article.body, clutter
    assert "新增进入目录" in article.body


def test_a_papers_publisher_is_written_as_the_paper(tmp_path: Path) -> None:
    # epaper.rznews.cn (web-texts-9/10): 来源:日照日报社.
    [article] = _ingest("\n".join([
        "市人民医院开展义诊活动", "来源:日照日报社 2024-03-05", "",
        "3月4日,市人民医院组织专家走进社区开展义诊活动,为居民提供健康咨询、血压血糖测量等服务,受到居民欢迎。",
    ]), tmp_path)
    assert article.source == "日照日报"


def test_a_byline_line_with_the_first_paragraph_glued_on(tmp_path: Path) -> None:
    # adminc.yywsb.com (web-texts-9/04).
    [article] = _ingest("\n".join([
        "南阳市“宛城区知名中医工作站”揭牌",
        "2019-06-25 来源:医药卫生报 第五版:中医药周刊 浏览:18155 次 6月22日,由南阳市宛城区卫生健康委员会、区中医药发展局组建的"
        "“宛城区知名中医工作站”暨“宛城区专长中医实践基地”在宛城区中医院揭牌成立。",
        "近年来,宛城区紧紧围绕继承和发展中医思路,不断完善中医药服务体系,着力推进三级中医药服务体系建设。",
    ]), tmp_path)
    assert (article.source, article.date) == ("医药卫生报", dt.date(2019, 6, 25))
    assert "在宛城区中医院揭牌成立" in article.body and "浏览" not in article.body


def test_mastheads_and_sections_name_the_site(tmp_path: Path) -> None:
    # thestandnews.com (web-texts-11/16), www.dotdotnews.com (web-texts-11/17), www.natcm.gov.cn (web-texts-11/06).
    text = ("一連兩周的醫護抗議行動是因為流感高峰期爆煲,病房超負荷去到120%甚至130%,家父入院急症室,"
            "在急症觀察病房等候期間,本人親身感受到醫護人員也是受害者。")
    cases = [
        (["立場新聞 Stand News", "", "融入大灣區的香港公共醫療", "", "2019/1/28 — 8:26", "", text], "立场新闻"),
        (["點新聞 | 每日點新聞 點解香港事", "", "下載APP", "", "公院急症室人數高企 仁濟及瑪嘉烈醫院需等逾6小時", "", text], "点新闻"),
        (["国家中医药管理局 工作动态  ", "邮箱 微信", "工作动态 您当前的位置:首页 > 国际合作司(港澳台办公室) > 工作动态",
          "孙达出席第二届中国老年健康国际论坛", "时间:2020-12-17 17:05:27", "", text], "国家中医药管理局"),
    ]
    for index, (lines, outlet) in enumerate(cases):
        [article] = _ingest("\n".join(lines), tmp_path / str(index))
        assert article.source == outlet, lines[0]


def test_outlets_named_before_the_headline_or_by_a_reporter_and_labels_cut_from_titles(tmp_path: Path) -> None:
    # lnyy.com.cn (web-texts-11/02), kantie.org (web-texts-11/11), m.med126.com (web-texts-11/09),
    # www.zlsh.tp.edu.tw (web-texts-11/18).
    text = "近日,北京市卫生健康委员会发布通知,各区将建设老年健康服务中心,为社区老人提供健康管理和康复护理等服务。"
    [article] = _ingest("\n".join(["[北京青年报] 老年健康服务中心将惠及社区老人", "2018-03-05", text]), tmp_path / "tag")
    assert (article.title, article.source) == ("老年健康服务中心将惠及社区老人", "北京青年报")
    [article] = _ingest("\n".join(["“10秒,我症状还没说,处方药就开好了”", "", "今日头条", "Toutiao", "",
                                   "中国新闻网《民生调查局》记者调查发现,在多家电商平台网售处方药过程中,患者无须上传病历、处方等资料。"]),
                        tmp_path / "reporter")
    assert article.source == "中国新闻网"
    [article] = _ingest("\n".join(["转贴专栏:重病之下,如何保障?", "来源:本站原创 中医理论数据 字体", text]), tmp_path / "column")
    assert article.title == "重病之下,如何保障?" and "本站" not in article.source
    [article] = _ingest("\n".join(["公告主旨 | 衛生局訂於113年11月6日至8日辦理流感及新冠疫苗接種站 |", "---|---|",
                                   "發佈日期 | 2024 年 10 月 29 日 |", text]), tmp_path / "cell")
    assert article.title == "卫生局订于113年11月6日至8日办理流感及新冠疫苗接种站"


def test_captions_credits_and_buttons_of_more_sites(tmp_path: Path) -> None:
    # www.takungpao.com.hk (web-texts-11/15), www.everprobks.com (web-texts-11/19), health.ltn.com.tw
    # (web-texts-11/20), aust.edu.cn (web-texts-10/11), www.sdsyyxh.com (web-texts-10/10).
    [article] = _ingest("\n".join([
        "三高找上年輕族群 30歲免費健檢上路半年", "2025-08-22", "整理/洪詩茵", "圖文資料來源/衛生福利部、食品藥物管理署", "讀給你聽",
        "國健署表示,30歲以上民眾可免費接受成人健康檢查,上路半年已有近19萬人使用。(圖取自freepik)",
        "大公報記者黃洋港/攝", "汇报会现场", "郭永存讲话", "(联合义诊活动)", "廣告",
        "國健署提醒,年輕族群也應定期量血壓,自主健康管理。市民到公立醫院急症室求診人數持續高企。(醫管局截圖)",
    ]), tmp_path)
    for clutter in ("洪诗茵", "资料来源", "读给你听", "freepik", "黄洋港", "现场", "郭永存", "联合义诊", "广告", "截图"):
        assert clutter not in article.body, clutter


def test_a_kicker_that_ends_in_a_verb_of_saying_leads_into_the_headline(tmp_path: Path) -> None:
    # sj.mna.net.cn (web-texts-7/20): 引题, 主题, 副题 over the picture.
    [article] = _ingest("\n".join([
        "时间: 来源:中新网 访问量:", "2017年卫生健康事业发展统计公报显示", "中国居民人均预期寿命达76.7岁",
        "主要健康指标总体上优于中高收入国家", "资料图:千名中老年人齐打太极拳。中新社记者 泱波 摄",
        "本报北京6月12日电 (记者白剑峰)国家卫健委日前发布《2017年我国卫生健康事业发展统计公报》。报告显示,2017年,"
        "我国居民人均预期寿命由2016年的76.5岁提高到76.7岁。",
    ]), tmp_path)
    assert article.title == "中国居民人均预期寿命达76.7岁"


def test_outlets_beside_a_date_and_a_label_opening_a_flattened_text(tmp_path: Path) -> None:
    # e993.com (昆明日报, web-texts-12/09), www.df123w.com (web-texts-12/13), news.shooba.com.cn (web-texts-12/10),
    # video.xinhua08.com (web-texts-12/12).
    text = "本报讯 记者邓磊报道 4月20日,昆明市第一人民医院巫家坝医院揭牌仪式在官渡区人民医院举行,相关部门负责人为医院揭牌。"
    cases = [
        (["昆明市第一人民医院巫家坝医院揭牌", "", "2024-04-21 06:04:13 - 昆明日报掌上春城", "", text], "昆明日报掌上春城"),
        (["大丰123网 发表于 2023-4-27 17:42:55", "", "我区开展预防接种疫苗宣传活动", "", text], "大丰123网"),
        (["家庭医生黄晓莉我是村民的健康管家", "城市镜像.新闻汇总 2020-09-07", "消息来源:新华网 花山镇家庭医生 黄晓莉 " + text * 2],
         "新华网"),
        (["中国金融信息网:医保谈判进入第三天", "来源:中国金融信息网时长:3分18秒", text], "中国金融信息网"),
    ]
    for index, (lines, outlet) in enumerate(cases):
        [article] = _ingest("\n".join(lines), tmp_path / str(index))
        assert article.source == outlet, lines[0]


def test_e_paper_and_portal_chrome_over_a_short_headline(tmp_path: Path) -> None:
    # paper.wlxww.com (温岭日报, web-texts-13/06), nchn.news (web-texts-13/11), lqnews.zjol.com.cn (web-texts-13/16).
    text = ("日前,在滨海镇卫生院二楼接种门诊,来自湾下、新横径两村的60岁以上老人排队接种流感疫苗,"
            "医护人员耐心询问老人的身体状况。")
    [article] = _ingest("\n".join(["温岭日报 数字报纸", "a0002版:城事", "流感,走开!", text]), tmp_path / "epaper")
    assert article.title == "流感,走开!"
    [article] = _ingest("\n".join(["屏縣車城鄉衛生所重建啟用 推動醫療平權", "1. 檢舉", "2. 列印", "3. 收藏", "4. 推薦好友",
                                   "里報.tw 記者:林家慶 / 屏東縣 報導 2025-01-10", text]), tmp_path / "toolbar")
    assert article.title == "屏县车城乡卫生所重建启用 推动医疗平权"
    [article] = _ingest("\n".join(["时间: 浙江在线·龙泉支站 天气预报 空气质量 龙泉市环境空气质量指数 良", "设为主页收藏本页",
                                   "新生儿可免费享受五项疾病筛查", "龙泉新闻网讯(见习记者 叶炜婷) " + text]), tmp_path / "weather")
    assert article.title == "新生儿可免费享受五项疾病筛查" and "天气" not in article.body


def test_sections_links_and_credits_are_no_outlet_and_no_text(tmp_path: Path) -> None:
    # xy.cnhubei.com (web-texts-13/04), dzb.hxnews.com (web-texts-13/08), stage.cdns.com.tw (web-texts-13/09),
    # www.jksb.com.cn (web-texts-13/12), theinitium.com (web-texts-13/13).
    text = "近日,市卫生健康委组织专家到社区开展义诊活动,为居民提供健康咨询、血压测量和用药指导,受到居民欢迎。"
    [article] = _ingest("\n".join(["市卫健委组织专家进社区义诊", "发布时间:2017-03-30 08:40:13来源:楚天快报进入电子报",
                                   "阅读提要:", "专家进社区,服务到家门。", "新闻图片", text + "(Carl Court/Getty Images)"]),
                        tmp_path / "link")
    assert article.source == "楚天快报"
    for clutter in ("阅读提要", "新闻图片", "Getty"):
        assert clutter not in article.body, clutter
    [article] = _ingest("\n".join(["国内新闻", "", "浙江倒号黄牛 网上约架卫生厅长", "", "来源:台湾好报/", text]), tmp_path / "slash")
    assert article.source == "台湾好报"


def test_feed_marks_on_titles_and_more_labels_and_prompts(tmp_path: Path) -> None:
    # www.zhiding.net (web-texts-14/13), www.jiguang.dzxwnews.com (web-texts-14/17), m.xumu.u0q.com
    # (web-texts-14/20), www.zjqy.gov.cn (web-texts-14/15), m.gmw.cn (web-texts-15/01), www.macaucabletv.com
    # (web-texts-15/02).
    text = "近日,区卫健局联合市场监管局对辖区托育机构开展专项检查,重点检查消防安全、食品安全和卫生保健等情况。"
    titles = {"热点!丰泽:开展托育机构专项检查 守护婴幼儿健康成长": "丰泽:开展托育机构专项检查 守护婴幼儿健康成长",
              "国家药监局:2022年共查处“两品一械”案件15.36万件-当前速读": "国家药监局:2022年共查处“两品一械”案件15.36万件",
              "报道:强化预防意识、倡导健康行为!第35个爱国卫生月活动启动": "强化预防意识、倡导健康行为!第35个爱国卫生月活动启动"}
    for index, (printed, title) in enumerate(titles.items()):
        [article] = _ingest("\n".join([printed, "2023-08-18", text]), tmp_path / str(index))
        assert article.title == title
    [article] = _ingest("\n".join([
        "卫生局公布中秋节翌日公众假期的医疗服务安排", "有线图文新闻 / 本地资讯", "发布于 2024年9月17日 下午 3:56",
        "索引号: 发布时间: 2023-08-18 08:48:43 来源单位: 庆元县政府网 作者: 县卫健局", "提要:", "托育机构专项检查。",
        "[摘要]", text, "若长时间无响应,请刷新本页面", "为您推荐", "美化景区提品质",
    ]), tmp_path / "labels")
    assert article.title == "卫生局公布中秋节翌日公众假期的医疗服务安排"
    assert article.source == "庆元县政府网"
    for clutter in ("提要", "摘要", "刷新", "美化景区"):
        assert clutter not in article.body, clutter


def test_a_headline_with_an_enumeration_comma_is_not_joined_to_the_text(tmp_path: Path) -> None:
    # www.ddcpc.cn (学习时报, web-texts-15/09): the headline holds a 、, the text starts with its words.
    [article] = _ingest("\n".join([
        "我的位置: 首页 > 评论 > 正文", "",
        "雷海潮:坚持人民至上、生命至上是中国式现代化超越西方现代化的重要特征之一", "",
        "坚持人民至上、生命至上是中国式现代化超越西方现代化的重要特征之一。2035年建成健康中国,重要标志就是卫生健康事业发展"
        "不平衡不充分的矛盾有显著改善。", "", "(作者为国家卫生健康委党组书记、主任)", "", "来源《学习时报》",
    ]), tmp_path)
    assert article.title == "雷海潮:坚持人民至上、生命至上是中国式现代化超越西方现代化的重要特征之一"
    assert article.source == "学习时报"


def test_market_data_notices_and_promotions_are_chrome(tmp_path: Path) -> None:
    # www.ejfq.com (web-texts-7/02), am730.com.hk (web-texts-7/04), macau.news.fang.com (web-texts-15/08).
    text = "政府公布,長者醫療券大灣區試點計劃在本月內進一步增加四個服務點,接受合資格香港長者使用長者醫療券支付門診費用。"
    [article] = _ingest("\n".join([
        "長者醫療券大灣區試點再增4服務點", "2024-06-05", "[摘要] " + text, text,
        "股票及指數資料由天滙財經有限公司,泓滙財經資訊有限公司及財經智珠網有限公司提供。外滙及黃金報價由路透社提供。",
        "【限時激減】800 amFUN 2盒!",
    ]), tmp_path)
    for clutter in ("[摘要]", "路透社", "限时"):
        assert clutter not in article.body, clutter


def test_a_year_over_its_day_an_account_handle_and_a_numbered_summary(tmp_path: Path) -> None:
    # www.cn-healthcare.com (健康界, web-texts-16/03) and xinwen.bjd.com.cn (web-texts-16/13).
    text = "2011年8月,已到知天命之年的詹积富,从福建省三明市食品药品监督管理局局长任上,调任三明市医改领导小组办公室主任。"
    [article] = _ingest("\n".join(["对话詹积富:三明医改这九年", "2021", "06/28", "+", "分享", "评论", "A-", "A+", text]),
                        tmp_path / "year")
    assert (article.title, article.date) == ("对话詹积富:三明医改这九年", dt.date(2021, 6, 28))
    [article] = _ingest("\n".join([
        "国家卫健委发布会:预计1月中下旬流感活动水平下降", "@人民日报", "2025-01-12 15:45 语音播报",
        "①流感是引起近期急性呼吸道疾病就诊患者增加的主要疾病;", "②大多数省份流感强度处于中等水平,流感检测阳性率上升趋势减缓;",
        "③专家预计1月中下旬流感活动水平下降;",
        "④总体来看,今年冬春呼吸道传染病都处于预期之内,呈现多种病原体交替或共同流行的态势。",
    ]), tmp_path / "handle")
    assert article.source == "人民日报"
    assert "大多数省份流感强度处于中等水平" in article.body


def test_a_headline_that_ends_like_an_organisation_is_no_outlet_and_blank_labels_name_nothing(tmp_path: Path) -> None:
    # www.yueyang.gov.cn (web-texts-16/18) and xcswjw.xuchang.gov.cn (web-texts-16/20).
    text = "3月12日上午,市二医院举行“三甲医院”挂牌仪式,标志着该院正式跻身三级甲等综合医院行列,全市医疗服务能力进一步提升。"
    [article] = _ingest("\n".join(["市二医院正式挂牌三甲医院", "来源: 【字体:", text, "(记者 刘 康)"]), tmp_path / "verb")
    assert article.title == "市二医院正式挂牌三甲医院" and article.source != article.title
    [article] = _ingest("\n".join(["您的位置:> 首页 > 工作动态", "市卫生健康委召开全市卫生健康系统安全生产工作会议",
                                   "【信息来源:【信息时间:2019-08-05  阅读次数:", text]), tmp_path / "blank")
    assert article.source != "信息" and article.date == dt.date(2019, 8, 5)


def test_a_headline_with_its_writer_and_time_glued_on_and_a_site_dotted_to_its_paper(tmp_path: Path) -> None:
    # pchome.megatime.com.tw (web-texts-17/01), www.whnews.cn (web-texts-17/13), www.macaucee.com.mo (web-texts-17/02).
    text = "南投縣長許淑華表示,南投醫療資源長期不足,盼中央協助逐年改善,縣府也將持續爭取設立重症醫療中心,守護鄉親健康。"
    [article] = _ingest("\n".join(["南投醫療資源不足 許淑華盼中央協助、逐年改善徐德芬 (2025-10-20 16:48:17)", text]), tmp_path / "glued")
    assert (article.title, article.date) == ("南投医疗资源不足 许淑华盼中央协助、逐年改善", dt.date(2025, 10, 20))
    [article] = _ingest("\n".join(["威海市立医院获评省级临床重点专科", "来源:威海新闻网·威海晚报 2024-04-18", text]), tmp_path / "dot")
    assert article.source == "威海晚报"
    [article] = _ingest("\n".join(["衛生局籲市民接種流感疫苗", "即時資訊", "2025-01-23", text]), tmp_path / "section")
    assert article.source != "即时资讯"


def test_a_credit_spaced_off_the_text_and_a_photo_credit_glued_to_a_caption(tmp_path: Path) -> None:
    # www.gmpbbs.com (web-texts-12/14) and www.takungpao.com.hk (web-texts-11/15).
    [article] = _ingest("\n".join([
        "lemon 发表于 2014-11-16 23:22:13", "药企又出事了!近段时间国家食药监总局飞行检查频频!",
        "11月4日至5日,食药监总局联合地方食药监局对吉林省四家药品生产企业开展了飞行检查,涉事产品已经启动了召回措施。"
        + " " * 40 + "此文来自腾讯新闻",
        "食物及衛生局局長高永文。大公報記者黃洋港/攝", "页: [1]", "查看完整版本: 药企又出事了!",
    ]), tmp_path)
    assert article.source == "腾讯新闻"
    for clutter in ("此文来自", "黄洋港", "查看完整版本"):
        assert clutter not in article.body, clutter


def test_a_site_network_line_and_a_subscription_prompt_are_chrome(tmp_path: Path) -> None:
    # 中医人 (web-texts-15/18) and cdn.gcs.gov.mo (web-texts-13/01).
    [article] = _ingest("\n".join([
        "一站通用户名: 密码 注册", "中医人旗下网站:医学眺望医师考试认识中医人日文英文", "您现在的位置: 中医人 >> 新闻频道 >> 正文",
        "10部门部署整治、为期1年,医疗腐败都有哪些暗角?",
        "8月15日,国家卫健委表示,该委会同教育部、公安部等10部门联合印发工作要点,部署开展为期1年的医药领域腐败问题集中整治工作。",
        "订阅新闻局Telegram政府新闻频道:https://t.me/macaogcs,即时接收最新消息。",
    ]), tmp_path)
    assert article.title == "10部门部署整治、为期1年,医疗腐败都有哪些暗角?"
    assert "Telegram" not in article.body and "旗下" not in article.body


def test_a_headline_ending_in_an_exclamation_over_an_inline_summary(tmp_path: Path) -> None:
    # hubtec.cn (web-texts-8/07) and ek21.com (web-texts-9/17).
    text = "黑龙江省纪委监委通报,七台河市人民医院原院长王群涉嫌严重违纪违法,目前正接受纪律审查和监察调查。"
    [article] = _ingest("\n".join(["虎吧科技网", "", "医疗反腐风暴再现,山海两院长被通报!", "", "导读 " + text, "",
                                   " 医疗反腐风暴再现,山海两院长被通报!", "", text + "广东揭阳市纪委监委则公布了另一位院长被“双开”的消息。"]),
                        tmp_path / "summary")
    assert article.title == "医疗反腐风暴再现,山海两院长被通报!"
    assert "导读" not in article.body
    [article] = _ingest("\n".join(["臺北醫院50週年院慶 蘇揆感謝醫護同仁辛苦付出", "",
                                   "臺北醫院50週年院慶 蘇揆感謝醫護同仁辛苦付出 台灣好新聞 第1張", "",
                                   "行政院長蘇貞昌今(26)日出席衛生福利部臺北醫院50週年院慶暨放射治療中心啟用典禮,首先感謝醫護同仁。"]),
                        tmp_path / "counter")
    assert article.title == "台北医院50周年院庆 苏揆感谢医护同仁辛苦付出"


def test_continued_from_links_promotions_and_a_numbered_more_button(tmp_path: Path) -> None:
    # master-insight.com (web-texts-5/03), news.now.com (web-texts-5/05), 202.62.215.21 (etnet, web-texts-5/06).
    text = "醫務衞生局局長盧寵茂表示,正選擇港資港式管理機構作長者醫療券服務試點,內地機構方面傾向選擇大型綜合三甲醫院。"
    [article] = _ingest("\n".join([
        "盧寵茂:正選擇港資港式機構作長者醫療券服務試點", "17/11/2023", text,
        "承接上文:專訪盧寵茂局長:地緣政治波及醫衞業 港更需藥械第一層審批(二之一)", "1. 更多",
        "【etnet 30周年】多重慶祝活動一浪接一浪,好禮連環賞! ► 即睇詳情",
    ]), tmp_path)
    for clutter in ("承接上文", "更多", "即睇详情"):
        assert clutter not in article.body, clutter


def test_a_date_inside_a_sentence_does_not_split_it_and_a_broadcasting_group_is_an_outlet(tmp_path: Path) -> None:
    # www.xmcm.org.cn (web-texts-10/06): an award page for a radio series.
    [article] = _ingest("\n".join([
        "获奖作品", "", "乡村医生,守护的是咱农民兄弟", "", "信息来源:厦门广播电视集团 发布时间:2014-01-27 13:57:17", "闽南话广播",
        "【口播】",
        "他们,曾经有过一个红极一时的名字:那是1968年9月14日,随着毛泽东在当天的《人民日报》上批示“赤脚医生就是好”,"
        "“赤脚医生”这个名称走向了全国。上世纪六七十年代,赤脚医生在农村是相当有面子的工作。",
    ]), tmp_path)
    assert (article.title, article.source) == ("乡村医生,守护的是咱农民兄弟", "厦门广播电视集团")
    assert "那是1968年9月14日,随着" in article.body


def test_a_headline_with_its_date_and_writer_after_it_and_a_compact_date_before_one(tmp_path: Path) -> None:
    # epaper.tianjinwe.com (web-texts-14/09, a 新华社 report in a paper) and kjb.kjxww.cn (web-texts-16/06).
    lead = "据新华社北京10月19日电(记者 李恒)记者从19日开幕的2024年中国罕见病大会了解到,截至目前,全国罕见病诊疗协作网医院总数达到419家。"
    [article] = _ingest("\n".join(["全国罕见病诊疗协作网医院达419家 2024年10月20日  李恒", "", lead]), tmp_path / "writer")
    assert (article.title, article.date) == ("全国罕见病诊疗协作网医院达419家", dt.date(2024, 10, 20))
    assert "李恒" not in article.title
    [article] = _ingest("\n".join([
        "20200414 今年全省力争县域就诊率达90%", "", "阅读量: 720", "",
        "4月10日,记者从全省卫生健康大会上获悉,省政府办公厅印发《关于加快推进紧密型县域医疗卫生共同体建设的指导意见》,"
        "提出2020年在全省推进医共体建设,力争县域就诊率达到90%、县域内基层就诊率达65%。",
    ]), tmp_path / "compact")
    assert (article.title, article.date) == ("今年全省力争县域就诊率达90%", dt.date(2020, 4, 14))
    assert "date" not in article.review


def test_a_papers_two_character_name_in_its_copyright_line_names_the_site(tmp_path: Path) -> None:
    # www.singpao.com.hk (real-pages-12/09): the page names itself only in its footer, 2016 ©成報版權所有.
    body = ("美國國務卿蓬佩奧宣布擴大「潔淨網絡」行動，以保護美國的通訊及科技基建。其中要求把中國的應用程式從美國的"
            "app store清除，以保護美國最敏感的個人和商業資料不會被利用或是盜竊。")
    footer = "  地址:觀塘開源道48號威利廣場23樓  |  電話:26269999  |  電郵:[email protected]\t首頁\t2016 ©成報版權所有\t  "
    [article] = _ingest("\n".join(["美國擴「潔淨網絡」 中國不可信程式須下架", "發布日期 : 2020-08-07", body, "", footer]),
                        tmp_path)
    assert article.source == "成报"
    [article] = _ingest("\n".join(["美國擴「潔淨網絡」 中國不可信程式須下架", "發布日期 : 2020-08-07", body, "", "©本報版權所有"]),
                        tmp_path / "own")
    assert article.source != "本报"


def test_a_card_set_produced_by_a_listed_outlets_desk_names_it(tmp_path: Path) -> None:
    # www.northnews.cn (web-texts-2/12): a 新华社 card set reposted without a 来源 line; its credits end in 新华社国内部出品.
    lines = ["第七批国家组织药品集采12日在江苏南京开标", "此次集采品种达60种", "涉及高血压、糖尿病、抗感染、消化道疾病等常见病、慢性病用药",
             "此次集采拟中选产品327个", "拟中选产品平均降价48%", "预计每年可节省费用185亿元"]
    [article] = _ingest("\n\n".join(["首页 > > 正文", "平均降价48% 第七批国家组织药品集采开标", *lines,
                                     "记者:彭韵佳、邱冰清", "编辑:郭宝江", "设计:杨轶群", "新华社国内部出品", "[责任编辑:宝华]"]), tmp_path)
    assert article.source == "新华社"
    assert "出品" not in article.body


def test_a_government_catalogue_with_labels_of_its_own_over_the_notice(tmp_path: Path) -> None:
    # www.changzhou.gov.cn (web-texts-20/02): 信息名称, 文件编号, 法定主动公开分类 and 内容概述 are catalogue labels.
    [article] = _ingest("\n".join([
        "您当前的位置:", "首页 >> 政务公开 >> 正文", "浏览次数:", "信息名称:关于调整全市基本医疗保险门诊特殊病保障政策的通知",
        "索 引 号:MB1938455/2022-00210", "法定主动公开分类:医疗信息 公开方式:主动公开",
        "文件编号:常医保待遇〔2022〕120号 发布机构:市医疗保障局", "生成日期:2022-10-31 公开日期:2022-10-31 废止日期:有效",
        "内容概述:调整全市基本医疗保险门诊特殊病保障政策", "关于调整全市基本医疗保险门诊特殊病保障政策的通知", "",
        "各辖市(区)医保局(分局)、卫生健康局,常州经开区医保分局、社会事业局,市医保中心,各有关单位 :", "",
        "为贯彻落实《省政府办公厅关于建立健全职工基本医疗保险门诊共济保障机制的实施意见》等文件要求,稳步提高门诊特殊病保障水平,"
        "切实减轻参保群众门诊医疗费用负担,结合我市实际,现就调整全市基本医疗保险门诊特殊病保障政策通知如下:",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == (
        "关于调整全市基本医疗保险门诊特殊病保障政策的通知", "市医疗保障局", dt.date(2022, 10, 31))
    assert "文件编号" not in article.body and "内容概述" not in article.body


def test_a_bracketed_lead_byline_names_the_outlet_and_is_cut_from_the_text(tmp_path: Path) -> None:
    # cn.epochtimes.com (web-texts-19/15): 【大紀元10月27日報導】(中央社記者…專電) opens the text.
    [article] = _ingest("\n".join([
        "嘉義醫療服務隊義診造福菲國弱勢民眾", "", "標籤: ,", "",
        "【大紀元10月27日報導】(中央社記者林行健菲律賓殊殊銀市二十七日專電)為對菲律賓弱勢族群送上來自台灣的關懷,"
        "嘉義基督教醫院菲律賓醫療服務隊在衛生署的補助下,連續兩天在呂宋島殊殊銀省偏遠鄉村舉行義診。", "",
        "殊殊銀省(Sorsogon)位於呂宋島最南端,距馬尼拉約六百公里,居民多以農漁業維生,青壯年人口多到馬尼拉或海外工作。",
    ]), tmp_path)
    assert article.source == "大纪元"
    assert article.body.startswith("(中央社记者林行健菲律宾殊殊银市二十七日专电)为对菲律宾弱势族群")  # a wire's dateline stays
    assert "报导】" not in article.body


def test_a_forums_chrome_and_footer_and_an_e_paper_readers_prompts(tmp_path: Path) -> None:
    # oneclickcarehk.com (web-texts-19/03, a Discuz forum) and jrgc.jsgctv.com (web-texts-21/01, an e-paper).
    text = "立法會一個委員會通過無法律約束力動議,要求政府成立跨部門的中央管理委員會,就應對罕見疾病制訂政策,以及撥款5億元支援罕見疾病病人的藥物。"
    [article] = _ingest("\n".join([
        "OCC Forum", "", " 找回密碼", " 立即註冊", "查看: 3563|回復: 0", "打印 上一主題 下一主題", "", "[複製鏈接]", "", "857", "",
        "主題", "", "1034", "", "帖子", "", "管理員", "", "Rank: 9Rank: 9Rank: 9", "", "跳轉到指定樓層", "樓主",
        "發表於 2017-8-24 20:33:16 | 只看該作者 回帖獎勵 |倒序瀏覽 |閱讀模式", "2017年4月11日 新城財經台", "", "",
        "立會委會通過動議要求就罕見疾病制訂政策", "", text, "", "回復", "", "使用道具 舉報", "",
        "GMT+8, 2024-11-22 05:14 , Processed in 0.054339 second(s), 19 queries .", "", "Powered by Discuz! X3.3",
    ]), tmp_path / "forum")
    assert (article.title, article.date) == ("立会委会通过动议要求就罕见疾病制订政策", dt.date(2017, 4, 11))
    for chrome in ("Rank", "Processed", "使用道具", "只看该作者"):
        assert chrome not in article.body, chrome
    [article] = _ingest("\n".join([
        "这已经是最后一期了哦!", "", "我知道了", "", "2025年03月14日", "", "上一期 下一期", "第五版:社会/民生", "2025年03月14日", "",
        "今年我区6.95万名老年人将享受免费体检服务", "", "阅读量:100", "",
        "为关爱老年人健康,提升民生福祉,近日,淳溪中心卫生院启动了新一年度60周岁以上老年人免费体检工作,通过优化服务流程、"
        "增加体检项目等措施,为辖区老年人提供更加周到、贴心的健康管理服务。",
    ]), tmp_path / "epaper")
    assert (article.title, article.date) == ("今年我区6.95万名老年人将享受免费体检服务", dt.date(2025, 3, 14))


def test_a_flattened_page_with_an_empty_label_before_its_date_and_its_pager_after_the_text(tmp_path: Path) -> None:
    # lcfby.com (web-texts-20/11): a hospital's page as one line: headline(图文) 来源: 发布时间:… text 上一篇:… 下一篇:…
    text = ("9月7日,山东省发改委委托山东省科学研究院组成的省专家调研组来我院调研,区卫计委林俊茂副局长、我院刘丁副院长及相关科主任"
            "陪同调研。专家组一行实地查看了我院儿科门诊、病房及新生儿重症监护室,详细了解儿童医疗卫生服务情况。")
    [article] = _ingest(f"山东省发改委委托山东省科学研究院来我院调研儿童医疗卫生服务工作(图文) 来源: 发布时间:2017-09-08 00:00:00 {text}"
                        " 上一篇:促进自然分娩 确保母婴安康 下一篇:我院荣获“十大书香单位”荣誉称号", tmp_path)
    assert (article.title, article.date) == ("山东省发改委委托山东省科学研究院来我院调研儿童医疗卫生服务工作", dt.date(2017, 9, 8))
    assert "上一篇" not in article.body and "下一篇" not in article.body
    assert article.body.startswith("9月7日,山东省发改委")


def test_a_title_tail_after_an_underscore_a_column_before_a_colon_and_a_time_after_it(tmp_path: Path) -> None:
    # hk.outputnews.com (web-texts-21/10, …_风闻), xiaofei.3news.cn (web-texts-21/12, 天天观察:…),
    # news.mainpao.com (web-texts-19/05, … (11:00)).
    body = "记者从市医药行业协会获悉,该协会向全市药店发出倡议,要求做好药品保供稳价工作,不得囤积居奇、哄抬价格,保障市民用药需求。"
    for printed, headline in (("医生集团,中国医改“鲇鱼”艰难十年路_风闻", "医生集团,中国医改“鲇鱼”艰难十年路"),
                              ("天天观察:武汉医药行业协会向全市药店发出倡议:做好保供稳价", "武汉医药行业协会向全市药店发出倡议:做好保供稳价"),
                              ("消息指政府研究将中医医院服务纳入自愿医保计划 (11:00)", "消息指政府研究将中医医院服务纳入自愿医保计划")):
        [article] = _ingest("\n".join([printed, "2022-12-22 10:31", body]), tmp_path / str(len(printed)))
        assert article.title == headline


def test_a_department_is_no_outlet_and_neither_is_a_headline_about_a_visit(tmp_path: Path) -> None:
    # whfph.com (web-texts-20/12, 来源:宣传科, a hospital's own page) and news.h1.hk (web-texts-19/01, a related
    # headline over its date under the text: 何厚鏵將率團出席泛珠論壇).
    body = "为进一步提高护理质量,我院于11月5日举办了护理技能操作竞赛,全院各病区共派出选手参加了比赛,比赛分理论考试和技能操作两部分。"
    [article] = _ingest("\n".join(["我院举办护理技能操作竞赛", "来源:宣传科    发表时间:2011-11-07 15:24 浏览次数:2456", body]),
                        tmp_path / "department")
    assert article.source != "宣传科" and "source" in article.review
    macau = ("澳門特區今日舉行鏡湖醫院霍英東博士專科醫療大樓落成啟用典禮,澳門特區行政長官何厚鏵出席典禮時強調,"
             "應鼓勵向市民提供更細緻專業的醫療服務。國家衛生部副部長黃潔夫、香港醫管局主席胡定旭及300多位嘉賓出席落成儀式。")
    [article] = _ingest("\n".join(["何厚鏵指澳門對專科醫療服務需求迫切", "2009-06-28 (16:38)", macau, "•", "何厚鏵將率團出席泛珠論壇",
                                   "2009-05-14 (10:10)", "•", "崔世安辭職角逐澳門第三屆特首", "2009-05-12 (18:42)"]),
                        tmp_path / "visit")
    assert "论坛" not in article.source


def test_a_photo_reports_captions_open_its_text_and_a_pager_with_colons_in_its_headlines_is_chrome(tmp_path: Path) -> None:
    # m.timesface.cn (web-texts-18/14, 新华网 photos reposted) and m.pingce.nfhot.net (web-texts-18/15).
    [article] = _ingest("\n".join([
        "致敬那些行走山乡的“健康守门人”", "",
        "来源:新华网 | 作者:曹祎铭 | 发布时间: 2024-08-19 21:41:31 | 131 次浏览 | 分享到:", "",
        "  钟山县花山瑶族乡林坪村乡村医生唐丽红(左二)在田间地头给村民测量血压(2023年12月6日摄)。", "",
        "  兴业县山心镇公和村乡村医生钟伟平(右一)给村民宣传国家基本公共卫生服务政策(2024年2月19日摄)。", "",
        "  随着时代的发展,电动自行车、摩托车等逐渐成了乡村医生们主要的出行交通工具。但不论山有多高、路有多崎岖,"
        "乡村医生服务群众的心始终不变,在他们心中,只要群众有需要,就是靠双脚走,也要走到群众身边。", "",
        "上一篇:山西多举措促进青少年成长发展 满足青少年差异化需求 下一篇:微光守沪丨“小巷总理”李静珠:“疫情不散,我们不退”",
    ]), tmp_path)
    assert article.body.startswith("钟山县花山瑶族乡林坪村乡村医生唐丽红")
    assert "给村民宣传国家基本公共卫生服务政策" in article.body
    assert "上一篇" not in article.body


def test_the_headline_in_brackets_again_before_a_later_paragraph_is_cut(tmp_path: Path) -> None:
    # m.easyfang.com (web-texts-18/09): a page's second part opens with 【headline】.
    [article] = _ingest("\n".join([
        "检验项目|国家加快推进就医检验结果互认",
        "据新华社北京7月21日电 在上一家医院做过的检查 , 到了另一家医院可能还要重做 。 针对不少群众的就医困扰 , 近日 , "
        "国家卫健委印发《关于加快推进检查检验结果互认工作的通知》 。",
        "通知鼓励 , 有条件的省份之间可以联合制定工作方案 , 逐步实现跨省域医疗机构间检查检验结果互认 。",
        "【检验项目|国家加快推进就医检验结果互认】通知要求 , 各地要做好互认机构、项目的公示公开 , 便于群众查询了解 。",
    ]), tmp_path)
    assert "【" not in article.body
    assert "通知要求 , 各地要做好互认机构" in article.body


def test_the_experts_block_a_credit_of_the_cctv_newsroom_and_a_list_of_dates_under_the_text(tmp_path: Path) -> None:
    # www.lifetimes.cn (web-texts-18/01) and www.chinanews.com.cn (web-texts-18/08).
    [article] = _ingest("\n".join([
        "2024-03-09 农历甲辰年 正月廿九", "人工关节终于降价,集采带来五大利好", "", "受访专家:北京大学人民医院骨关节科主任 林剑浩", "",
        "中国科学技术大学附属第一医院(安徽省立医院)骨科主任 尚希福", "", "本报记者 张 健", "",
        "目前,人工关节置换技术是修复关节损伤,帮助患者恢复行动能力的最好办法之一。随着人口老龄化加速,年龄相关的骨关节病患者越来越多,"
        "需要人工关节置换的人群日益增加。",
    ]), tmp_path / "experts")
    assert article.title == "人工关节终于降价,集采带来五大利好"
    assert "受访专家" not in article.body and "尚希福" not in article.body
    [article] = _ingest("\n".join([
        "国家卫健委:我国跃居全球新药研发第二位",
        "今天上午,国新办举行“高质量完成‘十四五’规划”系列主题新闻发布会,介绍“十四五”时期卫生健康工作发展成就。",
        "据介绍,我国在研新药数量占全球数量的比例超过20%,跃居全球新药研发第二位,多款国产创新药陆续获批上市。",
        "(总台央视记者 杨阳 史迎春)", "- 专题:高质量完成“十四五”规划", "国内新闻精选:", "- 2026年03月05日 00:03:26",
        "- 2026年03月04日 20:24:36", "- 2026年03月04日 14:19:49", "- 2026年03月04日 09:44:45",
    ]), tmp_path / "cctv")
    assert article.source == "央视新闻"
    assert article.date is None or "date" in article.review  # the list's dates are not the article's


def test_a_two_character_outlet_in_its_lead_and_a_bare_reporter_credit_at_the_end(tmp_path: Path) -> None:
    # linyi.sdnews.com.cn (web-texts-18/13): 鲁网10月8日讯 … (本网记者)
    [article] = _ingest("\n".join([
        "临沂香樟园200位老人共联欢 庆祝“三喜临门”", "为老人系上红围巾,表达一份爱",
        "鲁网10月8日讯 为弘扬中华民族尊老、敬老、爱老、助老的传统美德,让所有入住长者度过一个欢乐、祥和、健康、文明的重阳节,"
        "10月7日,“重阳敬老,情暖香樟”演出活动在临沂高新区香樟园老年公寓举行。(本网记者)",
        "责任编辑:王安娜",
    ]), tmp_path)
    assert article.source == "鲁网"
    assert "本网记者" not in article.body


def test_a_forum_post_wrapped_at_80_columns_keeps_its_blank_lines_as_paragraph_ends(tmp_path: Path) -> None:
    # disp.cc (web-texts-23/09): a PTT post reposting 風傳媒, its lines wrapped at 80 columns.
    [article] = _ingest("\n".join([
        "作者 nobel777 ()", "標題 [新聞] 台灣醫療體系加速崩壞!醫生示警「未來", "時間 Mon Oct 20 09:23:11 2025", "", "",
        "台灣醫療體系加速崩壞!醫生示警「未來5年不要生病」,4件事自保最好先做準備", "", "風傳媒", "2025-10-19 16:20 陳得馥", "",
        "台灣的醫療系統正面臨一場前所未有的危機,這波「醫療崩壞危機」並非一朝一夕,早在 1",
        "0 年前就已出現崩壞跡象,但在疫情後向下探底的速度來到新高點。由於健保給付價格長期",
        "不合理,與持續成長的醫美、健康管理市場需求形成巨大落差,導致救命醫療的人力與藥物",
        "資源正從健保體系大量流失。新陳代謝科醫師許哲綸示警,「未來 5 年,請盡量不要生病",
        "」。", "", "",
        "台灣醫療品質加速崩壞中?救命醫療人力、藥物都大量流失", "",
        "許哲綸今(19) 日在臉書發文表示,「未來 5 年,請盡量不要生病」。他指出,台灣醫療品質,",
        "正在加速崩壞,醫療崩壞,早在十年前就已經開始,但疫情後,向下的速度來到新高,醫美與健",
        "康管理市場的需求持續成長,救命醫療的人力與藥物資源大量流失。",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == (
        "台湾医疗体系加速崩坏!医生示警「未来5年不要生病」,4件事自保最好先做准备", "风传媒", dt.date(2025, 10, 19))
    assert "医疗品质加速崩坏中?救命医疗人力、药物都大量流失\n\n许哲纶" in article.body


def test_the_headline_twice_over_the_text_and_a_shops_line_that_ends_in_it(tmp_path: Path) -> None:
    # appimg.modaily.cn (web-texts-23/17, 澳門日報's e-paper under a bank's advert) and www.ubao.tw (web-texts-23/12).
    [article] = _ingest("\n".join([
        "中銀全幣種信用卡", "2021年03月04日", "第A02版:澳聞", "澳門虛擬圖書館", "", "廿一醫生組成新屆醫專會", "", "廿一醫生組成新屆醫專會", "",
        "【本報消息】政府公報昨刊登行政長官批示,新屆醫學專科學院專業委員會成員二十一人,原成員大部分獲續任。",
        "衛生局表示,澳門醫學專科學院為衛生局的從屬機構,負責醫學專業培訓,以及組織、統籌和監督實習醫生培訓,並享有學術及教學自主。",
    ]), tmp_path / "twice")
    assert (article.title, article.date) == ("廿一医生组成新届医专会", dt.date(2021, 3, 4))
    [article] = _ingest("\n".join([
        "優寶購物《ubao.Tw》特貨品商城,黑貓宅配,取貨付款,中國進口藥逐步退市 國產藥品質欠佳引民怨", "中央社", "",
        "中國進口藥逐步退市 國產藥品質欠佳引民怨", "",
        "(中央社台北10日電)隨著進口原研藥逐步退市,中國藥效欠佳的國產藥品,再度引起了公眾憂慮。10月15日,中國藥監局發布通告,"
        "將80多種在境內的藥品註冊證書註銷,儘管醫院指出國產藥平價、利於長程治療,但病患恐懼藥效不夠。",
    ]), tmp_path / "shop")
    assert (article.title, article.source) == ("中国进口药逐步退市 国产药品质欠佳引民怨", "中央社")
    assert not article.body.startswith("中央社")


def test_bracketed_headlines_and_dates_in_parentheses_or_day_first(tmp_path: Path) -> None:
    # www.mingpaocanada.com (web-texts-23/07) and findhealthclinics.com (web-texts-23/08, a clinic page
    # reposting a Facebook post).
    lead = ("【明報專訊】位於萬錦市萬錦廣場內的一華裔家庭醫生正在收新病人,昨天就有數百人登記註冊,今早8時30分開始派發登記表格,"
            "不到1小時300份表格派發完畢。該家庭醫生助理表示,明(17)日早8時30分繼續派發。")
    [article] = _ingest("\n".join(["今日  ", " ", "【收新症華人診所表格繼續派】【瞬間派光明日請早】", "(2022/3/16)", "", lead]),
                        tmp_path / "parts")
    assert (article.title, article.source, article.date) == ("收新症华人诊所表格继续派", "明报", dt.date(2022, 3, 16))
    [article] = _ingest("\n".join([
        "13/03/2026",
        "【慢性疾病共同治理先導計劃】「慢性疾病共同治理先導計劃」參加人數比預期早10個月達標 盧寵茂:計劃成效「物超所值」",
        "基層醫療署宣布將「慢性疾病共同治理先導計劃」常規化。醫務衞生局局長盧寵茂表示截至今年1月,已經逾20萬名市民參與先導計劃,"
        "比預期提早10個月達標。在已完成篩查約12萬市民裡,共發現有4成患高血糖、高血脂等。",
    ]), tmp_path / "topic")
    assert article.title == "「慢性疾病共同治理先导计划」参加人数比预期早10个月达标 卢宠茂:计划成效「物超所值」"
    assert article.date == dt.date(2026, 3, 13)


def test_a_forum_posts_date_line_its_long_user_card_and_empty_labels(tmp_path: Path) -> None:
    # bbs.703804.com (web-texts-25/03, a Discuz post) and newsstroll.com (web-texts-23/14, 來源: 更新:).
    card = ["106", "", "主题", "", "0", "", "回帖", "", "53", "", "积分", "", "嫩笋", "", "积分", "53"]
    [article] = _ingest("\n".join([
        "搜索", "查看: 9028|回复: 0", "", "温州市民新冠疫苗接种热情高 三次登记才“抢”到一个号", "", "[复制链接]", "", *card,
        "发表于 2021-3-30 08:20 | 显示全部楼层 |阅读模式 | 来自江苏", "", "有市民反映,现在大家接种新冠疫苗热情高涨,都在积极抢号。", "",
        "为了预约接种新冠疫苗,家住鹿城的王女士(化名)分别在南郊社区卫生服务中心以及洪殿社区卫生服务中心预约登记接种,但一直没能如愿。",
    ]), tmp_path / "forum")
    assert (article.title, article.date) == ("温州市民新冠疫苗接种热情高 三次登记才“抢”到一个号", dt.date(2021, 3, 30))
    assert article.body.startswith("有市民反映")
    [article] = _ingest("\n".join([
        "HPV疫苗終於免費,中國女性等了19年", "", "來源: 更新:", "", "撰文|袁端端", "",
        "就在昨天,中國國家衛健委宣佈,將HPV疫苗納入國家免疫規劃。這也意味着,全球首個、迄今最重要的癌症預防疫苗,"
        "在面世19年後,終於惠及全國,所有的適齡女生都將迎來免費接種。",
    ]), tmp_path / "labels")
    assert article.source != "更新"


def test_speech_captions_column_labels_and_a_named_copyright_notice_are_chrome(tmp_path: Path) -> None:
    # www.sciconf.cn (web-texts-25/08), en.lighting86.com.cn (web-texts-25/14), www.cs.com.cn (web-texts-22/04).
    [article] = _ingest("\n".join([
        "专栏:资讯动态", "烟台市生物医药协会医疗器械分会正式成立!", "2023-05-18", "马晓伟会长讲话",
        "马晓伟会长代表中国医师协会向长期奋战在卫生健康战线的广大医务工作者致以崇高的敬意,并对分会的成立表示热烈祝贺。",
        "中证网声明:凡本网注明“来源:中国证券报·中证网”的所有作品,版权均属于中国证券报、中证网。",
    ]), tmp_path)
    assert article.title == "烟台市生物医药协会医疗器械分会正式成立!"
    for chrome in ("马晓伟会长讲话", "专栏", "中证网声明"):
        assert chrome not in article.body, chrome


def test_a_weibo_post_under_its_account_and_two_digit_date(tmp_path: Path) -> None:
    # www.sina.cn (web-texts-22/06): 央视新闻's post, #话题#【#headline#】 text (reporter) short link.
    [article] = _ingest("\n".join([
        "央视新闻 24-10-08 18:32", "微博认证:中央广播电视总台央视新闻官方账号", "",
        "#国家医保局通报无锡虹桥医院骗保情况#【#无锡虹桥医院骗医保基金1179.2万元#】国家医保局今天通报无锡虹桥医院骗保调查情况,"
        "2022年以来,该院团伙式作案骗保,以勾结中介或以免费体检为名,拉拢诱导参保人员虚假住院。(总台中国之声记者杜希萌)http://t.cn/A6ElQbUn",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == ("无锡虹桥医院骗医保基金1179.2万元", "央视新闻", dt.date(2024, 10, 8))
    assert article.body.startswith("国家医保局今天通报")
    assert "t.cn" not in article.body


def test_a_licence_notice_a_browser_advice_footer_and_an_editing_department(tmp_path: Path) -> None:
    # news.sxrb.com (web-texts-22/05), hkcdc.cn (web-texts-24/07), hyfj.org (web-texts-20/14).
    [article] = _ingest("\n".join([
        "我市开展职业病防治法宣传周活动", "日期:2024-06-25 11:57:39  作者:   编辑:宣传部   浏览次数:",
        "4月25日,全市第20个“职业病防治法宣传周”启动仪式在市疾病预防控制中心举行,市卫生健康委、市疾控中心等单位参加了启动仪式。",
        "山西日报、山西晚报、山西农民报、山西经济日报、山西法制报、山西市场导报所有自采新闻(含图片)独家授权山西新闻网发布,未经允许不得转载或镜像。",
        "建议使用 1024*768或更高的分辨率,IE8.0以上浏览器 ,累计访问人数:",
    ]), tmp_path)
    assert article.source != "宣传部"
    for chrome in ("独家授权", "分辨率"):
        assert chrome not in article.body, chrome


def test_a_photo_caption_with_its_credit_goes_even_when_it_tells(tmp_path: Path) -> None:
    # www.heb.chinanews.com.cn (web-texts-26/10): the blind sets list such captions as chrome; a photo report's
    # captions (the test above) still open its text.
    [article] = _ingest("\n".join([
        "河北巨鹿:长期护理保险让失能老人有尊严", "时间:2022年01月12日 热线:0311-85290821 来源:中新网河北",
        "中新网河北新闻1月12日电 (张鹏翔 张博) 12日,河北省邢台市巨鹿县医护团队来到村民家中,为失能老人提供上门护理服务。", "",
        "巨鹿县医护人员在照顾失能老人。 张博 摄",
        "近年来,巨鹿县按照“政府主导、事务共办、风险共担、费率浮动、年度考核”的原则,以长期护理保险制度试点为抓手,"
        "不断完善失能人员照护保障体系。",
    ]), tmp_path)
    assert "照顾失能老人" not in article.body
    assert "近年来,巨鹿县按照" in article.body


def test_a_wechat_mirror_with_an_accounts_blurb_above_its_breadcrumb(tmp_path: Path) -> None:
    # www.jintiankansha.me (web-texts-29/07): 专栏名称, the account's blurb, 今天看啥 › 专栏 › …, then the post.
    [article] = _ingest("\n".join([
        "专栏名称: 江南晚报",
        "jn88300000是江南晚报的官方微信公共账号。大家可以在这里向我们提供新闻线索,大事小情,尽管向我们报料。注意,请尽量留下您的"
        "联系方式,以便记者进一步与您联系。我们保证不会泄露您的私人信息。谢谢!",
        "今天看啥  ›  专栏  ›  江南晚报", "", "无锡全市卫生与健康大会正式召开!一大波关乎你我健康的利好消息来啦!", "",
        "江南晚报  · 公众号  · 社会  · 2018-06-20 11:46",
        "今天上午,无锡市委、市政府正式召开全市卫生健康大会!李小敏书记表示:要加快集聚优质资源,积极打造优质品牌,"
        "着力提高优质医疗资源供给能力。江苏省委常委、无锡市委书记李小敏在大会上提到,目前无锡市卫生健康资源总量不断增加,"
        "医疗服务能力稳步提升,群众健康水平持续提高,但优质医疗资源总量不足、分布不均衡的问题依然存在。",
        "会议指出,要坚持以人民健康为中心,加快推进健康无锡建设,深化医药卫生体制改革,完善分级诊疗制度,"
        "推动优质医疗资源扩容下沉,让群众在家门口就能享受到优质的医疗服务。",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == (
        "无锡全市卫生与健康大会正式召开!一大波关乎你我健康的利好消息来啦!", "江南晚报", dt.date(2018, 6, 20))


def test_title_prefixes_and_labels_and_a_reporter_printed_as_an_interviewer(tmp_path: Path) -> None:
    # shadafang.com (web-texts-29/06, 利津县|… and 采访人员), mmlnews.com (web-texts-27/10, 新闻标题 :),
    # www.g-medon.com (web-texts-29/12, 来源:环球医学编写).
    body = ("为宣传普及老年健康科学知识和老年健康相关政策,增强老年人健康意识,2月24日上午,工作组邀请体检中心来到村里,"
            "为60岁以上老人开展免费健康体检。")
    cases = [("利津县|东营市交通运输局到利津县明集乡郑家村开展“送医下乡”义诊活动", "大众网·海报新闻采访人员 孔祥茹 东营报道",
              "东营市交通运输局到利津县明集乡郑家村开展“送医下乡”义诊活动", "大众网·海报新闻"),
             ("新聞標題  : 高市11/19開打65歲以上長者有好禮相送", "2022-11-12", "高市11/19开打65岁以上长者有好礼相送", None),
             ("新冠后遗症研究取得新进展", "来源:环球医学编写    时间:2021年04月12日    点击数:", "新冠后遗症研究取得新进展", "环球医学")]
    for index, (printed, byline, title, source) in enumerate(cases):
        [article] = _ingest("\n".join([printed, byline, body]), tmp_path / str(index))
        assert article.title == title
        if source:
            assert source.endswith(article.source) or article.source == source
    [article] = _ingest("\n".join([cases[0][0], cases[0][1], body, cases[0][0], "文章插图", body.replace("2月24日", "2月25日")]),
                        tmp_path / "again")
    assert "利津县|" not in article.body and "插图" not in article.body


def test_a_catalogue_names_the_headline_and_a_notice_between_its_dates_is_no_list(tmp_path: Path) -> None:
    # www.ahqy.gov.cn (web-texts-28/15: the headline only in 名称: | … |) and health.quanzhou.gov.cn
    # (web-texts-28/16: a notice's addressees between the page's dates and the signature's date).
    [article] = _ingest("\n".join([
        "索引号: | 11341823MB1566401C/202311-00052 | 组配分类: | 规划计划 |", "发布机构: | 青阳县卫生健康委员会 | 主题分类: | 卫生、体育 |",
        "名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |", "成文日期: | 发布日期: | 2023-11-07 | |", "废止日期: |",
        "2023年,县卫生健康委坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实党的二十大精神和中央、省市决策部署,"
        "在县委县政府的正确领导下,不忘为民初心,聚焦民生福祉,勇担健康使命。",
    ]), tmp_path / "catalogue")
    assert (article.title, article.source, article.date) == (
        "县卫健委2023年工作总结及2024年工作安排", "青阳县卫生健康委员会", dt.date(2023, 11, 7))
    addressees = "各县(市、区)卫健局、泉州开发区社会事业局、台商投资区民生保障局,市直有关单位,委属各单位,委机关各科室:"
    [article] = _ingest("\n".join([
        "索引号:QZ00129-3000-2025-00005", "备注/文号:泉卫宣传函〔2025〕139号", "发布机构:泉州市卫生健康委员会", "公文生成日期:2025-05-22",
        "泉州市卫生健康委员会关于将健康体重管理行动等3个行动纳入健康泉州行动的通知", "时间:2025-05-23 17:24", "", addressees,
        "根据《全国爱卫会关于将健康体重管理行动等3个行动纳入健康中国行动的通知》以及省爱卫办有关通知要求,经研究,决定将健康体重管理行动、"
        "心理健康促进行动和健康乡村建设行动纳入健康泉州行动,请结合实际认真组织实施,推动各项任务落地见效。",
        "泉州市卫生健康委员会", "2025年5月22日",
    ]), tmp_path / "notice")
    assert article.body.startswith(addressees[:8])


def test_watermarks_trailing_reporter_credits_and_departments_a_group_may_be_a_source(tmp_path: Path) -> None:
    # www.whcdc.org (web-texts-28/01), zgwg.gov.cn (-28/19), hnxxzk.xy3yy.com (-28/07), www.gxshuixie.com (-28/06).
    text = "培训班开幕式由王夏所长主持,市卫健委疾控处副处长李明出席并讲话,各区疾控中心、定点医院公卫科长参加了本次培训。"
    [article] = _ingest("\n".join(["我市举办艾滋病防治培训班", "发布时间:2024-03-13 来源:医务部",
                                   text + "in9武汉市疾病预防控制中心", text.replace("本次", "此次") + "(记者冯世康 吴尚)"]),
                        tmp_path / "marks")
    assert "in9" not in article.body and "冯世康" not in article.body
    assert article.source != "医务部"
    [article] = _ingest("\n".join(["爱国卫生月 | 践行文明绿色生活,推进健康广西建设",
                                   "发布时间:2024-04-07 11:01:02 来源:南宁建宁水务集团 作者:本站编辑 浏览次数:", text]),
                        tmp_path / "group")
    assert article.source == "南宁建宁水务集团"


def test_sections_and_channels_are_no_outlet_and_an_app_prompt_over_the_headline(tmp_path: Path) -> None:
    # 21fid.com (web-texts-33/13, a date line ending in its section 医药), 0898.net (web-texts-30/05,
    # 来源:人民网-海南频道) and ribao.xyxww.com.cn (web-texts-33/07, 信阳日报客户端 / slogan / headline / 本报讯…).
    text = ("据了解,儿科夜间门诊的时间为每天晚上的18:30至22:30,不分周末和节假日,由儿科经验丰富的医生坐诊,"
            "满足了生活节奏快、上班没时间带孩子就医的群众的需求。")
    [article] = _ingest("\n".join(["国家组织药品集采第九批开标", "2019-04-16 18:11 医药", text]), tmp_path / "section")
    assert article.source != "医药"
    [article] = _ingest("\n".join(["海南推进医疗卫生服务下沉", "2023年02月24日18:36 | 来源:人民网-海南频道", text]), tmp_path / "channel")
    assert article.source == "人民网"
    [article] = _ingest("\n".join([
        "第03版:健康新闻 PDF版阅读", "", "信阳日报客户端", "", "一端在手 信息全有", "", "固始县泉河铺镇卫生院开设儿科夜间门诊", "",
        "本报讯(记者 袁 野)“自己因为白天工作忙,只能晚上下班后带孩子来看病,卫生院开通了便捷就医通道——‘夜间门诊’服务,"
        "不用像白天那样排长队了,开设儿科夜间门诊这项服务真好!”", text,
        "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
    ]), tmp_path / "app")
    assert (article.title, article.source) == ("固始县泉河铺镇卫生院开设儿科夜间门诊", "信阳日报")
    assert "浏览器" not in article.body


def test_a_catalogue_with_cells_ending_in_bars_and_a_spaced_title_label(tmp_path: Path) -> None:
    # www.cngy.gov.cn (web-texts-32/07: 发布机构 | / 市人力资源社会保障局 |) and llqcyx.com (web-texts-32/15:
    # 标 题 | … |, a mirror of a 医保局 notice).
    notice = ("经履行价格和成本调查、专家论证、征求意见和重大事项报告等程序,决定调整部分市管医疗服务项目价格。现就有关事项通知如下:"
              "调整后的医疗服务项目价格,中医类为基础指导价,主任医师可在指导价基础上上浮不超过40%。")
    [article] = _ingest("\n".join([
        "您当前的位置:", "首页 » 信息公开>>我市提高城镇居民医保财政补助标准>>详情", "索 引 号 |", "008450241/2016-00147 |",
        "发布机构 |", "市人力资源社会保障局 |", "发布日期 |", "2016-09-02 |", "我市提高城镇居民医保财政补助标准", notice,
    ]), tmp_path / "cells")
    assert (article.source, article.date) == ("市人力资源社会保障局", dt.date(2016, 9, 2))
    [article] = _ingest("\n".join([
        "索 引 号 | 123/2024-00008 | 分 类 | 卫生、体育/卫生 / 通知 |", "发布机构 | 市医疗保障局 | 发文日期 | |",
        "标 题 | 关于调整部分市管医疗服务项目价格的通知 | ||", "文 号 | 无号 | 主 题 词 | |", "内容概述 | |||", "时 效 |",
        "各县(区)医疗保障局、卫生健康委员会,各功能区社会事业局,市公立医疗机构:", notice,
    ]), tmp_path / "spaced")
    assert article.title == "关于调整部分市管医疗服务项目价格的通知"


def test_a_source_label_ending_in_zi_and_a_name_in_brackets_after_the_last_sentence(tmp_path: Path) -> None:
    # www.lacdc.com.cn (web-texts-32/01: 信息来源自: 结核病防治科) and www.qinghai.gov.cn (web-texts-32/02: …。(乔欣)).
    text = "3月24日是第29个“世界防治结核病日”,市疾控中心联合各县区在市区开展宣传活动,发放宣传资料,现场解答群众咨询。"
    [article] = _ingest("\n".join(["我市开展“世界防治结核病日”宣传活动", "信息来源自: 结核病防治科   发布时间:2024-03-25",
                                   text + "(乔欣)", "记者从省卫健委获悉,全省结核病报告发病率持续下降。(新华社)"]), tmp_path)
    assert (article.title, article.source) == ("我市开展“世界防治结核病日”宣传活动", "结核病防治科")
    assert "乔欣" not in article.body and "(新华社)" in article.body


def test_a_reposts_credits_on_one_line_with_its_text(tmp_path: Path) -> None:
    # www.jinglingshuju.com (web-texts-30/10): 本文来自微信公众号:…,记者:…,原文标题:《…》,头图来自记者拍摄 and the text.
    [article] = _ingest("\n".join([
        "医保药“灵魂砍价”又来,有企业称独家药直降40%", "",
        "本文来自微信公众号:每日经济新闻,记者:周程程,编辑:陈旭、赵云、王嘉琦,校对:何小桃,原文标题:《又见“灵魂砍价”!有企业称独家药"
        "直降40%,有人安慰同行“别太紧张”》,头图来自记者拍摄昨日,为期3天的2020年度国家医保目录准入谈判工作拉开帷幕。值得注意的是,"
        "下午有一位药企人士走出会场后表示,其公司中成药独家品种降价约40%。",
    ]), tmp_path)
    assert article.source == "每日经济新闻"
    assert article.body.startswith("昨日,为期3天的2020年度国家医保目录准入谈判")


def test_a_site_named_by_its_logo_twice_its_brand_line_or_its_photographer(tmp_path: Path) -> None:
    # www.setn.com (web-texts-31/01), insightnews.network (web-texts-31/03), www.tkww.hk (web-texts-31/04).
    text = ("香港私家醫院及日間醫療中心公開收費的做法不一,香港消費者委員會昨日公布的一項研究發現,75%受調查的私家醫院"
            "沒有在網站公開收費資料,病人往往在手術前才知道實際費用。")
    cases = [("三立新聞網三立新聞網為了提供更好的閱讀內容,我們使用相關網站技術來改善使用者體驗", "三立新闻网"),
             ("洞見新聞網 | InsightNews.network", "洞见新闻网"),
             ("●消費者委員會發表有關香港私營醫療服務收費透明度的研究報告。香港文匯報記者唐文  攝", "香港文汇报")]
    for index, (line, outlet) in enumerate(cases):
        [article] = _ingest("\n".join(["私醫收費透明度仍不足 消委會促公開價目", "2025-03-06", line, text]), tmp_path / str(index))
        assert article.source == outlet


def test_a_today_widget_a_glued_menu_a_truncated_breadcrumb_and_a_headline_glued_to_its_lead(tmp_path: Path) -> None:
    # tp.news.tnn.tw (web-texts-27/07), points-media.com (web-texts-27/11), mmlnews.com (web-texts-27/10).
    text = ("網際網路、電視購物等新興郵購買賣通路興起後,為增進民眾取得商品之方便性,行政院衛生署食品藥物管理局,"
            "即日起開放郵購買賣通路販賣低風險之第一等級醫療器材。")
    [article] = _ingest("\n".join([
        "房地通社團法人中華溝通分析協會", "首頁政治社會美食旅遊生活校園活動健康學習工商村里影音專題",
        "繁體 | 簡體 今天是西元 2025 年 12 月 12 日 星期五    夜晚 ~°C 降雨機率:%", "首頁 > 社會 > 新聞內文",
        "一般醫療用口罩等第一級醫療器材,在郵購開賣啦!!", "TNN台灣地方新聞/楊珊雯/更新日期: 2012-11-12 19:46:38", text,
    ]), tmp_path / "widget")
    assert (article.title, article.date) == ("一般医疗用口罩等第一级医疗器材,在邮购开卖啦!!", dt.date(2012, 11, 12))
    [article] = _ingest("\n".join(["主頁 香港 加醫學協會指半數人沒家醫 ...", "加醫學協會指半數人沒家醫 講廣東話醫生現退休潮", text]),
                        tmp_path / "crumb")
    assert article.title == "加医学协会指半数人没家医 讲广东话医生现退休潮"
    [article] = _ingest("\n".join(["回首頁", "政治新聞", "地方報導",
                                   "新聞標題  : 高市11/19開打65歲以上長者有好禮相送【記者莊斐斯/高雄報導】" + text]), tmp_path / "glued")
    assert article.title == "高市11/19开打65岁以上长者有好礼相送"
    assert article.body.startswith("网际网路")


def test_content_farm_filler_photo_credit_lines_disclaimers_and_a_magazines_byline(tmp_path: Path) -> None:
    # news.jlspr.com (web-texts-33/14), m.folksfolks.com (-33/17), www.stcn.com (-29/11), www.cnsf99.com (-33/12),
    # www.1dzx.com (-29/10), www.cnmia.org (-29/16).
    text = ("國家醫保局近日發布通知,要求各地做好醫保藥品目錄調整後的落地工作,確保新增藥品及時進入定點醫療機構,"
            "惠及更多參保患者。")
    [article] = _ingest("\n".join([
        "医保目录调整后新药加快落地", "来源:学术培训部  2021-12-08",
        "《瞭望东方周刊》特约撰稿高海博 | 北京报道", "今天受到全网的关注度非常高,下面大家可以一起来看看具体都是怎么回事吧。",
        text, "曾雅燕 郭陈新 李崴 摄", text.replace("近日", "日前") + "(网络配图)",
        "声明:证券时报力求信息真实、准确,文章提及内容仅供参考,不构成实质性投资建议,据此操作风险自担。", "链接交换请加微信:ZMYL123",
    ]), tmp_path)
    assert article.source == "瞭望东方周刊"
    for chrome in ("全网的关注度", "李崴", "网络配图", "证券时报力求", "链接交换", "学术培训部", "特约撰稿"):
        assert chrome not in article.body, chrome


def test_a_dated_bracketed_lead_dates_the_report_and_a_long_pictured_caption_goes(tmp_path: Path) -> None:
    # tvsmo.com (web-texts-23/15, a 大紀元 mirror) and hubeilong.com (web-texts-22/18: 文|《瞭望》新闻周刊采访人员…).
    [article] = _ingest("\n".join([
        "黃嚴忠:一場新冠海嘯正在中國農村醞釀", "",
        "圖為2023年1月5日,新冠患者在安徽省鳳陽縣鳳陽人民醫院輸液。資源匱乏的診所擠滿了病人——中國東部最貧困的省份之一安徽,"
        "在遭受新冠疫情重創。(Noel Celis/AFP via Getty Images)", "",
        "【大紀元2023年01月19日訊】(大紀元記者張婷編譯報導)今年春運客流總量將高達近21億人次,隨著中國新年的逼近,"
        "返鄉潮引發了專家對農村地區疫情激增的擔憂。",
        "1月18日,美國外交關係委員會全球衛生問題高級研究員黃嚴忠發表了題為「在中國農村,一場新冠海嘯正在醞釀」的文章。",
    ]), tmp_path / "lead")
    assert (article.source, article.date) == ("大纪元", dt.date(2023, 1, 19))
    assert "图为" not in article.body
    [article] = _ingest("\n".join([
        "海南“康养之都”雏形初现", "文|《瞭望》新闻周刊采访人员陈凯姿",
        "海滨、气候、温泉、森林、黎药……海南的健康资源得天独厚。乘着相关政策东风,这座素有“天然药库”之称的岛屿,"
        "集聚起发展健康产业的潜力和优势。",
    ]), tmp_path / "magazine")
    assert article.source == "瞭望新闻周刊"


def test_platform_notices_wechat_leftovers_line_prompts_and_a_version_switch(tmp_path: Path) -> None:
    # 360doc.cn (web-texts-26/08), td.fyun.cc (-26/13), www.265xx.com (-26/15, 来源: 手机版), www.setn.com (-31/01),
    # www.zizhuyea.com (-21/13).
    text = "记者从市卫健委获悉,全市二级以上公立医院已全面开展预约诊疗服务,患者可通过手机预约挂号,分时段就诊,减少排队等候时间。"
    [article] = _ingest("\n".join([
        "全市二级以上公立医院全面开展预约诊疗", "2023-05-10 来源:手机版", text,
        "本站仅提供存储服务,所有内容均由用户发布,如发现有害或侵权内容,请点击一键举报。",
        "以上内容为资讯信息快照,由td.fyun.cc爬虫进行采集并收录", "加入 @setn 好友 #新冠肺炎最新疫情", "[啟動LINE推播] 每日重大新聞通知",
        "预览时标签不可点收录于话题#个上一篇下一篇",
    ]), tmp_path)
    assert article.source != "手机版"
    for chrome in ("存储服务", "快照", "@setn", "LINE", "预览时"):
        assert chrome not in article.body, chrome


def test_a_photo_reports_paragraph_credits_and_a_reposters_credit_before_the_headline(tmp_path: Path) -> None:
    # m.folksfolks.com (web-texts-33/17, 福建日报's photo news) and wbx.jiangyaojia.com (web-texts-33/09: 新华社:…).
    [article] = _ingest("\n".join([
        "新华社:农民的健康要他们“守门”,他们的体面要政策“兜底”", "2024-04-11",
        "4月7日,在福州市鼓楼区某社区卫生服务中心,老年居民在医生指导下体验中医体质辨识采集分析仪等一批智能中医检测设备,"
        "在“家门口”享受便捷、专业的中医保健服务。谢贵明 摄",
        "4月7日,卫生院医务人员在文艺演出中生动演绎,展现卫生院下乡体检等多个场景,以群众喜闻乐见的形式宣传基本公共卫生服务。曾雅燕 郭陈新 李崴 摄",
    ]), tmp_path)
    assert article.title == "农民的健康要他们“守门”,他们的体面要政策“兜底”"
    assert "谢贵明" not in article.body and "李崴" not in article.body
    assert "享受便捷、专业的中医保健服务。" in article.body


def test_more_ways_a_page_names_its_outlet(tmp_path: Path) -> None:
    # m.zx.lc123.net (web-texts-7/19), www.singtao.ca (-19/09, 星岛综合报道), c.m.163.com (-22/19), www.ice99.com (-22/16),
    # ft.csccsc.cc (-23/13), www.ly.gov.tw (-31/16).
    text = "规划纲要提出,到2030年,促进全民健康的制度体系更加完善,健康领域发展更加协调,健康生活方式得到普及,健康服务质量和健康保障水平不断提高。"
    cases = [([text, "(据新华社北京10月25日电)"], "新华社"),
             (["(侨报综合报道)" + text], "侨报"),
             (["来源/ 新华社 人民日报", text], "新华社"),
             ([text, "- 财新网"], "财新网"),
             ([text, "版权声明:本文版权归FT中文网所有,未经允许任何单位或个人不得转载。"], "FT中文网"),
             (["刊载者:杨丽环委员 刊载日期:2010/07/08", text], "杨丽环委员")]
    for index, (lines, outlet) in enumerate(cases):
        [article] = _ingest("\n".join(["2030年中国人均预期寿命将达79岁", "2016-10-26", *lines]), tmp_path / str(index))
        assert article.source == outlet, lines


def test_a_headline_before_a_bar_is_no_site_even_when_it_ends_like_an_organisation(tmp_path: Path) -> None:
    # www.gaorui.cn (web-texts-30/07): 和返乡潮赛跑的县医院|相对论·蹲点年前山村 (ends in 医院, names no site).
    [article] = _ingest("\n".join([
        "您当前的位置: 首页-资讯-详情", "", "和返乡潮赛跑的县医院|相对论·蹲点年前山村", "", "2023-01-20 22:30:20来源:央视新闻客户端",
        "不久前,记者来到湖南桑植,跟拍医护人员转运抢救新冠老人。桑植县总医院人民医院院区28个临床科室中有18个都在收治新冠病人。",
    ]), tmp_path)
    assert article.title == "和返乡潮赛跑的县医院|相对论·蹲点年前山村"


def test_a_line_introducing_the_points_under_it_opens_the_text(tmp_path: Path) -> None:
    # xinwen.bjd.com.cn (web-texts-16/13, a 人民日报 post reposted): the intro line ends in a colon over ①②③.
    [article] = _ingest("\n".join([
        "国家卫健委发布会:预计1月中下旬流感活动水平下降", "@人民日报", "2025-01-12 15:45 语音播报",
        "国家卫健委发布会:专家详细科普当前呼吸道疾病防治情况:", "①流感是引起近期急性呼吸道疾病就诊患者增加的主要疾病;",
        "②大多数省份流感强度处于中等水平,流感检测阳性率上升趋势减缓;", "③专家预计1月中下旬流感活动水平下降;",
        "④总体来看,今年冬春呼吸道传染病都是已知病原所引起,没有出现新发传染病。",
    ]), tmp_path)
    assert article.body.startswith("国家卫健委发布会:专家详细科普当前呼吸道疾病防治情况:")


def test_text_glued_to_an_outlet_is_kept_and_the_outlet_left_to_the_editor(tmp_path: Path) -> None:
    # dev1.scnj.tv (web-texts-8/08): 来源:i内江秋冬交替,… (the outlet's end cannot be told from the text's start).
    [article] = _ingest("\n".join([
        "东兴区全面启动流感疫苗接种",
        "时间:2025-11-20 20:00:00 来源:i内江秋冬交替,流感进入高发阶段。为有效遏制流感传播,东兴区全面启动流感疫苗接种工作,"
        "为群众撑起秋冬季健康“防护伞”。",
        "11月19日,记者在西林社区卫生服务中心看到,前来接种流感疫苗的市民络绎不绝。",
    ]), tmp_path)
    assert "秋冬交替,流感进入高发阶段" in article.body
    assert "source" in article.review and "秋冬" not in article.source


def test_empty_time_labels_read_more_buttons_counts_and_advertisement_slots(tmp_path: Path) -> None:
    # vocus.cc (web-texts-31/17), www.apaaic.org (-31/15), sinchew.com.my (-31/08), zangshuxian.com (-30/15).
    text = "長照服務法上路多年,各縣市的長照資源仍有落差,偏鄉地區的居家服務人力尤其不足,家屬往往只能自行照顧失能長輩。"
    [article] = _ingest("\n".join([
        "長照3.0上路前 偏鄉照顧人力仍吃緊", "2024-05-29", "更新於 發佈於 閱讀時間約 4 分鐘", "0 阅读:29", text, "ADVERTISEMENT",
        text.replace("長照服務法", "長照2.0"), "繼續閱讀...",
    ]), tmp_path)
    for chrome in ("更新于", "阅读时间", "阅读:29", "ADVERTISEMENT", "继续阅读"):
        assert chrome not in article.body, chrome


def test_a_photo_credit_with_a_box_drawing_slash(tmp_path: Path) -> None:
    # www.worldjournal.com (web-texts-27/04): …(記者高云兒╱攝影)
    text = "紐約市多家社區診所宣布擴大流感疫苗接種時段,華人社區居民可在週末前往指定地點免費接種,無需預約。"
    [article] = _ingest("\n".join(["紐約社區診所擴大流感疫苗接種", "2026-03-04", "社區診所外排隊接種的民眾。(記者高云兒╱攝影)", text]), tmp_path)
    assert "高云儿" not in article.body


def test_a_catalogues_issuer_above_the_headline_wins_over_the_last_cosigner(tmp_path: Path) -> None:
    # llqcyx.com (web-texts-32/15): 发布机构 | 市医疗保障局 in the catalogue; three bodies sign the notice.
    [article] = _ingest("\n".join([
        "索 引 号 | 123/2024-00008 | 分 类 | 卫生、体育/医药管理 / 通知 |", "发布机构 | 市医疗保障局 | 发文日期 | |",
        "标 题 | 关于调整部分市管医疗服务项目价格的通知 | ||", "时 效 |", "各县(区)医疗保障局、卫生健康委员会,各功能区社会事业局,市公立医疗机构:",
        "经履行价格和成本调查、专家论证、征求意见和重大事项报告等程序,决定调整部分市管医疗服务项目价格。现就有关事项通知如下:",
        "一、调整后的医疗服务项目价格,中医类为基础指导价,主任医师可在指导价基础上上浮不超过40%,副主任医师可上浮不超过20%。",
        "连云港市医疗保障局 连云港市卫生健康委员会", "连云港市中医药管理局", "2023年12月27日",
    ]), tmp_path)
    assert article.source == "市医疗保障局"


def test_two_outlets_of_one_group_stay_apart(tmp_path: Path) -> None:
    # www.singtao.ca (web-texts-19/09: (星岛综合报道)) is 星岛, not the Hong Kong paper 星岛日报.
    text = "新斯高沙省前線醫療人員短缺,鬧家庭醫生荒,等候分派家庭醫生服務的省民愈來愈多,他們的登記名冊本月更攀升到新高數字。"
    [article] = _ingest("\n".join(["新斯高沙省11.6萬人在找家庭醫生 創新高紀錄", "2022-10-15", "(星島綜合報道)" + text]), tmp_path)
    assert article.source == "星岛"


def test_a_catalogues_written_date_wins_over_the_signatures(tmp_path: Path) -> None:
    # www.xiangshan.gov.cn (web-texts-32/03): 成文日期：2021-12-10 above; the signature says 2021年12月9日.
    [article] = _ingest("\n".join([
        "索引号：002961753ylbz/2021-99785", "主题分类：医保类", "成文日期：2021-12-10", "发布机构：县医保局", "体裁分类：通知",
        "象山县医疗保障局 象山县卫生健康局关于调整规范部分医疗服务价格的通知", "各县级公立医疗机构:",
        "为全面做实基本医疗保险市级统筹,进一步规范公立医疗机构医疗服务价格行为,经研究,决定调整规范部分医疗服务价格。",
        "一、全县各县级公立医疗机构应当统一执行本通知所公布的医疗服务价格。", "象山县医疗保障局", "象山县卫生健康局", "2021年12月9日",
    ]), tmp_path)
    assert (article.source, article.date) == ("县医保局", dt.date(2021, 12, 10))


def test_a_headline_with_its_byline_after_it_and_a_papers_own_photographers_credit(tmp_path: Path) -> None:
    # www.ly.gov.tw (web-texts-31/16: … 刊載者:楊麗環委員 刊載日期:2010/07/08) and www.tkww.hk (web-texts-31/04).
    [article] = _ingest("\n".join([
        "跳到主要內容區塊", ":::", "7月9日舉辦「全民健康保險法修正草案」公聽會 刊載者:楊麗環委員 刊載日期:2010/07/08",
        "出席者:立法院社會福利及衛生環境委員會委員、台灣醫療改革基金會、民間健保監督聯盟、消費者文教基金會、中華民國全國工業總會、"
        "中華民國全國商業總會、中華民國工商協進會,就全民健康保險法修正草案交換意見。",
    ]), tmp_path / "notice")
    assert (article.title, article.source, article.date) == (
        "7月9日举办「全民健康保险法修正草案」公听会", "杨丽环委员", dt.date(2010, 7, 8))
    [article] = _ingest("\n".join([
        "私醫切痔瘡天地價 相差1.5倍", "2025-03-06",
        "●消費者委員會發表有關香港私營醫療服務收費透明度的研究報告,顯示私營醫療機構收費透明度仍不足。香港文匯報記者唐文  攝",
        "香港私家醫院及日間醫療中心公開收費的做法不一,香港消費者委員會昨日公布的一項研究發現,75%受調查的私家醫院沒有在網站公開收費資料。",
    ]), tmp_path / "credit")
    assert "唐文" not in article.body and "收费透明度仍不足。" in article.body


def test_the_outlet_whose_reporter_is_told_in_the_text(tmp_path: Path) -> None:
    # lifetimes.cn/article/44nnihwhAVs (web-texts-18/01): 本报记者 on the byline; the paper is named only
    # where an interviewee talks to its reporter.
    [article] = _ingest("\n".join([
        "2024-03-09 农历甲辰年 正月廿九",
        "人工关节终于降价,集采带来五大利好",
        "本报记者 张 健",
        "目前,人工关节置换技术是修复关节损伤,帮助患者恢复行动能力的最好办法之一。随着人口老龄化加速,年龄相关的骨关节疾病越来越多。",
        "盼人工关节降价已久",
        "“听到这一消息我十分欣喜。”北京大学人民医院骨关节科主任、主任医师林剑浩告诉《生命时报》记者,过去大家常说人工关节领域属于"
        "“点菜的不付钱,买单的不点菜”,价格降不下来主要是因为定价权不在国家医保局。",
    ]), tmp_path)
    assert (article.title, article.source) == ("人工关节终于降价,集采带来五大利好", "生命时报")


def test_a_reporter_quoted_inside_a_quotation_names_no_outlet(tmp_path: Path) -> None:
    # The quotation in zaobao.com.sg's column (web-texts-13/14) cites another agency's reporter.
    [article] = _ingest("\n".join([
        "家庭医生签约的数字游戏",
        "2017-09-20",
        "新华社本月17日发布一条消息,题为“我国超过5亿人有了自己的家庭医生”,其中透露:“新华社记者从17日举行的全国家庭医生"
        "签约服务工作推进会上获悉,截至目前,全国超过5亿人有了自己的家庭医生。”",
        "这样的数字令人惊叹,可是多少签约居民真正见过自己的家庭医生,恐怕没有人说得清。",
    ]), tmp_path)
    assert article.source != "新华社"


def test_a_station_interviewing_in_traditional_text(tmp_path: Path) -> None:
    # rfa.org/mandarin/yataibaodao/shehui/ql1-03032021040607.html (web-texts-23/11): the station is named
    # where it interviews a farmer.
    [article] = _ingest("\n".join([
        "中國全面脫貧 農民醫保費用即漲逾倍",
        "2021-03-03",
        "中國國家主席習近平剛剛宣佈中國已經擺脫貧困,廣西賓陽縣一村委會近日就發出通知,提醒農民,國家給予每一位參保農民的補貼將取消。",
        "農民出身的江蘇常州居民張建平是中國“改革開放”後第一批農民工,他本週三(3月3日)接受自由亞洲電臺專訪時說,"
        "農民醫保收費逐年增加。",
    ]), tmp_path)
    assert article.source == "自由亚洲电台"
    assert article.date == dt.date(2021, 3, 3)


def test_a_company_paper_lead_and_an_unlisted_site_at_a_breadcrumb_root(tmp_path: Path) -> None:
    # gzppa.org/list.asp?id=1065 (web-texts-10/18): 白和黄讯 opens the lead; szkjwn.com (web-texts-16/05):
    # 深圳科技网 > 新闻 > 正文, a site nobody listed, at the breadcrumb's root.
    [lead] = _ingest("\n".join([
        "张市长率政府考察团莅临白云山和黄神农草堂参观",
        "白和黄讯 2017年3月5日,湖北省荆门市人民政府张依涛市长率考察团莅临广药集团参观考察并洽谈合作。6日上午,考察团到访"
        "广药集团旗下白云山和黄神农草堂中医药博物馆参观,并开展座谈交流。",
    ]), tmp_path / "lead")
    assert lead.source == "白和黄"
    [crumb] = _ingest("\n".join([
        "深圳科技网  >  新闻 > 正文",
        "我市互联网医院正式上线服务 在家轻点手机就可看病",
        "昨天上午,在市人民医院康怡特诊大楼一楼互联网诊室里,肾内科医生林建在电脑前为患者问诊,这是我市首家正式上线服务的互联网医院。",
        "患者只需在手机上预约,就可以在家中与医生视频沟通,医生开出处方后药品可配送到家。",
    ]), tmp_path / "crumb")
    assert (crumb.title, crumb.source) == ("我市互联网医院正式上线服务 在家轻点手机就可看病", "深圳科技网")


def test_a_government_page_behind_its_javascript_and_keyboard_notices_dated_in_the_roc_calendar(tmp_path: Path) -> None:
    # ey.gov.tw/Page/4EC2394BE4EE9DD0/c8a605c3-… (web-texts-35/11): the browser's notices are chrome, not text.
    [article] = _ingest("\n".join([
        "您的瀏覽器不支援JavaScript功能,若部份網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態",
        "友善列印 :",
        "請利用鍵盤按住Ctrl + P開啟列印功能",
        "字級設定 :",
        "IE6請利用鍵盤按住ALT鍵 + V → X → (G)最大(L)較大(M)中(S)較小(A)小,來選擇適合您的文字大小,",
        "而IE7或Firefox瀏覽器則可利用鍵盤 Ctrl + (+)放大 (-)縮小來改變字型大小。",
        "行政院會議",
        ":::",
        "行政院第3509次院會決議",
        "日期:105-08-04",
        "資料來源:綜合業務處",
        "一、有關臺中市林市長建議增設資深調解委員總統獎或頒發總統感謝狀一事,請內政部會同法務部先行研議,必要時,再邀請總統府研商。",
        "二、8月2日傍晚新北市發生張姓警員因取締交通違規遭吳姓民眾持菜刀砍傷事件,造成該位同仁受到嚴重傷害,並引起社會大眾關注,請內政部持續關心。",
    ]), tmp_path)
    assert (article.title, article.date) == ("行政院第3509次院会决议", dt.date(2016, 8, 4))
    assert "JavaScript" not in article.body and "键盘" not in article.body


def test_a_blog_date_with_a_chinese_month_in_english_order_dates_the_headline_above_it(tmp_path: Path) -> None:
    # justicetimes.com.tw/?p=17495 (web-texts-35/17): WordPress prints 2 月 27, 2026 under the headline.
    [article] = _ingest("\n".join([
        "服務專線",
        "生活休閒",
        "衛福部部立醫院228連假比照春節加開631診次門診 提供民眾便捷醫療服務",
        "2 月 27, 2026",
        "【記者姚宜君/台北】因應228和平紀念日連假的民眾就醫需求,衛福部部立醫院提前完成整備,全國27家部立醫院於連假期間共加開631診次門診服務。",
        "衛福部醫福會執行長林慶豐指出,因連假返鄉出遊人潮增加,加上部分基層診所休診,急診就醫需求往往明顯上升。",
    ]), tmp_path)
    assert article.title == "卫福部部立医院228连假比照春节加开631诊次门诊 提供民众便捷医疗服务"
    assert article.date == dt.date(2026, 2, 27)


def test_an_outlet_credited_after_the_headline_and_a_date_label_glued_to_the_text(tmp_path: Path) -> None:
    # health99.hpa.gov.tw/news/16197 (web-texts-35/08): …電子煙(聯合即時), then 發佈日期: 2018-02-06行政、…
    [article] = _ingest("\n".join([
        "::: Previous",
        "行政、立法協調達共識 將全面禁止電子煙(聯合即時)",
        "發佈日期: 2018-02-06行政、立法協調會報今天討論菸害防制法修正案,修正案重點包括加強電子煙管制,禁止製造、輸入、販賣、"
        "廣告與場所內吸食,並將吸電子煙列為吸菸行為。",
        "電子煙等於全面禁止,行政院發言人徐國勇表示,對電子煙的規範,比一般菸還嚴,因電子煙都是化學的,所以以後管制更嚴。",
        "Next",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == \
        ("行政、立法协调达共识 将全面禁止电子烟", "联合即时", dt.date(2018, 2, 6))
    assert article.body.startswith("行政、立法协调会报今天讨论烟害防制法修正案")


def test_a_skip_link_and_a_back_button_are_no_headline(tmp_path: Path) -> None:
    # south.taichung.gov.tw/3870358/post (web-texts-35/15).
    [article] = _ingest("\n".join([
        "按Enter到主內容區",
        ":::",
        "現在位置 首頁 > 公告訊息 > 最新消息",
        "友善列印",
        "回上一頁",
        "臺中市政府衛生局推動115年成人預防保健服務、B、C 型肝炎篩檢、代謝症候群防治計畫及樂齡長青健康檢查服務",
        "臺中市政府衛生局推動115年成人預防保健服務、B、C 型肝炎篩檢、代謝症候群防治計畫及樂齡長青健康檢查服務,說明如下:",
        "📌(二)B、C型肝炎篩檢服務:75年(含)以前出生至79歲民眾,終身1次B、C型肝炎篩檢服務。",
        "📌(四)針對65歲以上市民及55歲以上原住民,臺中市政府衛生局加碼提供樂齡長青健康檢查服務,以嘉惠本市市民。",
        "  • 發布日期: 2026-01-23",
    ]), tmp_path)
    assert article.title.startswith("台中市政府卫生局推动115年成人预防保健服务")
    assert "回上一页" not in article.body and "Enter" not in article.body


def test_a_listed_outlets_app_in_the_lead_and_an_upload_time_on_the_byline(tmp_path: Path) -> None:
    # xx.rednet.cn/content/2020/12/28/8796656.html (web-texts-34/07): 红网时刻湘西12月28日讯 is 红网's app;
    # pic.hubeidaily.net/post.jsp?id=2759818 (web-texts-34/10): 上传时间 dates the page, not the text's 2月10日.
    [lead] = _ingest("\n".join([
        "当前位置:",
        "龙山县人民医院异地迁建项目开始陆续投入使用",
        "红网时刻湘西12月28日讯(通讯员 袁梅诚 田辉)12月28日,新落成的龙山县人民医院新院门诊大楼前,花团锦簇,灯笼高悬,喜庆洋溢。",
        "龙山县人民医院新院位于岳麓大道旁,项目总投资5.7亿元,包括住院楼、门诊医技楼等及其配套基础设施。",
    ]), tmp_path / "lead")
    assert lead.source == "红网"
    [upload] = _ingest("\n".join([
        "首页 > 社会 > 过年期间医院不打烊",
        "作者:周家山上传时间:2024-02-17",
        "下一图集",
        "过年期间医院不打烊",
        "2024年2月10日从大年初一到大年初八,湖北省十堰市郧阳区人民医院急救中心每天三班倒24小时值班,每班接待就医患者数百人。",
        "热门图集",
    ]), tmp_path / "upload")
    assert upload.date == dt.date(2024, 2, 17)


def test_a_notice_issuing_a_plan_dated_and_signed_by_its_covering_letter(tmp_path: Path) -> None:
    # snxx.gov.cn/xxxzf/xxzwgk/xxgknr/ghzj/ghzj/202201/b2d6e3d4….shtml (web-texts-36/11): the page headline,
    # the issuers, the notice's title over two centred lines, the covering letter and its signature.
    [article] = _ingest("\n".join([
        "首   页 走进西乡 新闻中心 政府信息公开 政务服务 互动交流 专题专栏",
        "《西乡县“十四五”医疗保障事业发展规划》",
        "西乡县医疗保障局  西乡县发展和改革局",
        "关于印发《西乡县“十四五”医疗保障事业发展",
        "规划》的通知",
        "各镇人民政府,城北、城南街道办事处,县政府各部门:",
        "现将《西乡县“十四五”医疗保障事业发展规划》予以印发,请认真贯彻执行。",
        "西乡县医疗保障局          西乡县发展和改革局",
        "                          2021年12月30日",
        "西乡县“十四五”医疗保障事业发展规划",
        "“十四五”时期是我县建成小康社会的巩固时期和全面深化改革的攻坚阶段。为进一步健全医疗保障管理体制,促进我县医疗保障事业"
        "高质量发展,制定本规划。",
        "一、发展背景",
        "“十三五”期间,在县委、县政府的正确领导下,认真贯彻中省市决策部署,按照“全覆盖、保基本、多层次、可持续”的总体要求,"
        "全县医疗保障事业取得了显著成效。",
    ]), tmp_path)
    assert "西乡县医疗保障局  西乡县发展和改革局" not in article.title and "2021" not in article.title
    assert (article.source, article.date) == ("西乡县医疗保障局", dt.date(2021, 12, 30))


def test_a_school_named_with_its_other_name_in_brackets_and_credits_closing_the_text(tmp_path: Path) -> None:
    # zjhu.edu.cn/2025/0716/c96a236746/page.htm (web-texts-36/08): 来源:医学院(护理学院);
    # jzxzyyy.cn/news/487.html (web-texts-36/12): …条件。(图:汪斌   文:李国辉) closes the text.
    [school] = _ingest("\n".join([
        "湖州师范学院党委宣传部、新闻中心主办",
        "我校医学院(护理学院)参加湖州市“家园医生”健康志愿行动启动仪式(图)",
        "来源:医学院(护理学院) 发布日期:2025-07-16",
        "  健康有约,志愿同行。7月14日下午,湖州市“家园医生”健康志愿行动启动仪式在爱山广场墨香坊举行。我校医学院(护理学院)师生参加。",
        "  作为湖州市健康服务领域的重要力量,我校医学院(护理学院)长期以来积极推动健康志愿服务与地方需求深度融合。",
    ]), tmp_path / "school")
    assert school.source == "医学院(护理学院)"
    [credited] = _ingest("\n".join([
        "中国志愿医生行动金寨站在县中医医院顺利举行",
        "发布时间:2019-03-17 阅读次数: 文章来源:管理员 【打印】 【关闭】",
        "3月16日,中国志愿医生行动金寨站活动在县中医医院举行,来自北京、上海等地的专家为群众义诊,并开展业务培训和教学查房。",
        "此次活动提升了医院的业务能力,为医院的快速发展提供了有利条件。(图:汪斌   文:李国辉)",
    ]), tmp_path / "credited")
    assert "汪斌" not in credited.body and credited.body.rstrip().endswith("有利条件。")


def test_outlets_a_site_names_at_the_end_of_the_text_and_in_its_own_channels(tmp_path: Path) -> None:
    # shaoxing.com.cn/xinwen/p/3213345.html (web-texts-38/05): (内容来源:越牛新闻综合) closes the text;
    # hk.jrj.com.cn/2018/12/06151425462704.shtml (web-texts-41/17): 金融界App, 金融界微博, 金融界公众号.
    [credited] = _ingest("\n".join([
        "新闻中心",
        "今天上午,邵逸夫医院绍兴院区正式启用",
        "2024-06-30 15:29",
        "来源:",
        "6月30日上午,备受关注的绍兴上虞单体投入最大民生工程——浙江大学医学院附属邵逸夫医院绍兴院区正式启用。",
        "历时三年多的建设,邵逸夫医院绍兴院区揭开面纱,以绍兴市市花“兰花”为设计灵感的院区成为城市新地标。",
        "(内容来源:越牛新闻综合)",
        "作者: 编辑:杨寒凝",
    ]), tmp_path / "credited")
    assert credited.source == "越牛新闻综合"
    [channels] = _ingest("\n".join([
        "带量采购公布预中标结果 港股医药股大跌",
        "  港股医药股午后近全线重挫,截至发稿,中国生物制药(1177.HK)跌15.11%;石药集团(1093.HK)跌13%;复星医药跌超10%。",
        "  消息面上,4+7带量采购预中标结果于今日公布,中选品种大幅度降价。其中恩替卡韦降价90%,多个品种降幅超过五成。",
        "关键词阅读:医药股",
        "精彩推荐",
        "金融界App",
        "金融界微博",
        "金融界公众号",
    ]), tmp_path / "channels")
    assert channels.source == "金融界"


def test_outlets_in_leads_labels_and_mastheads_of_unseen_sites(tmp_path: Path) -> None:
    cases = {
        # ttnews.xyz/a/5e5d5a9cdc9b5e2e94d3ebd4 (web-texts-41/19): a dated lead of an unlisted outlet.
        "lead": (["国家药监局:定制式医疗器械实行备案管理",
                  "投中健康1月15日讯,日前,国家药监局和国家卫生健康委员会联合发布了《关于发布〈定制式医疗器械监督管理规定(试行)〉的公告》,"
                  "该规定自2020年1月1日起生效。"], "投中健康"),
        # bbrtv.com/2022/0415/726458.html (web-texts-38/04): the section before the labelled outlet.
        "label": (["柳州成为公立医院综合改革国家级示范城市", "广西新闻|来源:广西日报2022-04-15 09:59:31|网络编辑:刘婷",
                   "4月14日,记者从柳州市卫生健康暨医改工作会议获悉,在国家卫生健康委2021年公布的全国三级公立医院绩效考核结果中,"
                   "柳州市工人医院排名区内第1。"], "广西日报"),
        # hk.stockstar.com/IG2022032100002638.shtml (web-texts-41/01): 智通财经网 is no section of 财经网.
        "own name": (["港股异动 | 微创医疗(00853)跌超5%领跌骨科耗材股", "来源:智通财经网 2022-03-21 13:43:52",
                      "骨科耗材股集体走低,截至发稿,微创医疗(00853)跌4.44%,报16.78港元;爱康医疗(01789)跌2.91%,报4.33港元。"],
                     "智通财经网"),
        # menet.com.cn/info/202204/20220429092100210_143617.shtml (web-texts-41/03).
        "original": (["2021年中国公立医院终端化学药TOP20品牌出炉", "来源:米内网原创      2022-04-29 09:20",
                      "米内网数据显示,2021年中国公立医疗机构终端化学药销售额超过8000亿元,TOP20品牌合计占比有所下降。"], "米内网"),
        # epaper.hubeidaily.net/pc/content/202603/06/content_341934.html (web-texts-38/08).
        "all-media": (["荆楚作答 破解看病痛点守护百姓健康", "湖北日报全媒记者 龚雪",
                       "今年的政府工作报告提出,健全医疗、医保、医药协同发展和治理机制,深化以公益性为导向的公立医院改革,"
                       "加强县区、基层医疗机构运行保障。"], "湖北日报"),
        # fm961.com/news_detail.php?i=148045 (web-texts-39/02): the station's name with its frequencies.
        "masthead": (["加拿大中文電台 AM1470 FM96.1", "Local News 本地新聞", "卑詩北部衛生局推出網頁通知民眾服務中斷狀況",
                      "2026-01-22 13:54",
                      "卑詩省府表示,北部衛生局推出急証室服務狀態網頁,通知民眾服務中斷狀況,方便民眾提前安排就醫。"], "加拿大中文电台"),
        # ws.sanya.gov.cn/wjwsite/jkdt/201802/b519a476….shtml (web-texts-40/10): 版权所有@三亚 市卫生健康委员会.
        "copyright": (["我市开展春节前医疗机构安全生产大检查", "发布时间:2018-02-09",
                       "为确保春节期间全市医疗机构安全稳定,市卫生计生委组织检查组对全市医疗机构开展安全生产大检查,排查隐患。",
                       "版权所有@三亚 市卫生健康委员会    中文域名: 三亚市卫生健康委员会.政务"], "三亚市卫生健康委员会"),
        # zgnt.net/content/2023-06/29/content_3191195.htm (web-texts-38/13): the label over its value.
        "split label": (["首页 > 民生 > 正文", "市公共卫生临床医学中心开工,进一步提升应急救治能力", "2023-06-29 09:35", "来源", "南通网",
                         "分享", "本网讯 (记者王怡)昨天上午,南通市公共卫生临床医学中心项目开工仪式举行,标志着我市公共卫生体系建设迈出新步伐。",
                         "南通日报社 2009-2021 版权所有"], "南通网"),
    }
    for name, (lines, source) in cases.items():
        [article] = _ingest("\n".join(lines), tmp_path / name)
        assert article.source == source, name


def test_page_furniture_of_unseen_sites_stays_out_of_the_text(tmp_path: Path) -> None:
    text = "市卫生健康委近日召开会议,部署今冬明春传染病防控工作,要求各地加强监测预警,做好疫苗接种和医疗救治准备。"
    more = "会议强调,要压实属地责任,强化部门协同,确保群众就医需求得到及时满足,坚决守住不发生规模性疫情的底线。"
    cases = {
        # nmgcb.com.cn/baotou/r-241999.html (web-texts-38/06)
        "tips": "线索征集:内蒙古晨报现面向社会各界朋友征集新闻线索",
        # news.cnwest.com (web-texts-38/07)
        "share": "打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。",
        # sgnews.co/10251.html (web-texts-39/10)
        "more": "更多相关消息,请点击《2019冠状病毒》专题报道。",
        # the-sun.on.cc/cnt/news/20120628/00407_055.html (web-texts-39/11)
        "app": "第一手消息请下载on.cc东方互动iPhone/iPad/Android/Windows Phone Apps",  # as converted
        # api3.cls.cn/share/article/1800226 (web-texts-41/07)
        "disclaimer": "财联社声明:文章内容仅供参考,不构成投资建议。投资者据此操作,风险自担。",
        # menet-style research reposts (web-texts-41/15)
        "risk": "仅供参考,投资者应独立决策并承担投资风险",
        # chengdu.baogaosu.com (web-texts-41/02), u867.cn (web-texts-41/10)
        "picture": "图片来源/国家CDC官网",
        "click": "点击此处可查看",
        # newdev-style blogs (web-texts-39/01)
        "read": "- 4 min read",
    }
    for name, clutter in cases.items():
        [article] = _ingest("\n".join(["全市部署今冬明春传染病防控工作", "2025-11-20 09:30", text, clutter, more]), tmp_path / name)
        assert article.body.startswith("市卫生健康委") and "底线" in article.body, name
        assert clutter[2:8] not in article.body, name


def test_a_second_report_under_the_first_ends_the_text(tmp_path: Path) -> None:
    # enanyang.my/node/143452 (web-texts-39/04): a related report under 反应 / 财经新闻, with its own dateline.
    [article] = _ingest("\n".join([
        "时事",
        "卫长:避免供过于求",
        "实习医生未必受聘政府医院",
        "(吉隆坡16日讯)卫生部长拿督斯里苏巴马念医生说,卫生部目前聘有3万5000名医生,为了避免医生供过于求,实习医生未必受聘。",
        "他指出,有鉴于政府不再让实习医生自动成政府医院医生,对于有意留在政府医院服务的医生,卫生部将以合约方式聘请。",
        "专科医生严缺",
        "“虽然我们面对医生过剩的问题,不过,专科医生却严重短缺,在未来4年,只有约4000名专科医生完成培训。”",
        "反应",
        "财经新闻",
        "林冠英:医保费上涨 病患将涌入政府医院",
        "(北海1日讯)行动党主席兼峇眼国会议员林冠英认为,医药卡保费上涨将导致更多病患涌入政府医院,加重医院负担。",
        "他说,医药卡保费明年预计调涨70%,届时将加重人民及政府医院负担。",
    ]), tmp_path)
    assert "专科医生却严重短缺" in article.body
    assert "林冠英" not in article.body and "财经新闻" not in article.body


def test_a_closing_credit_names_the_paper_and_leaves_the_text(tmp_path: Path) -> None:
    # dzrb.dzng.com/videos/0/NEWS2977360GDXIPTEUSNRTD (web-texts-38/17).
    [article] = _ingest("\n".join([
        "果然视频|“上海医疗专家工作站”落户金乡县人民医院",
        "大众报业·齐鲁壹点    11:16",
        "12月13日上午,“上海名医金乡行”健康义诊启动仪式在金乡县人民医院新院区门诊大厅举行。仪式上,与会人员共同见证了"
        "“上海医疗专家工作站”的建立,该工作站将通过定期来金义诊、培训与技术指导等方式,把优质医疗资源下沉基层,"
        "以实际行动造福桑梓、呵护家乡人民健康。 (齐鲁晚报·齐鲁壹点 郭纪轩 通讯员 孟丽)",
    ]), tmp_path)
    assert article.source == "齐鲁晚报"
    assert article.body.endswith("呵护家乡人民健康。")


def test_credits_and_a_date_bars_day_are_no_headline(tmp_path: Path) -> None:
    # dlhospital.com/home/article_display/4633 (web-texts-40/18): 文:… and 摄影:… under the headline;
    # xinjiapo.news/news/61019 (web-texts-39/17): the site's date bar (11月20日 星期三) over the headline.
    [credited] = _ingest("\n".join([
        "中山临床学院参加第九届全国高等医学院校大学生临床技能竞赛再获佳绩",
        "文:中山临床学院教务部",
        "摄影:中山临床学院教务部",
        "审校:宋晓妮",
        "日期:2018-04-19",
        "2018年4月13-15日,第九届全国高等医学院校大学生临床技能竞赛(东北华北分赛区)在吉林大学举行,我院代表队获得佳绩。",
        "本次竞赛共27支队伍参加。由中山临床学院2013级临床医学专业学生组成的代表队发挥稳定,获得一等奖。",
    ]), tmp_path / "credited")
    assert credited.title == "中山临床学院参加第九届全国高等医学院校大学生临床技能竞赛再获佳绩"
    [dated] = _ingest("\n".join([
        "11月20日 星期三",
        "新加坡应对冠病突发状况 两社区护理设施启用",
        "为应对突发状况,狮城卫生部已启动位于宏茂桥前工艺教育学院校舍。",
        "(新加坡26日讯)狮城近期社区冠病病例增加,为应对突发状况,新加坡卫生部启用两个新的社区护理设施,以收治症状轻微的病患。",
        "截至昨天,共有279名冠病确诊病患在社区护理设施隔离与治疗,他们都是症状轻微或没有症状的病患。",
    ]), tmp_path / "dated")
    assert dated.title == "新加坡应对冠病突发状况 两社区护理设施启用"


def test_a_headline_with_its_labels_and_date_on_one_line_and_one_over_a_byline_and_subtitle(tmp_path: Path) -> None:
    # sxfby.com/home/info/4900 (web-texts-40/11): 庆六一,…送祝福 作者: boss     来源: 党办室     2017-06-01;
    # abzrmyy.com/News/View.asp?ID=163 (web-texts-40/15): 送上礼物    欢庆六一 / 作者:… 更新时间:… / ——州医院为….
    [one_line] = _ingest("\n".join([
        "庆六一,我院为在院患儿送礼送祝福 作者: boss     来源: 党办室     2017-06-01",
        "今天是六一国际儿童节,是小朋友们的节日。一大早,为让生病的宝宝们过一个快乐的节日,医院为在院患儿送上礼物。",
        "当天上午,院领导、护理部主任及儿内科病区的医护人员等一起走进病房,为孩子们送上节日的祝福和精心准备的礼物。",
    ]), tmp_path / "one_line")
    assert (one_line.title, one_line.date) == ("庆六一,我院为在院患儿送礼送祝福", dt.date(2017, 6, 1))
    [subtitled] = _ingest("\n".join([
        "送上礼物    欢庆六一",
        "作者:王曦 文章来源:办公室 点击量:1738 更新时间:2017/6/1 15:05:58",
        "——州医院为住院患病儿童庆祝六一儿童节",
        "少年儿童是祖国的花朵,在六一国际儿童节来临之际,为了让我院的住院患病儿童度过一个快乐的节日,医院工会组织慰问活动。",
        "胡林副院长祝所有患病儿童六一儿童节快乐,希望大家积极配合治疗,早日康复出院。",
    ]), tmp_path / "subtitled")
    assert (subtitled.title, subtitled.date) == ("送上礼物 欢庆六一", dt.date(2017, 6, 1))


def test_e_paper_pages_their_page_labels_and_a_headline_glued_to_its_lead(tmp_path: Path) -> None:
    # xmwb.xinmin.cn/html/2017-08/07/content_6_3.htm (web-texts-42/04): A06:上海新闻 and 本版列表新闻 are the
    # page's labels; zzrb.zynews.cn/html/2014-01/14/content_536196.htm (web-texts-42/06): headline, 本报讯 and
    # the text on one line.
    [labelled] = _ingest("\n".join([
        "A06:上海新闻",
        "本版列表新闻",
        "2017年08月07日 星期一 放大 缩小 默认",
        "老人日照中心周末“勿打烊”",
        "刘歆",
        "上海社区养老模式日渐成熟,目前日间老人照护机构已有500多家。近日,浦东南码头路街道的日间照护中心开始周末也开门。",
        "周日一早,记者看到,12名老人来到这里。老人日间照护中心就像是托老所,早8点到晚5点,老人在这里吃饭、休息、活动。",
    ]), tmp_path / "labelled")
    assert labelled.title == "老人日照中心周末“勿打烊”"
    assert labelled.source != "本版列表新闻"
    [glued] = _ingest("\n".join([
        "第06版:综合新闻 | 上一版3 4下一版 |  |",
        "郑州造血干细胞 志愿者达3万余人 本报讯(记者 汪辉 实习生 徐丹丹 文 丁友明 图)昨日,记者从市红十字会获悉,"
        "截至目前,我市造血干细胞志愿者已达3万余人,累计有100余人成功捐献。",
        "3上一篇 下一篇4 |",
    ]), tmp_path / "glued")
    assert glued.title == "郑州造血干细胞 志愿者达3万余人"


def test_headlines_under_wire_flashes_share_buttons_series_names_and_over_their_repeated_lead(tmp_path: Path) -> None:
    cases = {
        # api3.cls.cn/share/article/1800226 (web-texts-41/07): the flash's time and its headline in brackets.
        "flash": (["财联社", "财经通讯社", "打开APP", "16:38:49【安徽:2026年将建成不少于400家社区嵌入式养老服务机构】",
                   "财联社9月15日电,据安徽省民政厅厅长余向东介绍,去年以来,安徽省先后启动社区嵌入式养老服务机构建设,"
                   "到2026年将建成不少于400家。"], "安徽:2026年将建成不少于400家社区嵌入式养老服务机构"),
        # loriforfreedom.com/docDetail.jsp?channel=4372&id=100196814 (web-texts-43/01): 分享到: glued on.
        "share": (["首頁 -> 港澳 ->社會", "香港官員呼籲市民按時接種新冠疫苗分享到:",
                   "香港新聞網10月22日電 香港特區政府公務員事務局局長楊何蓓茵22日出席活動時呼籲市民按時接種新冠疫苗,"
                   "以保障自己和家人的健康。"], "香港官员呼吁市民按时接种新冠疫苗"),
        # ptt-diary.tw/gossiping/1324141 (web-texts-43/04): a series' name and a rule before the headline.
        "series": (["誰掏空了醫院人力?______「你(醫師改行)什麼時候去診所?」急診壅塞無解,醫師「燃燒殆盡」引發出走潮",
                    "文字/王芊凌、黃浩珉", "攝影/楊子磊、鄭宇辰、余志偉",
                    "今年(2024)6月亞東醫院急診醫學部主治醫師朱聖恩一篇Facebook貼文,揭露急診室人力不足的困境,引發醫界哗然。"],
                   "「你(医师改行)什么时候去诊所?」急诊壅塞无解,医师「燃烧殆尽」引发出走潮"),
        # heping.gov.cn/xwzx/jrhp/content/post_315793.html (web-texts-44/10): a long headline its lead repeats.
        "repeated": (["县人大常委会副主任徐南安率调研组调研我县人民医院二期、县妇幼保健院新院、县中医院新院、和康医院建设工作",
                      "12月9日,县人大常委会副主任徐南安率调研组调研我县人民医院二期、县妇幼保健院新院、县中医院新院、和康医院建设工作。",
                      "据了解,目前县人民医院二期项目已完成主体封顶,和康医院项目完成主体建设,各项工作有序推进。"],
                     "县人大常委会副主任徐南安率调研组调研我县人民医院二期、县妇幼保健院新院、县中医院新院、和康医院建设工作"),
    }
    for name, (lines, title) in cases.items():
        [article] = _ingest("\n".join(lines), tmp_path / name)
        assert article.title == title, name


def test_the_sites_owner_from_its_footer_and_an_office_signing_as_the_author(tmp_path: Path) -> None:
    text = ("为确保2022年端午节期间平安稳定,各区县卫生健康行政部门、各委属单位积极组织开展节前安全检查,"
            "排查整治各类风险隐患,确保群众过一个安全祥和的节日。")
    cases = {
        # wsjkw.cq.gov.cn/ztzl_242/aqsc/202206/t20220602_10776514_wap.html (web-texts-44/05)
        "host": (["卫生健康系统各单位积极开展端午节前安全检查", text, "主办: 重庆市卫生健康委员会",
                  "ICP备案: 渝ICP备19007997号-1 政府网站标识码: 5000000085"], "重庆市卫生健康委员会"),
        # zzrb.zynews.cn/html/2014-01/14/content_536196.htm (web-texts-42/06)
        "site's rights": (["卫生健康系统各单位积极开展端午节前安全检查", text, "版权声明 @ 中原网 网站版权所有 |"], "中原网"),
        # portal.smu.edu.cn/ygc/info/1023/1673.htm (web-texts-44/14)
        "copyright@": (["卫生健康系统各单位积极开展端午节前安全检查", text,
                        "© 学校地址:广州市白云区沙太南路1023号-1063号   copyright@2018南方医科大学医院管理处"], "南方医科大学医院管理处"),
        # wsjd.yiyang.gov.cn/12665/12666/content_1474996.html (web-texts-44/11)
        "author": (["卫生健康系统各单位积极开展端午节前安全检查", text, "来源:原创    作者:资阳区卫生健康综合监督执法局"],
                   "资阳区卫生健康综合监督执法局"),
        # shixunkuaibao.com/?p=2518051 (web-texts-45/06): 央广独家 is the site's section, the lead names 央广网.
        "section": (["首页 / 央广独家 / 正文", "困在转院潜规则中的重症患者:谁在限制患者住院天数", "央广独家 2024-06-17 23:00:33",
                     "央广网北京6月17日消息(记者张胜坡)康复治疗师正给贾萍的右臂做康复锻炼,病床上的贾萍微微地挥动下左手。"],
                    "央广网"),
    }
    for name, (lines, source) in cases.items():
        [article] = _ingest("\n".join(lines), tmp_path / name)
        assert article.source == source, name


def test_a_long_outlet_name_in_brackets_opening_the_text(tmp_path: Path) -> None:
    # hk.ufh.com.cn (web-texts-43/05): a hospital's site reposts a press release under its issuer's name.
    [article] = _ingest("\n".join([
        "衞生署與五間大灣區醫療機構簽署協議",
        "【香港特別行政區政府新聞公報】衞生署今日(八月五日)與五間獲納入「長者醫療券大灣區試點計劃」的醫療機構簽署協議,"
        "長者醫療券適用範圍將擴展至大灣區內的合適醫療機構。",
        "《行政長官2023年施政報告》提出推行「試點計劃」,於二○二四年把醫療券的適用範圍擴展至大灣區內合適的醫療機構。",
    ]), tmp_path)
    assert article.source == "政府新闻公报"  # the registry's name for it


def test_headlines_without_their_outlet_section_photo_note_or_english_half(tmp_path: Path) -> None:
    text = ("卫生署今日公布,由十一月一日起扩展「1+」审批机制至所有新药,以加快新药在港注册,让病人更早用上新药。"
            "卫生署表示,新机制将配合医疗创新发展,并会继续与业界保持沟通。")  # (the pages' text, in Simplified)
    cases = {
        # cvrhk.com/post/全民新聞台-港聞-… (web-texts-39/05): the outlet and its section before the headline.
        "section": ("《全民新闻台》[港闻]卫生署扩展「1+」审批机制至所有新药", "卫生署扩展「1+」审批机制至所有新药"),
        # hkdu.org/news/2019-12-presidentmsg (web-texts-35/10)
        "english": ("会长通讯:圣诞礼物? | President's Message:Christmas Presents?", "会长通讯:圣诞礼物?"),
    }
    for name, (headline, title) in cases.items():
        [article] = _ingest("\n".join([headline, "2019-12-15", text]), tmp_path / name)
        assert article.title == title, name


def test_a_photo_credit_closing_a_paragraph_goes(tmp_path: Path) -> None:
    # comemg.com/a/tai-nan-da-yi-miao-… (web-texts-35/06): …莫德納疫苗給臺灣。(圖/記者林悅翻攝,下同)
    [article] = _ingest("\n".join([
        "台南打疫苗年齡再調降 20日起開打75歲以上",
        "2021-06-18",
        "台南市長黃偉哲今天表示,台南市將配合中央政策擴大接種作業,並感謝美國在臺協會等促進美國捐贈莫德納疫苗給臺灣。(圖/記者林悅翻攝,下同)",
        "黃偉哲指出,20日起75歲以上長者及65歲以上原住民可預約接種,市府已規劃多處接種站。",
    ]), tmp_path)
    assert "林悦" not in article.body and "疫苗给台湾。" in article.body


def test_a_photo_note_after_the_headline_is_cut(tmp_path: Path) -> None:
    # visionthai.net/zh-hans/article/stark-differences-se-asias-vaccination-strategies (web-texts-39/15).
    [article] = _ingest("\n".join([
        "東南亞疫苗策略各國大不同 泰國疫苗要國產、印尼大手筆採購(圖片來源—疫苗圖:Photo by Daniel Schludi on Unsplash;"
        "東協地圖:Map vector created by freepik - www.freepik.com)",
        "全球疫情未歇,新冠肺炎(COVID-19)疫苗接種工作預計今年陸續展開,東南亞各國的疫苗策略卻大不相同。",
        "根據《曼谷郵報》報導,新加坡已經批准美國藥廠莫德納(Moderna)研發的疫苗,並於12月30日開始為醫護人員接種。",
    ]), tmp_path)
    assert "Photo" not in article.title and "來源" not in article.title and "来源" not in article.title
    assert article.title.endswith(("採購", "採购", "采购"))


def test_an_e_paper_names_its_paper_in_its_article_record_or_its_masthead(tmp_path: Path) -> None:
    # heze.cn/hzrb/pc/c/content_38226.html (web-texts-34/05): what a Founder e-paper leaves of its record of
    # the article; hxsbs.com/szb/con/202509/18/content_97000.html (web-texts-46/08): the masthead's 刊号 line.
    text = ("3月24日是第26个“世界防治结核病日”,今年的宣传主题是“终结结核流行,自由健康呼吸”,市疾病预防控制中心"
            "联合菏泽医学专科学校开展校园宣传活动,向师生普及结核病防治知识。")
    [record] = _ingest("\n".join([
        "2021年03月26日", "第A3版:新闻·健康", "终结结核流行 自由健康呼吸", text,
        "2021-03-26 马 琳 1 1 菏泽日报 content_38226.html 1 终结结核流行 自由健康呼吸 /enpproperty -->",
    ]), tmp_path / "record")
    assert (record.title, record.source) == ("终结结核流行 自由健康呼吸", "菏泽日报")
    assert "content_" not in record.body and "enpproperty" not in record.body
    [masthead] = _ingest("\n".join([
        "宁夏回族自治区政协主管主办国内统一刊号:CN64-0011 华兴时报社出版",
        "“2025宁夏微笑行动(秋季)活动” 全国知名专家团队抵达银川",
        "本报讯(记者 马 敏 王 茜 罗 鸣) 9月17日,记者获悉,由全国多个省市40余人组成的医疗专家团队已陆续抵达银川,"
        "自治区人民医院各项准备工作全部就绪,将通过免费筛查、手术等方式救治唇腭裂患者。",
    ]), tmp_path / "masthead")
    assert masthead.title == "“2025宁夏微笑行动(秋季)活动” 全国知名专家团队抵达银川"
    assert masthead.source == "华兴时报" and "刊号" not in masthead.body


def test_an_outlet_announcing_its_report_at_the_lead(tmp_path: Path) -> None:
    # ts.tongshan1.cn/p/157008.html (web-texts-42/03, a county media centre's app) and
    # sy86.com/thread-11022-1-1.html (web-texts-17/11): 云上通山报道:, 邵阳都市网播报: open the text.
    cases = {
        "云上通山": "云上通山报道:(通讯员 吴游振)“大姐,2024年的医保已经开始征缴,今年的政策相较往年有所变化,"
                    "倾斜救助人员范围有所扩大,今天上门就是给您详细讲解一下……”10月11日,九宫山镇横石潭村信息员入户解释。",
        "邵阳都市网": "邵阳都市网播报:邵阳新闻12月4日讯(记者 朱力波)12月3日下午,市委书记龚文密专题调研全市卫生健康"
                      "事业发展情况时强调,要坚持以人民为中心的发展思想,加快补齐公共卫生领域短板。",
    }
    for outlet, lead in cases.items():
        [article] = _ingest("\n".join(["九宫山镇:医保宣传进乡村 政策普及“零距离”", lead,
                                       "医保政策宣传解读是关乎医保政策能否落地惠民的重要工作,镇里组织信息员逐户宣传。"]),
                            tmp_path / outlet)
        assert article.source == outlet


def test_a_commentator_or_a_photographer_names_the_paper(tmp_path: Path) -> None:
    # gfjyzk.icswb.com/h/147/20251202/956815.html (web-texts-26/19): 长沙晚报全媒体评论员 舒薇 under the headline;
    # bk.zzlib.net:88/paper/daily/202301/377645.html (web-texts-42/01): 株洲日报全媒体记者/谢慧 摄 under a photo.
    [comment] = _ingest("\n".join([
        "新院背后的民生心愿", "长沙晚报全媒体评论员 舒薇",
        "随着长沙几家“老牌”医院陆续迎来新院区,市民看病就医更便捷了——这不是医疗资源的简单“落子”,而是长沙实施"
        "“一院多区、错位发展”的战略实践。",
        "长期以来,优质医疗资源过度集中于城市核心区,“中心拥堵、外围薄弱”问题日益突出。",
    ]), tmp_path / "comment")
    assert comment.source == "长沙晚报"
    [photo] = _ingest("\n".join([
        "省直中医院云龙院区预计5月启用",
        "总占地面积约171亩、预计总投资8.5亿元的省直中医医院云龙院区,是全国100所重点中医医院建设项目之一。"
        "该院区拟设床位860张,目前已进入室内装修阶段。",
        "株洲日报全媒体记者/谢慧 摄", "上一篇", "下一篇",
    ]), tmp_path / "photo")
    assert photo.source == "株洲日报"


def test_a_closing_data_source_names_the_issuer(tmp_path: Path) -> None:
    # mohw.gov.tw/cp-3205-21597-1.html (web-texts-35/01) and hchg.gov.tw/News_Content.aspx?n=139&s=98240
    # (web-texts-35/16): a Taiwan government's release closes with 資料來源 / 新聞資料來源.
    text = ["疾管署提醒國人,前往中國大陸,應避免接觸禽鳥類,尤其切勿撿拾禽鳥屍體;食用雞、鴨、鵝及蛋類要熟食;"
            "並應落實洗手等個人衛生措施,以避免感染。",
            "返國時如出現發燒或類似流感症狀,應告知航空公司人員及機場港口之檢疫人員,並主動就醫。"]
    for name, closing, outlet in (("mohw", "- 資料來源:疾病管制署", "疾病管制署"),
                                  ("hchg", "新聞資料來源:新竹縣政府社會處", "新竹县政府社会处")):
        [article] = _ingest("\n".join(["赴中國大陸民眾務必注意防範H7N9流感", *text, "- 建檔日期:", closing]), tmp_path / name)
        assert article.source == outlet, name


def test_a_line_of_teasers_after_dots_is_no_headline(tmp_path: Path) -> None:
    # nanning.china.com.cn/2014-12/23/content_7463622.htm (web-texts-46/10): a ticker of other stories heads it.
    [article] = _ingest("\n".join([
        "·邕城餐企集体大促 吃货“根本停不下来”·南宁市青秀区推出4条特色旅游路线 选一条逛逛吧·暖手袋萌萌哒九成不合格 "
        "四招教你购买合格暖手袋·广西—东盟经开区提前超额完成全年财政任务·江南区民生支出占财政总支出七成以上·"
        "猪肉带“身份证” 市民吃得放心·南宁将设30个点全天值班 重拳出击刹住泥头车乱象",
        "多个医疗卫生项目落户南宁 南宁经开区将建三甲医院",
        "发布时间: 2014-12-23 16:18:22   |  来源: 南宁新闻网—南宁晚报   |   作者: 作者:孟振兴   |  责任编辑: 沈晔",
        "自治区发改委近日发布通知,宣布建立《广西健康与养老服务工程项目库》(以下简称《项目库》)。项目库分为自治区、"
        "地市两级,类型涵盖医疗卫生、健康养老、体育健身等行业。",
    ]), tmp_path)
    assert article.title == "多个医疗卫生项目落户南宁 南宁经开区将建三甲医院"
    assert article.date == dt.date(2014, 12, 23) and "暖手袋" not in article.body


def test_a_copyright_notice_ends_the_article(tmp_path: Path) -> None:
    # gansu.gansudaily.com.cn/system/2026/01/29/031314519.shtml (web-texts-46/02): 版权声明 and its numbered points.
    [article] = _ingest("\n".join([
        "我省持续增进群众健康福祉",
        "每日甘肃网兰州讯(新甘肃·甘肃日报记者王睿君)记者从日前召开的2026年全省卫生健康工作会议上获悉,"
        "2025年我省卫生健康事业高质量发展取得新成效。",
        "2026年是“十五五”开局之年,全系统将锚定卫生健康事业高质量发展“十大工程30项行动”,持续增进群众健康福祉。",
        "版权声明", "1.本文为每日甘肃网原创作品。",
        "2.所有原创作品,包括但不限于图片、文字及多媒体形式的新闻、信息等,未经著作权人合法授权,禁止转载使用。",
    ]), tmp_path)
    assert "原创作品" not in article.body and "十大工程30项行动" in article.body


def test_content_farm_phrases_photo_sources_and_footnote_marks_go(tmp_path: Path) -> None:
    # news.jlspr.com/kx/202405/429258.html (web-texts-30/13): a content farm's opening and closing phrases;
    # reportify.cn/news/1181079734889615360 (web-texts-37/16): footnote marks without footnotes;
    # chengdu.baogaosu.com (web-texts-41/02): 图片来源/… after a caption; hk.ufh.com.cn (web-texts-43/01): 【编辑:…】.
    [article] = _ingest("\n".join([
        "国家卫健委:构建公立医院高质量发展新体系",
        "2024-05-20",
        "【国家卫健委:构建公立医院高质量发展新体系 跨省跨区域就医大幅下降】!!!今天受到全网的关注度非常高,"
        "那么具体的是什么情况呢,下面大家可以一起来看看具体都是怎么回事吧!",
        "中国60岁以上老年人口超3.1亿人,占总人口约22%,预计2035年将突破4亿、占比超30% [3]。医疗卫生机构[1]工作人员持续增加。",
        "疾控专家在武汉华南海鲜市场调查。图片来源/国家CDC官网",
        "国家卫健委表示,将持续推进公立医院高质量发展,跨省跨区域就医大幅下降。 【编辑:崔静雯】",
        "以上就是关于【国家卫健委:构建公立医院高质量发展新体系 跨省跨区域就医大幅下降】的相关消息了,希望对大家有所帮助!",
    ]), tmp_path)
    for gone in ("全网", "希望对大家有所帮助", "[3]", "[1]", "图片来源", "崔静雯"):
        assert gone not in article.body, gone
    for kept in ("占比超30%", "医疗卫生机构工作人员", "海鲜市场调查。", "跨省跨区域就医大幅下降。"):
        assert kept in article.body, kept


def test_a_welcome_line_names_the_site_without_its_greeting(tmp_path: Path) -> None:
    # lnwx.org.cn/Item/Show.asp?d=18726&m=1 (web-texts-50/04) and zgno1hos.com.cn/view_461_13076.html
    # (web-texts-52/16): 欢迎登陆今日辽宁网, 欢迎访问自贡市第一人民医院官方网站 head the page.
    text = ("9月1日中午,期待已久的明北社区老年食堂终于开业啦!既暖心又暖胃的社区食堂开在了居民家门口,"
            "老年人每餐只需花费十几元就能吃上热乎饭菜。")
    for welcome, site in (("欢迎登陆今日辽宁网", "今日辽宁网"), ("欢迎访问自贡市第一人民医院官方网站", "自贡市第一人民医院")):
        [article] = _ingest("\n".join([welcome, "加入收藏 | 手机版", "皇姑区明北社区老年食堂“火爆”开业",
                                       "时间:2023年09月01日 信息来源:本站原创 【字体:", text]), tmp_path / site)
        assert article.source == site


def test_a_source_value_loses_a_by_and_a_writers_name(tmp_path: Path) -> None:
    # lifetoutiao.news/?p=327532 (web-texts-47/11): by 中华超传媒; akcdc.cn (web-texts-52/08): 来源:健教科 涂佳佳.
    text = ("台湾疾管署今日公布,国内新增流感重症病例,呼吁民众尽速接种公费流感疫苗,"
            "并提醒65岁以上长者及慢性病患者为高风险群。")
    [article] = _ingest("\n".join(["流感疫情升温 疾管署吁尽速接种疫苗", "by 中华超传媒", "2026-01-22", text]), tmp_path / "by")
    assert article.source == "中华超传媒"
    [office] = _ingest("\n".join(["我市开展世界无烟日宣传活动", "来源:健教科 涂佳佳    发布时间:2016-06-16", text]),
                       tmp_path / "office")
    assert "涂佳佳" not in office.source


def test_a_section_label_before_or_after_a_headline_is_cut(tmp_path: Path) -> None:
    # pinqueue.com (web-texts-47/07): 世新新闻 提升防疫力!…; xs.sciconf.cn/NewsDetail/2821/116 (web-texts-52/12):
    # 最新资讯 2020年度…; kf.cwan.com/kf/2023/0413/82000.html (web-texts-49/06): … 焦点报道.
    text = "为提升民众防疫力,卫生局宣布即日起开放50岁以上民众接种公费流感疫苗,民众可携带健保卡前往合约院所接种。"
    cases = {
        "prefix": ("世新新闻 提升防疫力!即日起开放50岁以上民众接种流感疫苗", "提升防疫力!即日起开放50岁以上民众接种流感疫苗"),
        "section": ("最新资讯 2020年度母婴友好医院授牌仪式隆重举行", "2020年度母婴友好医院授牌仪式隆重举行"),
        "suffix": ("甘肃省提升86家县级医院重症救治能力 焦点报道", "甘肃省提升86家县级医院重症救治能力"),
    }
    for name, (headline, title) in cases.items():
        [article] = _ingest("\n".join([headline, "2023-04-13 09:30", text]), tmp_path / name)
        assert article.title == title, name


def test_a_date_line_with_a_counter_after_it_dates_the_article(tmp_path: Path) -> None:
    # yzcdc.com/index/News/detail/newsid/7429.html (web-texts-52/01): " 2021-04-27   2931  " (the date, the views).
    [article] = _ingest("\n".join([
        "当前位置:首页 > 资讯中心 > 区县信息",
        "仪征市疾控中心组织开展全国儿童预防接种日宣传活动",
        " 2021-04-27   2931  ",
        "4月25日是第35个“全国儿童预防接种日”。今年的宣传主题是“接种疫苗,防控疾病,守卫健康,守护一生”,"
        "市疾控中心联合胥浦社区卫生服务中心在真州镇万年社区开展现场咨询宣传活动。",
    ]), tmp_path)
    assert article.date == dt.date(2021, 4, 27) and "date" not in article.review


def test_a_role_under_the_headline_is_no_account(tmp_path: Path) -> None:
    # news.hgjy100.com/caijing/21932.html (web-texts-49/16): 创始人 over the post's time.
    [article] = _ingest("\n".join([
        "流感增多 家长带娃就医急 哪些时段可避开就诊高峰?", "创始人", "2025-11-29 04:15:45", "0",
        "冬季来临,最近感冒的孩子突然变多了,家长们又开始揪心了。中国疾病预防控制中心发布的最新监测显示,"
        "目前国内流感活动呈快速上升趋势。",
    ]), tmp_path)
    assert article.source != "创始人"


def test_a_text_set_one_clause_a_line_is_joined(tmp_path: Path) -> None:
    # cnma.org.tw/page/news/show.aspx?lang=TW&num=6630 (web-texts-47/05): the text broken at every comma,
    # under the site's menu (a page's text, not a hard-wrapped PDF's).
    [article] = _ingest("\n".join([
        "CNMA新聞聯合網", "地方新聞", "綜合新聞", "生活娛樂", "社會新聞", "健康醫療", "聯絡我們", "最新消息",
        "鄭市長表揚觀音模範父親,鼓勵大家對爸爸表達愛與感謝",
        "2022/07/24",
        "記者:林國松 桃園報導",
        "桃園市長鄭文燦(23)日下午前往觀音國小,出席「",
        "111年度觀音區模範父親表揚活動」時表示,",
        "世間的爸爸皆是偉大的,模範父親總是自己承擔辛苦,",
        "將最好的留給家庭,扮演家庭的重要支柱;",
        "而觀音區有25位模範父親接受表揚,",
        "每位父親背後的故事皆令人感動,因此在今日活動除了以感恩、",
        "感動的心情慶祝之外,鄭市長也鼓勵大家對於爸爸的愛、",
        "尊敬及感謝要大聲說出來,並祝賀爸爸們「父親節快樂」。",
    ]), tmp_path)
    assert "出席「111年度观音区模范父亲表扬活动」时表示,世间的爸爸皆是伟大的" in article.body
    assert "父亲节快乐」。" in article.body


def test_a_pages_tools_are_no_headline(tmp_path: Path) -> None:
    # www2.hkej.com/landing/articleprint/id/3509045 (web-texts-47/06): « 返回前頁列印 over the print view.
    [article] = _ingest("\n".join([
        "« 返回前頁列印", "時事脈搏 | 2023-07-14 18:21", "盧寵茂:建設智慧醫院為病人提供優質服務",
        "醫務衞生局局長盧寵茂今日表示,醫管局正推動智慧醫院建設,透過科技提升服務效率,為病人提供優質服務。",
        "他指出,智慧醫院包括電子病歷、智能藥房及遙距醫療等項目,將逐步在各聯網推行。",
    ]), tmp_path)
    assert article.title == "卢宠茂:建设智慧医院为病人提供优质服务"


def test_a_bulletin_board_post_its_header_signature_and_the_papers_credit(tmp_path: Path) -> None:
    # lilacbbs.com (web-texts-54/01): a 2003 post, hard-wrapped, with the board's header and footer.
    [article] = _ingest("\n".join([
        "发信人: resy (New Mouse), 信区: SARS",
        "标 题: 黑龙江省双鸭山市一疑似病人近日可痊愈出院",
        "发信站: 哈工大紫丁香 (Wed Apr 30 09:27:44 2003) , 转信",
        "本报讯(记者 杨幼松 韩笑)日前,双鸭山市友谊县一位输入性疑似非典型肺炎病人",
        ",肺部病状明显好转,体温连续10余天正常,各项指标正常。发生疑似病例后,省卫生厅",
        "和双鸭山市委、市政府高度重视。在市、县防治“非典”专家指导组成员精心治疗下,疑",
        "似病人近日可痊愈出院。",
        "在财政紧张的状况下,市政府指示先期拨专款40万元,用于购置救护车、呼吸机、监",
        "护仪、隔离服。该市要求:教育部门必须采取及时果断措施保护学生的身体健康;公路、",
        "铁路和公交等部门要组织医务人员上岗,重点检测来自疫区的乘客;各宾馆、饭店、商场",
        "等公共场所要严格进行消毒;特别关注农村人口的健康状况。(黑龙江日报)",
        "--",
        "※ 来源:.哈工大紫丁香 http://bbs.hit.edu.cn [FROM: 202.118.228.120]",
        "Powered by KBS BBS 2.0 (http://dev.kcn.cn)",
        "页面执行时间:3.129毫秒",
    ]), tmp_path)
    assert article.title == "黑龙江省双鸭山市一疑似病人近日可痊愈出院"
    assert (article.source, article.date) == ("黑龙江日报", dt.date(2003, 4, 30))
    for gone in ("哈工大", "Powered", "毫秒", "发信"):
        assert gone not in article.body, gone


def test_a_list_counter_review_credits_and_an_empty_editor_go(tmp_path: Path) -> None:
    # zcnews.net.cn (web-texts-49/02): 1 条记录 1/1 页; cjyunjianghanfeng.cn/p/432495.html (web-texts-50/01):
    # …/一审:…/二审:…/三审:…; jrjingshan.com (web-texts-50/07): …任务。 (责任编辑: ) |
    [article] = _ingest("\n".join([
        "荆州市中心医院助力监利市胸痛救治单元建设",
        "2024-04-28 10:12",
        "江汉风报道:为践行健康中国战略,按照湖北省“323”攻坚工程的部署,荆州市中心医院专家团队来到监利市,"
        "助力乡镇卫生院胸痛救治单元建设。",
        "此次会议由监利市卫健局主办,监利市第二人民医院承办,4月中旬可完成约600万平米的查灭螺任务。 (责任编辑: ) |",
        "特约记者:夏自宇 通讯员:鲁萌 胡艺之/编辑:王向明/一审:唐杰/二审:王桃芳/三审:江敏)",
        "1 条记录 1/1 页",
    ]), tmp_path)
    assert article.source == "江汉风"  # 江汉风报道: opens the text (江 is a surname too)
    for gone in ("一审", "三审", "责任编辑", "条记录"):
        assert gone not in article.body, gone
    assert article.body.endswith("查灭螺任务。")


def test_a_two_digit_year_after_a_publish_label_dates_the_article(tmp_path: Path) -> None:
    # jawsjd.com/view.php?tid=2&id=777 (web-texts-52/17): a list of the section's items, the headline, then
    # 编辑:111 来源:本站 发布时间:15-07-21 浏览次数:1425.
    [article] = _ingest("\n".join([
        "· 我所开展精神卫生医疗机构监督检",
        "· 区卫健委综合监督所开展“预防为",
        "· 我所召开党纪学习教育动员部署会",
        "我所开展游泳场所卫生监督专项检查工作",
        "编辑:111 来源:本站 发布时间:15-07-21 浏览次数:1425",
        "炎炎夏日,游泳场所成为市民避暑娱乐的最佳场所。为进一步加强游泳场所卫生安全管理工作,"
        "保障广大市民开展有益健康的游泳健身活动,我所开展了游泳场所卫生监督专项检查。",
    ]), tmp_path)
    assert article.title == "我所开展游泳场所卫生监督专项检查工作"
    assert article.date == dt.date(2015, 7, 21)


def test_outlets_named_at_the_lead_the_top_or_the_foot_of_a_repost(tmp_path: Path) -> None:
    text = "国家医保局第六批药品集采26日在上海开标,共有16个品种胰岛素产品采购成功,中选产品平均降价48%。"
    cases = {
        # pre.gelonghui.com/live/2084040 (web-texts-53/11): the outlet, its day, a bar, then the text
        "格隆汇": ["国务院新闻办公室举行新闻发布会", "格隆汇9月19日|" + text],
        # m.qinbei.com/product/20170105/1830932.shtml (web-texts-30/08): the site's name alone on the first line
        "亲贝网": ["亲贝网", "冬季患呼吸道疾病儿童急剧增多", "2017-01-05", text],
        # freewechat.com (web-texts-56/11): 来源:“八点健闻”微信公众号
        "八点健闻": ["那些决定三明医改走向的关键时刻", "来源:“八点健闻”微信公众号", "作者:王晨 毛晓琼", text],
        # xiaofang.u0q.com (web-texts-56/03) and m.jingke.org (web-texts-56/14): a line under the text
        "潇湘晨报": ["国家级“团购”胰岛素平均降价48%", "2023-07-08", text, "潇湘晨报综合"],
        "新华社": ["国家级“团购”胰岛素平均降价48%", "2021-11-26", text, "据新华社", "发表评论"],
        # 15yb.com/article/35477.html (web-texts-56/09): 每经记者 (每经, 每日经济新闻's short name, as printed)
        "每经": ["120万一针的CAR-T疗法", "每经记者:涂颖浩 每经编辑:马子卿", text],
    }
    for outlet, lines in cases.items():
        [article] = _ingest("\n".join(lines), tmp_path / outlet)
        assert article.source == outlet, outlet


def test_a_blank_source_label_and_the_own_papers_dateline_name_no_outlet(tmp_path: Path) -> None:
    # wuyang.gov.cn (web-texts-57/19): 来源:    信息时间:2018-05-16; tanbigo.com (web-texts-57/11):
    # 本报北京2月14日讯 (the paper, unnamed: not 本报北京).
    text = "国家中医药管理局14日举行新闻发布会,介绍中医药传承创新发展有关情况,各地中医药服务能力持续提升。"
    [blank] = _ingest("\n".join(["舞阳县开展爱国卫生运动", "来源:    信息时间:2018-05-16     阅读次数: ", text]),
                      tmp_path / "blank")
    assert blank.source != "信息"
    [own] = _ingest("\n".join(["中医药服务能力持续提升", "本报北京2月14日讯 " + text]), tmp_path / "own")
    assert "本报" not in own.source


def test_garbled_indents_a_share_bar_and_a_pages_section_after_the_headline_go(tmp_path: Path) -> None:
    # szlyhx.com (web-texts-54/18): ??? where the indent was; paper.hket.com (web-texts-55/06): … 港聞版, 分享: 分享:
    [article] = _ingest("\n".join([
        "盧寵茂:寬防疫「摸着石頭過河」 非擠牙膏 港聞版",
        "2023-01-31",
        "分享: 分享:",
        "??? 4月3日下午,我院召開H7N9禽流感防控工作緊急會議,會議傳達了上級文件精神,部署防控工作。",
        "??? 會議由院長助理主持,各職能部門、檢驗科、放射科負責人參加會議。",
    ]), tmp_path)
    assert article.title == "卢宠茂:宽防疫「摸着石头过河」 非挤牙膏"
    assert article.body.startswith("4月3日下午") and "?" not in article.body and "分享" not in article.body


def test_an_e_paper_page_name_is_no_outlet_and_its_record_dates_the_article(tmp_path: Path) -> None:
    # pyrb.pyxww.com/content/202007/22/c64608.html (web-texts-57/04): 第05版:健康周刊 heads the page; the
    # e-paper's record (2020-07-22 1 1 濮阳日报 c64608.html …) is the only date with a year.
    [article] = _ingest("\n".join([
        "第05版:健康周刊", "承载深情注动力 推动文化重传承", "汽车捐赠交接仪式。",
        "7月18日上午,“中医药文化进校园活动·十台汽车捐赠仪式”在市中医医院3号楼前举行。",
        "近几年,我市注重中医药发展和中医药文化建设。市中医医院成立了仲景学堂,传承推广中医学术。",
        "通讯员 郑矗 摄",
        "2020-07-22 1 1 濮阳日报 c64608.html 1 承载深情注动力 推动文化重传承 /enpproperty-->",
    ]), tmp_path)
    assert (article.source, article.date) == ("濮阳日报", dt.date(2020, 7, 22))
    assert "c64608" not in article.body


def test_a_byline_with_a_photo_credit_and_a_date_is_no_caption(tmp_path: Path) -> None:
    # iptv-station.com (web-texts-57/08, a college's news page on a hijacked domain): 作者:文/胡剑 图/刘亮 时间:…
    [article] = _ingest("\n".join([
        "知“艾”防艾,你我同在——我院举办“世界艾滋病日”宣传教育活动",
        "作者:文/胡剑 图/刘亮 时间:2023-11-27 点击数:",
        "本网讯  为增强大学生预防艾滋病的意识,11月25日,由我院主办、绿色之家环保协会和青年志愿者协会共同承办的"
        "“世界艾滋病日”宣传教育活动在校园内举行。",
        "在帐篷旁,志愿者们为来往经过的学生发放艾滋病宣传手册,进行艾滋病问卷调查。",
    ]), tmp_path)
    assert article.date == dt.date(2023, 11, 27) and "date" not in article.review


def test_a_headlines_leftovers_and_the_sites_names_after_it_are_cut(tmp_path: Path) -> None:
    # img.beijinghong.com/a/201904/72079.html (web-texts-57/17): the headline, then ----…//---- http:// //;
    # taxiangdangjian.com/tzxw/8764.html (web-texts-57/16): … 泰州·民生 泰州新闻网 泰州报业 after a space.
    text = ("红网时刻4月8日讯 (靖州站采访人员 周悦伊 通讯员 舒鑫)4月8日,靖州妇幼保健院走进乡镇,"
            "为准妈妈们开展孕期保健知识讲座。")
    [leftovers] = _ingest("\n".join(["靖州:流动“孕妇学校”进乡村", "—分享—", "靖州:流动“孕妇学校”进乡村",
                                     "----靖州:流动“孕妇学校”进乡村//---- http:// //", text]), tmp_path / "leftovers")
    assert leftovers.title == "靖州:流动“孕妇学校”进乡村"
    [names] = _ingest("\n".join(["泰兴新增一家医养融合型养老机构 泰州·民生 泰州新闻网 泰州报业", "2019-06-05", text]),
                      tmp_path / "names")
    assert names.title == "泰兴新增一家医养融合型养老机构"


def test_a_source_with_a_disclaimer_and_a_paper_credited_under_the_text(tmp_path: Path) -> None:
    # bjmed.net (web-texts-60/14): 来源:澎湃新闻·澎湃号·政务,若涉及侵权,请立刻联系删除; zkxblog.com
    # (web-texts-60/13): 玉溪日报全媒体记者:李昌友 通讯员:张跃刚 under the text.
    text = ("玉溪高新区抢抓医疗健康发展机遇,突出企业主体,规划建设云南省高端医疗器械产业园,"
            "目前园区聚集生物医药产业企业20余家。")
    [disclaimer] = _ingest("\n".join(["玉溪高新区规划建设云南省高端医疗器械产业园", "2020-07-24", text,
                                      "来源:澎湃新闻·澎湃号·政务,若涉及侵权,请立刻联系删除"]), tmp_path / "disclaimer")
    assert disclaimer.source == "澎湃新闻·澎湃号·政务"
    [credited] = _ingest("\n".join(["玉溪高新区规划建设云南省高端医疗器械产业园", "2020-07-24", text,
                                    "玉溪日报全媒体记者:李昌友 通讯员:张跃刚", "编辑:王鹏", "审核:徐凤祥", "随机阅读"]),
                         tmp_path / "credited")
    assert credited.source == "玉溪日报"


def test_an_official_site_line_names_the_site_even_joined_to_its_section(tmp_path: Path) -> None:
    # whyxh.whtjyxb.cn/contents/89/498.html (web-texts-61/01): 武汉药学会官方网站 over 通知公告.
    [article] = _ingest("\n".join([
        "武汉药学会官方网站", "通知公告", "您当前所在位置是: 首页 > 通知公告",
        "武汉药学会│2025年世界患者安全日和世界药师日主题活动暨安全用药科普公益行动",
        "发布时间:2025-09-29     浏览数:    分享到:",
        "为落实国家卫生健康委关于患者安全工作的部署要求,积极响应第七届世界患者安全日主题,"
        "武汉药学会组织开展安全用药科普公益行动。",
    ]), tmp_path)
    assert article.source == "武汉药学会"


def test_a_forums_print_view(tmp_path: Path) -> None:
    # cstna.com/forum.php?action=printable&mod=viewthread&tid=3556 (web-texts-59/03): a Discuz print view.
    [article] = _ingest("\n".join([
        "兩岸時報總社",
        "標題主旨: 竹縣秋冬假日與夜間均可接種 到宅居家接種方便弱勢、偏鄉 [打印本頁]",
        "記者: Admin 時間: 2024-11-5 11:50 AM",
        "標題主旨: 竹縣秋冬假日與夜間均可接種 到宅居家接種方便弱勢、偏鄉",
        "【記者 李權祐 新竹報導】",
        "秋冬氣溫下降、呼吸道傳染疾病攀升,新竹縣政府衛生局11月在全縣13鄉鎮市推出近百場假日與夜間疫苗接種服務,"
        "並提供到宅居家接種,方便行動不便的弱勢民眾及偏鄉長者。",
        "(、下載次數:0)",
        "附加檔案雙重掃瞄病毒完成,技術提供",
    ]), tmp_path)
    assert article.title == "竹县秋冬假日与夜间均可接种 到宅居家接种方便弱势、偏乡"
    assert article.date == dt.date(2024, 11, 5)
    assert "下载次数" not in article.body and "附加档案" not in article.body


def test_a_masthead_with_its_english_name_first(tmp_path: Path) -> None:
    # cmurdc.cmu.edu.tw/epaper/detail.php?epaperno=66&class=A&id=320 (web-texts-59/05).
    [article] = _ingest("\n".join([
        "China Medical University, Taiwan 中國醫藥大學 研究發展處暨附設醫院醫學研究部 電子報",
        "第 66 期 2015年08月", " 我要訂閱   各期電子報 ",
        "澳門大學健康科學學院師生來訪交流",
        "澳門大學為了快速提升新成立的健康科學學院水準,以台灣中國醫藥大學做為交流合作的首選;"
        "澳門大學健康科學學院院長率團來訪,雙方就研究合作進行交流。",
    ]), tmp_path)
    assert article.source == "中国医药大学"


def test_a_listed_companys_notice_and_a_section_before_a_bar(tmp_path: Path) -> None:
    # paper.cnstock.com/html/2024-05/06/content_1911830.htm (web-texts-60/05): the company's name over
    # 关于…的公告; mytaizhou.net (web-texts-60/06): 时政|第十三届医博会….
    text = "本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。"
    [notice] = _ingest("\n".join(["东北制药集团股份有限公司", "关于孙公司获得药品注册证书的公告",
                                  "2024-05-06 来源:上海证券报", text]), tmp_path / "notice")
    assert notice.title == "东北制药集团股份有限公司关于孙公司获得药品注册证书的公告"
    [section] = _ingest("\n".join(["时政|第十三届医博会举行中国医药城政策发布暨项目签约仪式", "2022-11-20", text]),
                        tmp_path / "section")
    assert section.title == "第十三届医博会举行中国医药城政策发布暨项目签约仪式"


def test_a_kicker_with_figures_over_the_headline_on_an_e_paper(tmp_path: Path) -> None:
    # news.hndaily.cn/html/2026-01/26/content_58467_19251264.htm (web-texts-46/13): the 引题 (a sentence of
    # figures) over the 主题, then the photos' captions and the text.
    [article] = _ingest("\n".join([
        "当前版: 004版 上一版 下一版 上一期 下一期", "放大 缩小 默认   ",
        "2025年,乐城先行区接待医疗旅游人数86.53万人次,同比增长109.18%",
        "博鳌乐城缘何“圈粉”海内外?",
        "“乐城暖银龄”健康嘉年华活动现场。",
        "航拍乐城先行区。本版图片均由乐城先行区管理局提供",
        "翻开博鳌乐城国际医疗旅游先行区(以下简称乐城先行区)一年来的发展画卷,起笔有势,落笔生辉。",
        "这一年,乐城先行区交出了一份亮眼的成绩单:医疗旅游人次同比增长109.2%,特许药械使用人次同比增长139.9%,"
        "全年引进国际创新药械和特殊食品首次突破100种,其中创新药械89种……这些数字背后,不仅是量的积累,更是质的飞跃。",
    ]), tmp_path)
    assert article.title == "博鳌乐城缘何“圈粉”海内外?"
    assert "本版图片" not in article.body and "航拍乐城先行区。" in article.body


def test_more_furniture_of_unseen_sites_goes(tmp_path: Path) -> None:
    text = "市卫生健康委近日召开会议,部署今冬明春传染病防控工作,要求各地加强监测预警,做好疫苗接种和医疗救治准备。"
    more = "会议强调,要压实属地责任,强化部门协同,确保群众就医需求得到及时满足,坚决守住不发生规模性疫情的底线。"
    cases = {
        # photo.china.com.cn (web-texts-46/17)
        "phone": ["咨询电话010-88820273"],
        # colamg.com (web-texts-47/14)
        "arrows": ["▲▼"],
        # auliving.com.au (web-texts-51/11)
        "ago": ["19 hours ago"],
        # web.thamd.org.tw/news.php (web-texts-59/10)
        "top": ["頁首"],  # converted to 页首 before the rules read it
        # ai.xueqiu.com (web-texts-60/12)
        "avatar": ["用户头像"],
        # news.dqsqz.com.cn (web-texts-49/17)
        "farm": ["一起往下看看!!!"],
    }
    for name, clutter in cases.items():
        [article] = _ingest("\n".join(["全市部署今冬明春传染病防控工作", "2025-11-20 09:30", text, *clutter, more]),
                            tmp_path / name)
        assert article.body.startswith("市卫生健康委") and "底线" in article.body, name
        assert clutter[0][:4].replace("頁", "页") not in article.body, name


def test_list_headings_and_a_picture_librarys_notice_end_the_text(tmp_path: Path) -> None:
    text = "市卫生健康委近日召开会议,部署今冬明春传染病防控工作,要求各地加强监测预警,做好疫苗接种和医疗救治准备。"
    cases = {
        # auliving.com.au/202203/166880.html/amp (web-texts-51/11)
        "bracketed": ["【延伸阅读】", "盘点新州6个超凡脱俗的旅游景点"],
        # xrxxw.com/article/view/466746.html (web-texts-60/02)
        "comments": ["评论列表", "恒大汽车拟科创板上市 公司股价一度涨超4%"],
        # photo.china.com.cn (web-texts-46/17)
        "notice": ["声明:中国网图片库()供本网专稿,任何网站、报刊、电视台未经中国网图片库许可,不得部分或全部转载",
                   "拉萨:一座医院 一个病人"],
    }
    for name, tail in cases.items():
        [article] = _ingest("\n".join(["全市部署今冬明春传染病防控工作", "2025-11-20 09:30", text, *tail]), tmp_path / name)
        assert article.body == text, name


def test_a_traditional_line_on_a_simplified_page_is_converted(tmp_path: Path) -> None:
    # visionthai.net/zh-hans/article/stark-differences-se-asias-vaccination-strategies (web-texts-39/15):
    # the zh-hant <title> over the zh-hans text; the page as a whole is Simplified.
    [article] = _ingest("\n".join([
        "東南亞疫苗策略各國大不同 泰國疫苗要國產、印尼大手筆採購",
        "全球疫情未歇,新冠肺炎(COVID-19)疫苗接种工作预计今年陆续展开,东南亚各国对疫苗布局各不相同,"
        "泰国疫苗要国产、新加坡率先接种、印尼则大手笔采购。",
        "根据《曼谷邮报》报导,新加坡已经批准美国药厂研发的疫苗,并于12月30日开始为医护人员接种。",
    ]), tmp_path)
    assert article.title == "东南亚疫苗策略各国大不同 泰国疫苗要国产、印尼大手笔采购"


def test_a_section_named_like_news_is_no_outlet(tmp_path: Path) -> None:
    # businesstoday.com.tw (web-texts-55/03): 焦点新闻 over the byline; 即时报道 (web-texts-43/06) likewise.
    text = "卫福部今日宣布,明年起扩大成人预防保健服务,40岁以上民众每3年可免费健检一次,预计受惠人数将增加数十万人。"
    for section in ("焦点新闻", "即时报道"):
        [article] = _ingest("\n".join(["成人健检扩大 40岁以上每3年一次", section, "2012-05-14", text]), tmp_path / section)
        assert article.source != section, section


def test_a_headline_shaped_like_a_society_over_a_date_line_with_its_own_source(tmp_path: Path) -> None:
    # jsma.net.cn/cn/ncontent.aspx?oid=39845 (web-texts-64/02): 盐城市成立医师协会 ends like a body's name, but
    # the date line under it names its own 来源, so it is the headline, not the outlet.
    [article] = _ingest("\n".join([
        "当前位置:首页>江苏省医学会>要闻动态",
        "盐城市成立医师协会",
        "发布时间:2011-11-08 来源:江苏省医学会 作者:admin",
        "115下午,盐城市医师协会成立大会暨第一届会员代表大会在盐城隆重召开,省卫生厅副厅长、省医师协会会长黄祖瑚,"
        "省医师协会副会长兼秘书长任华轶及我市相关部门领导出席。",
        "成立盐城市医师协会是盐城市广大医师的共同要求和强烈愿望,是我省医师协会“大家庭”的又一个新成员,"
        "这不仅是盐城医师的一件大事,也是江苏医师的一件大事。",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == ("盐城市成立医师协会", "江苏省医学会", dt.date(2011, 11, 8))


def test_the_site_named_before_its_welcome(tmp_path: Path) -> None:
    # www.taixing.cn (web-texts-62/09): • 您好,泰兴网欢迎您! over the breadcrumb; no 来源 on the page.
    [article] = _ingest("\n".join([
        "• 您好,泰兴网欢迎您!",
        "  • 注册",
        "当前位置:首页 > 新闻 > 泰兴新闻 > 正文",
        "市十五届人大常委会召开第三十二次会议",
        "2020-09-28 浏览次数:",
        "(记者 胡新芳)9月27日,市十五届人大常委会召开第三十二次会议,市人大常委会主任孙云,副主任田之本、王中先、"
        "张金堂,党组成员王亦波出席。市领导刘文荣、孔令明、王亮、龚可思列席。",
        "会议听取和审议了代表建议办理工作情况,审议2019年财政决算、决算审计和2020年1—8月份预算执行情况,"
        "审议公共卫生服务体系建设情况、农村人居环境整治工作情况。",
    ]), tmp_path)
    assert (article.title, article.source) == ("市十五届人大常委会召开第三十二次会议", "泰兴网")


def test_an_e_papers_pager_is_no_headline_and_a_headline_broken_over_two_lines_is_joined(tmp_path: Path) -> None:
    # www.gzszx.gov.cn e-paper (web-texts-62/12): the issue and page line with 上一版 下一版; the headline set
    # over two lines, which the lead repeats whole.
    [article] = _ingest("\n".join([
        "返回首页",
        "3781期 本期35534版 当前A2 上一版   下一版",
        "正文 发布时间:2024-07-03",
        "毕节市政协召开全市乡(镇、街道)村(社区)医疗卫生机构",
        "",
        "服务能力建设情况专题议政性协商会议",
        "",
        "本报讯 (通讯员  肖昌元) 6月27日,毕节市政协召开全市乡(镇、街道)村(社区)医疗卫生机构服务能力建设情况"
        "专题议政性协商会议。市政协主席杨宏远主持会议并讲话。",
        "会上,市政府书面通报了全市乡(镇、街道)村(社区)医疗卫生机构服务能力建设情况,市政协通报了全市乡(镇、街道)"
        "村(社区)医疗卫生机构服务能力建设调研情况。",
    ]), tmp_path)
    assert article.title == "毕节市政协召开全市乡(镇、街道)村(社区)医疗卫生机构服务能力建设情况专题议政性协商会议"
    assert article.date == dt.date(2024, 7, 3) and article.body.startswith("本报讯")


def test_a_headline_that_opens_the_text_under_a_columns_name(tmp_path: Path) -> None:
    # www.hqcsw.com (web-texts-62/14): 资本观察 (the column), then the headline with its series' name.
    [article] = _ingest("\n".join([
        "资本观察",
        "",
        "高质量发展看淮安|在淮安,体会家门口就医的幸福",
        "",
        "  在位于河下古镇的吴鞠通中医馆,专业老师带老百姓打八段锦,还有专家团队定期来坐诊,现场把脉、针灸。",
        "  河下社区卫生服务中心,一家社区医院,2024年门诊量达21.8万人次,住院1.1万人次。"
        "家医签约和慢病筛查是让社区居民放心的“秘密武器”。",
        "  2024年至今,淮安市共建成9家省级基层慢病筛防中心,为超13万人完成糖尿病、高血压初筛。",
    ]), tmp_path)
    assert article.title == "高质量发展看淮安|在淮安,体会家门口就医的幸福"
    assert article.body.startswith("在位于河下古镇")


def test_a_ticker_of_headlines_run_together_and_lines_of_dialogue(tmp_path: Path) -> None:
    # www.xinhuanet.com/local/2020-02/19/c_1125597921.htm as pasted (real-pages-13/01): a ticker's headlines glued
    # into one line with no comma or full stop over the menu; the text opens with four lines of dialogue.
    [article] = _ingest("\n".join([
        "河南81家上市公司已复工75家王毅会见越南副总理兼外长范平明290人涉疫情犯罪被检察机关提起公诉中国大陆高校再度领跑"
        "泰晤士高等教育新兴经济体大学排名重庆健康码上线服务复工出行手上有工 心中不慌——珠三角务工人员陆续返岗见闻",
        "客户端",
        "新华网 正文",
        "武汉的声音：有英勇的你，才有英雄的城！",
        "2020-02-19 20:29:58 来源： 半月谈",
        "关注新华网",
        "  “妈妈，为什么还不能出去？”",
        "  “宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！”",
        "  “妈妈，什么时候才能回我们自己的家？”",
        "  “孩子，我们再等等，等到春暖花开，就可以回家了。”",
        "  在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。",
        "  即便日常已改变了模样，但生活依然要继续。纵然已有焦虑煎熬，但内心仍需要坚强。居家一日游、前后楼隔空对唱，"
        "武汉人在封闭中坚持着生活的仪式感。",
        "【纠错】 责任编辑： 焦鹏",
    ]), tmp_path)
    assert (article.title, article.source, article.date) == ("武汉的声音：有英勇的你，才有英雄的城！", "半月谈",
                                                           dt.date(2020, 2, 19))
    assert "王毅会见" not in article.body and "“宝贝，我们在打一场无声的战役" in article.body


def test_an_app_store_prompt_names_the_site_and_related_cards_end_the_text(tmp_path: Path) -> None:
    # www.qdaily.com/articles/38282.html as pasted (real-pages-13/04): 好奇心日报 at the top, 好奇心微信公众号
    # twice, 去 App 商店搜 好奇心日报 under the text, then cards (a tag, a headline, its counters).
    [article] = _ingest("\n".join([
        "好奇心日报",
        "好奇心微信公众号",
        "这个约会软件，想用你和对方的相似好恶来帮你找对象",
        "谢若含2017-03-01 14:27:02",
        "Hater 为你提供了四个选项，当你看到这些词语时可以选择喜欢、讨厌、非常喜欢或者非常讨厌，以此来匹配和你好恶相似的人。",
        "目前，Hater 拥有 31 万注册用户。平均有 3 万的日活跃用户，用户年龄集中在 18 岁到 34 岁之间。",
        "喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。",
        "分享至：",
        "城市",
        "从相亲网站到约会 app，美国人对性的态度变了多少",
        "1 30",
        "智能",
        "巴菲特半年花了 150 亿美元买苹果股票，但这公司还有好多麻烦",
        "4 63",
        "时尚",
        "现在，与“中国制造”竞争的不只有东南亚，还有东欧",
        "7 98",
        "好奇心微信公众号",
    ]), tmp_path)
    assert article.source == "好奇心日报"
    assert article.body.endswith("之间。") and "App 商店" not in article.body


def test_a_cms_code_in_the_source_field_gives_way_to_the_production_credit(tmp_path: Path) -> None:
    # m.yuduxx.com (web-texts-65/01): 来源: sp20241126, and 新华社国内部出品 under the text.
    [article] = _ingest("\n".join([
        "1至9月各级医保部门共追回医保资金160.6亿元",
        "发布时间:2024-11-26 07:33:07 来源: sp20241126",
        "  2024年医保基金监管趋势交流会暨蓝皮书发布会10月22日在京召开,发布《中国医疗保障基金监督管理发展报告(2023~2024)》。",
        "  记者从发布会上获悉,国家医保局飞行检查已覆盖全国所有省份,检查定点医药机构500家。今年1月至9月,"
        "全国各级医保部门共追回医保资金160.6亿元。",
        "  记者:徐鹏航",
        "  新华社国内部出品",
        "(责编:牛镛、岳弘彬)",
    ]), tmp_path)
    assert article.source == "新华社"


def test_two_outlets_in_a_closing_byline_and_back_to_top_ends_the_text(tmp_path: Path) -> None:
    # m.floome.cn (web-texts-65/04): 南方网、粤学习记者 王璐瑶 under the text, then Top and a numbered list.
    [article] = _ingest("\n".join([
        "我国医药产业规模位居全球第二,创新药在研数目达全球30%左右",
        "时间:2025-08-22 20:33 作者:化雪流殇",
        "  8月22日上午10时,国务院新闻办公室举行“高质量完成‘十四五’规划”系列主题新闻发布会。"
        "据悉,“十四五”以来批准的创新药达到204个、创新医疗器械265个。",
        "  会上,国家药品监督管理局副局长杨胜介绍,目前,我国医药产业规模位居全球第二位,创新药在研数目达到全球的30%左右。",
        "  南方网、粤学习记者 王璐瑶",
        "Top",
        "1、以前是小抽怡情,现在是大抽伤身,以前抽烟要有经济实力支撑的,现在呢?",
        "2、浇头简单点说就是菜,什么是浇头面",
        "小编推荐",
    ]), tmp_path)
    assert article.source == "南方网"
    assert "浇头" not in article.body


def test_an_industry_under_the_headline_is_no_account(tmp_path: Path) -> None:
    # bj.010b.com (web-texts-65/14): 医疗医药业, the page's category, between the headline and its date line.
    [article] = _ingest("\n".join([
        "【北京招商】京张医疗合作再深化 两地新增专科合作医院助力区域协同发展",
        "医疗医药业",
        "所属地区:北京 发布日期:2025年07月28日",
        "近日,京张医疗协同发展取得新突破,北京回龙观医院与张家口市沙岭子医院、首都医科大学附属北京口腔医院与"
        "张家口市口腔医院分别签署合作协议,正式挂牌成立两家跨区域专科合作医院。",
        "此次合作是京冀张医疗协同发展框架下的又一重要成果,通过优质医疗资源下沉与招商引资联动,进一步拓宽了区域医疗协作。",
    ]), tmp_path)
    assert article.source != "医疗医药业" and "source" in article.review


def test_traditional_credits_with_slanted_bars_and_related_reports(tmp_path: Path) -> None:
    # essayreally.blogspot.com (web-texts-63/09): 【聯合報╱記者陳惠惠/台北報導】, then ※ 相關報導: and comments;
    # www.ftvnews.com.tw (web-texts-63/02): (民視新聞/黃建璋、羅哲超 台北報導) and 更多新聞: links in the text.
    [udn] = _ingest("\n".join([
        "2010-06-30",
        "6成3豆菜 農藥殘留不合格",
        "【聯合報╱記者陳惠惠/台北報導】2010.06.29",
        "衛生署昨天公布今年五月農產品農藥殘留抽驗結果,豆菜類的不合格比率驚人。抽驗八件裡,就有五件農藥殘留不符規定,"
        "不合格率六成三,衛生單位仍在追查上游來源。",
        "衛生署與衛生局共同執行的市售農產品殘留農藥監測計畫,五月分共抽驗農產品一百八十三件,十八件不符規定,不合格率為百分之九點八。",
        "※ 相關報導:",
        "「混血」十穀米標台灣製 該管管啦",
        "你吃的菜乾淨嗎? 清洗蔬果四步驟",
    ]), tmp_path / "udn")
    assert udn.source == "联合报" and "混血" not in udn.body
    [ftv] = _ingest("\n".join([
        "年創1463億營收 台灣醫材高度發展力",
        "醫材產業,是全球高度發展產業。台灣2017年創造1463億元營收,幾乎每年都有50億元的成長速度。",
        "更多新聞: 南台科大攜手奇美醫院 推人工智慧醫材研發",
        "看準未來經濟實力,台灣許多廠商,除了台灣外,第一個國外市場,就選東南亞出發。政府也出錢幫忙。",
        "(民視新聞/黃建璋、羅哲超 台北報導)",
    ]), tmp_path / "ftv")
    assert ftv.source == "民视新闻" and "南台科大" not in ftv.body


def test_a_line_of_addresses_is_no_headline_and_a_one_sentence_lead_stays(tmp_path: Path) -> None:
    # www.torontowhatsup.ca (web-texts-63/10): injected spam addresses over the headline; a view count; a
    # one-sentence lead before the text.
    [article] = _ingest("\n".join([
        "http://fxxx.club www.hqsexvideos pornpals club",
        "",
        "【超大難關】加拿大統計局數據顯示    逾四百萬加拿大人沒有家庭醫生看診",
        "",
        "497",
        "",
        "在加拿大尋覓家庭醫生從來不易。",
        "",
        "加拿大統計局 (Statistics Canada) 公佈了一份有關加拿大人健康的報告。該報告提供了有關國內人口健康狀況的概述,"
        "包括健康行為、醫療保健的可及性、健康結果和健康決定因素等幾個方面。",
        "",
        "報告指於2021年,雖然大多數加拿大人,約85.5%有家庭醫生提供定期或必須之醫療保健服務,但也代表著仍然有14.4%,"
        "即約470萬人沒有家庭醫生的照顧。",
    ]), tmp_path)
    assert article.title.endswith("加拿大统计局数据显示 逾四百万加拿大人没有家庭医生看诊")
    assert article.body.startswith("在加拿大寻觅家庭医生从来不易。")


def test_leftovers_inside_and_after_paragraphs(tmp_path: Path) -> None:
    lead = "市卫生健康委近日召开会议,部署今冬明春传染病防控工作,要求各地加强监测预警,做好疫苗接种和医疗救治准备。"
    cases = {
        # js.cri.cn (web-texts-65/05): a picture's file name glued to its caption
        "file name": ("连续六年与健康相约 2023无锡健康文化大会启动_fororder_图片12_副本", "_fororder_"),
        # view.ctee.com.tw (web-texts-63/03): the picture's credit after the caption
        "credit": ("生技醫療科技政策研究中心日前舉辦春酒,大咖雲集。圖:本報資料照片", "资料照片"),
        # eracom.com.tw (web-texts-63/08): a link to the whole story after a summary
        "more": ("急診室立即做處置並送至...... 原文詳見:喜渡難關 開啟新生 感恩記者會", "原文详见"),
        # jrzz.zzc-media.com (web-texts-62/07): the writers' names spaced off the last sentence
        "names": ("要加快推进“健康长子”建设,推动全县卫生健康事业迈上新台阶。 安欣  文静", "安欣"),
        # www.jwview.com (web-texts-65/13): the site's disclaimer
        "notice": ("本网站所刊载信息,不代表中新经纬观点。", "不代表"),
        # xichu.net (web-texts-62/03): a pager
        "pager": ("总共: 1页", "总共"),
    }
    for name, (line, gone) in cases.items():
        [article] = _ingest("\n".join(["全市部署今冬明春传染病防控工作", "2025-11-20 09:30", lead, line]), tmp_path / name)
        assert gone not in article.body and article.body.startswith("市卫生健康委"), name


def test_a_layout_tables_bars_after_a_headline(tmp_path: Path) -> None:
    # www.cma.org.cn/art/2020/11/27/art_803_36687.html (web-texts-64/06): | ||||| after the headline.
    [article] = _ingest("\n".join([
        "浙江省医学会第三届医学鉴定专家培训会隆重召开 | |||||",
        "|",
        "2020年11月21日至22日,由浙江省医学会、杭州市医学会联合主办的第三届医学鉴定专家培训会在杭州隆重召开。"
        "浙江省医学会根据有关规定,对医学鉴定专家库进行换届调整。",
        "经单位推荐、本人同意和学会审核,共推荐候选人2098名,经审核正式专家2095 名,其中省级医院1285名,地市级医院810名。",
    ]), tmp_path)
    assert article.title == "浙江省医学会第三届医学鉴定专家培训会隆重召开"


def test_a_headline_of_a_few_characters_over_its_labelled_byline(tmp_path: Path) -> None:
    # www.mdweekly.com.cn e-paper (web-texts-69/01): 还愿 right over 发布时间…来源:《医师报》作者:…, far under the
    # paper's own name; www.jingji.com.cn (web-texts-69/05): 健康系平安 over its date line and a ——subtitle.
    [mdweekly] = _ingest("\n".join([
        "医师报", "— 医师报官方网站 —", "2017-03-30 总第495期", "当前位置:首页/数字报•在线读报/2017-03-30 总第495期",
        "返回上层", "标题导航", "还愿",
        "发布时间:2017-03-30来源:《医师报》作者:李静  阅读: 685  ",
        "字体尺寸:放大缩小默认",
        "3月一个普通的工作日,上海市东方医院南院社工部,迎来一位上门还钱的术后患者——已经出院半年的心外科小患者李恩典和父亲,"
        "专门从家乡邳州坐火车来到上海,把新农合报销的三万两千多元医疗费还给了医院。",
        "李恩典五岁时就确诊为复杂性先心病,但因家庭经济困难,一直没能手术。",
    ]), tmp_path / "mdweekly")
    assert (mdweekly.title, mdweekly.source, mdweekly.date) == ("还愿", "医师报", dt.date(2017, 3, 30))
    [jingji] = _ingest("\n".join([
        "今天是:", "您现在位置:经济网 >> 企业资讯 >> 浏览文章", "健康系平安",
        "2022-05-30 来源:凤凰居悦 未知   加入收藏",
        "——中国二十二冶集团有限公司承建唐山市中医医院迁建工程",
        "杨鑫",
        "医疗卫生行业作为关系到国计民生的基础行业,始终是各级政府所关注的重点。随着各地区经济的发展和人民生活水平的提高,"
        "人民对卫生资源的需求越来越高,对医疗水平的要求越来越高。",
        "中国二十二冶集团有限公司所承建的唐山市中医医院迁建工程位于唐山市站西片区内,占地面积105.9亩,总投资金约15.51亿元。",
    ]), tmp_path / "jingji")
    assert (jingji.title, jingji.source, jingji.date) == ("健康系平安", "凤凰居悦", dt.date(2022, 5, 30))


def test_two_headline_lines_over_a_newspapers_lead(tmp_path: Path) -> None:
    text = ("本报讯 最近,西安市第四人民医院内科的医护人员,走上街头为患者看病,受到了群众的欢迎。这个医院位于西安市的中心地段,"
            "每天来看病的患者很多,不论轻重病人都得排长队等候。")
    cases = {
        # szb.sxworker.com 1984 (web-texts-69/02): a short line naming who, over what they did; a 1984 date
        "who": (["西安市四院内科", "在街头设点为患者看病"], "在街头设点为患者看病"),
        # 泉州网 e-paper (web-texts-38/14): a slogan of paired phrases over the 主题
        "slogan over": (["弘扬医师职业精神 营造尊医重卫氛围", "我市举办2025年中国医师节活动"], "我市举办2025年中国医师节活动"),
        # zjrb.zjol.com.cn (web-texts-5/11): the 主题 over a slogan (the 副题)
        "slogan under": (["我省推动“互联网+医疗健康”服务快速发展", "科技赋能,守护百姓健康"], "我省推动“互联网+医疗健康”服务快速发展"),
    }
    for name, (heads, title) in cases.items():
        [article] = _ingest("\n".join(["陕西工人报官方网站 | 陕工网首页 今天是", "出版日期:1984年09月21日", "第2版", *heads, text]),
                            tmp_path / name)
        assert article.title == title, name
        assert article.date == dt.date(1984, 9, 21), name


def test_leads_credits_and_footers_that_name_overseas_and_county_sites(tmp_path: Path) -> None:
    lead = "卫生部今日宣布,明年起扩大成人预防保健服务,40岁以上民众每3年可免费健检一次,预计受惠人数将增加数十万人。"
    more = "卫生部表示,这项政策将分阶段推行,首阶段先在各大城市的公立医院实施,之后再扩展至乡区诊所。"
    cases = {
        # www.mpages.co.nz (web-texts-67/08): the site's own lead in brackets
        "华页": ["急症室轮候时间「令人无法接受」", "2022-10-20 20:55", f"(华页讯){lead}", more],
        # feihua8.com (web-texts-67/10): the site, a date and 专讯 in 【】
        "菲华吧": ["菲律宾登革热病例翻倍", "2022-08-12", f"【菲华吧2022年8月3日专讯】{lead}", more],
        # news.586.com.tw (web-texts-67/16): a two-character outlet's reporter
        "新网": ["两院研究合作计划今成果发表", "新网记者麻念台台北特稿", "2023/5/20 下午 01:44:48 / 医疗保健", lead, more],
        # chinapress.com.my (web-texts-67/03): the page's title line, its site after a bar
        "中国报": ["卫长:拟增1万5000张病床 耗150亿建设50医院 | 中国报 China Press", "卫长:拟增1万5000张病床 耗150亿建设50医院",
                 lead, more],
        # ssno1.net (web-texts-67/06): the site's name with its address in the footer
        "南部最大声": ["偏乡卫生室获颁奖致谢", "2025-03-01", lead, more, "南部最大声", "南部最大声https://ssno1.net/"],
        # www.shenqiu.gov.cn (web-texts-66/14): 主办 names a party committee first, then the government
        "沈丘县人民政府": ["我县举行护士节系列活动颁奖仪式", "来源:本站     时间:2023-05-10", lead, more,
                    "主办:中共沈丘县委  沈丘县人民政府  承办:沈丘县融媒体中心"],
    }
    for outlet, text in cases.items():
        [article] = _ingest("\n".join(text), tmp_path / outlet)
        assert article.source == outlet, outlet


def test_a_production_credit_ends_the_text_and_names_the_agency(tmp_path: Path) -> None:
    # m.wxw59.cn (web-texts-68/11): credits, 新华社音视频部制作, then someone else's numbered musings.
    [article] = _ingest("\n".join([
        "民生政策 落地有声|从“老有所护”到“护而向优”——南宁长护险试点观察",
        "当前,我国人口老龄化程度加深,建立长期护理保险制度,是守护“一老”的重要之举。",
        "作为国家第二批试点城市,南宁市自2021年3月1日起实施长护险制度。当前,南宁长护险服务项目细分为生活照护类59项、"
        "医疗护理类30项,覆盖失能人员的日常照料和专业护理需求。",
        "统筹:杨云燕", "编导:徐思远", "记者:黄凯莹、覃广华", "新华社音视频部制作",
        "1、父母对孩子最重视的指标,是确定性,什么工作稳定就让孩子干什么。",
        "2、我留心了下,中国近现代史差不多30年左右一个阶段,每一代人都有自己的机会。",
    ]), tmp_path)
    assert article.source == "新华社" and "父母对孩子" not in article.body and "编导" not in article.body


def test_taiwan_dates_on_a_press_release_and_on_the_headlines_line(tmp_path: Path) -> None:
    text = "为响应全球928世界狂犬病日,县政府9月份强化宣导防范狂犬病,呼吁饲主应每年定期带宠物犬猫注射狂犬病疫苗,9月3日将办理宣导活动。"
    # www.yunlin.gov.tw (web-texts-67/19): 云林县政府新闻参考资料 111.08.30 over the text
    [yunlin] = _ingest("\n".join(["响应国际 云县9月狂犬病防疫总动员", "云林县政府新闻参考资料 111.08.30", text]), tmp_path / "yunlin")
    assert yunlin.date == dt.date(2022, 8, 30)
    # www.nicetalknews.com.tw (web-texts-67/14): the date glued to the headline's line
    [chiayi] = _ingest("\n".join(["市府推荐情人节必胜「告白场景」 妇幼福利政策升级 助攻情侣「乐婚愿生」114.02.14", text]),
                       tmp_path / "chiayi")
    assert (chiayi.title, chiayi.date) == ("市府推荐情人节必胜「告白场景」 妇幼福利政策升级 助攻情侣「乐婚愿生」",
                                           dt.date(2025, 2, 14))


def test_more_furniture_of_county_trade_and_overseas_sites(tmp_path: Path) -> None:
    lead = "市卫生健康委近日召开会议,部署今冬明春传染病防控工作,要求各地加强监测预警,做好疫苗接种和医疗救治准备。"
    cases = {
        # pcxyy.com (web-texts-66/11): a mini program's prompt
        "prompt": (["长按图片识别小程序码,让您轻松就医"], "小程序码"),
        # town.chcg.gov.tw (web-texts-67/07): a visitor count
        "count": (["浏览人数: 34人"], "浏览人数"),
        # www.huxiu.com mirror (web-texts-69/07): a summary box's label
        "summary": (["文章摘要"], "文章摘要"),
        # bgt.vivijk.com (web-texts-68/06): a links heading and a reposting notice
        "links": (["本文部分内容来源于网络,如有侵权请联系删除", "其他热点新闻链接:", "科研之男人眼中女性的魔鬼身材"], "魔鬼身材"),
        # chinapress.com.my (web-texts-67/03): the comment section's rules
        "comments": (["*本网站有权删除或封锁任何具有性别歧视、种族歧视的留言", "必须审核的留言,或将不会即时出现"], "留言"),
        # news.skykiwi.com (web-texts-67/09): a link in the text and a screenshot's file name
        "link": (["点击阅读:【2025财算案】总理宣布斥资$1.64亿提升24小时急诊服务", "微信截图_20250518095401.png"], "点击阅读"),
        # www.wzmedia.com.cn mirror (web-texts-69/11): the writers in brackets after the last sentence
        "writers": (["实现一般病在市县解决打下坚实基础。(徐方伟、晓 心、杨金梅)"], "徐方伟"),
        # www.axxrmyy.com (web-texts-66/06): portraits' captions, a post and a name each
        "portraits": (["4.jpg", "县委书记:张阳", "5.jpg", "县委副书记、县长:陈德", "县人大常委会主任:汤平"], "陈德"),
    }
    for name, (tail, gone) in cases.items():
        [article] = _ingest("\n".join(["全市部署今冬明春传染病防控工作", "2025-11-20 09:30", lead, *tail]), tmp_path / name)
        assert gone not in article.body and article.body.startswith("市卫生健康委"), name


def test_site_logos_bylines_and_labels_around_taiwan_and_hong_kong_headlines(tmp_path: Path) -> None:
    lead = ("中央流行疫情指挥中心今天公布最新出炉的COVID-19疫苗接种政策,包括国产高端疫苗将纳入公费接种选项,"
            "并开放第二剂混打,民众可依意愿选择。")
    more = "指挥中心表示,相关接种作业将于下周起陆续展开,民众可透过疫苗预约平台登记意愿,各地卫生局将另行公告接种站点。"
    # www-static-cdn.rti.org.tw (web-texts-70/07), wp.taronews.tw (70/11): the site's logo, Latin and Chinese, on top
    for logo in ("Rti 中央广播电台", "芋传媒 TaroNews - 台湾观点.芋见真相"):
        [article] = _ingest("\n".join([logo, "COVID-19疫苗新政策:高端纳公费接种、开放混打第二剂", lead, more]), tmp_path / logo[:3])
        assert article.title == "COVID-19疫苗新政策:高端纳公费接种、开放混打第二剂", logo
    # health.ettoday.net (web-texts-70/01): 文／中央社 credits the agency
    [ettoday] = _ingest("\n".join([" date 2026-03-06 ETtoday新闻云 手机版 新闻云APP", "健保放宽大肠与头颈癌标靶给付 2900人受惠",
                                   "文／中央社", lead, more]), tmp_path / "ettoday")
    assert (ettoday.title, ettoday.source) == ("健保放宽大肠与头颈癌标靶给付 2900人受惠", "中央社")
    # srtechmedia.com (web-texts-70/09): a columnist's byline under the headline
    [column] = _ingest("\n".join(["「医疗到底是不是产业?」系列之二 药价黑洞问题要如何解决", "专栏作家林宏文", "2022-01-20 17:10",
                                  lead, more]), tmp_path / "column")
    assert column.title == "「医疗到底是不是产业?」系列之二 药价黑洞问题要如何解决" and column.date == dt.date(2022, 1, 20)
    # matsu.idv.tw (web-texts-70/05): a forum's 主题: label and the paper with dashes after it
    [forum] = _ingest("\n".join(["主题: 曾是北竿最重要医疗场所 北高军医院功能逐被卫生所取代", "来源:马祖日报--", "2012-05-03",
                                 lead, more]), tmp_path / "forum")
    assert (forum.title, forum.source) == ("曾是北竿最重要医疗场所 北高军医院功能逐被卫生所取代", "马祖日报")
    # www.e123.hk (web-texts-70/06), www.huibaoxian.com.cn (web-texts-71/14): a label glued to the headline
    for glued, title in (("高永文﹕或限医疗券应用长青网文章", "高永文﹕或限医疗券应用"),
                         ("惠民保十年:在“政策性”与“商业性”中左右为难行业动态", "惠民保十年:在“政策性”与“商业性”中左右为难")):
        [article] = _ingest("\n".join([glued, "2015-03-01", lead, more]), tmp_path / title[:4])
        assert article.title == title, glued


def test_city_paper_pages_headline_blocks(tmp_path: Path) -> None:
    lead = "晨报讯(记者 徐舒帆 通讯员 李红艳)日前,市爱卫会办公室发出通知,在全市范围内开展第23个爱国卫生月活动。"
    more = "今年4月是第23个全国爱国卫生月。通知要求,各县区要以城乡环境卫生整洁行动为抓手,全面清理卫生死角,改善城乡卫生条件。"
    # qbwb.hebiw.com (web-texts-72/13): the headline and two lines of deck over the paper's lead
    [hebi] = _ingest("\n".join(["我市启动春季爱国卫生月活动", "城乡整洁行动", "改善卫生条件", lead, more]), tmp_path / "hebi")
    assert hebi.title == "我市启动春季爱国卫生月活动" and hebi.body.startswith("晨报讯")
    # share.jcy.jinhua.com.cn (web-texts-72/06): a headline with a ——, over a breadcrumb and its writer
    [jinhua] = _ingest("\n".join(["医院院长访谈第五季——金华市中心医院", "金彩云客户端>时事 张凯", "2022-06-05 19:48",
                                  "卫生健康是经济社会发展的基础条件,也是全面建成小康社会、基本实现现代化的重要标志。" + more]),
                       tmp_path / "jinhua")
    assert (jinhua.title, jinhua.date) == ("医院院长访谈第五季——金华市中心医院", dt.date(2022, 6, 5))
    # epaper.qingdaonews.com (web-texts-72/12): a short headline over the paper's date line
    [qingdao] = _ingest("\n".join(["生命与希望", "青岛晚报 2023年09月28日 于波", "市立医院成功为患者植入人工心脏。",
                                   "突发心衰,紧急入院;反复室颤,生命在死亡线上徘徊。近日,青岛市市立医院心外科团队成功为一名患者"
                                   "植入人工心脏,为终末期心衰患者带来了生的希望。"]), tmp_path / "qingdao")
    assert (qingdao.title, qingdao.source, qingdao.date) == ("生命与希望", "青岛晚报", dt.date(2023, 9, 28))


def test_placeholders_and_a_columns_disclaimer_inside_the_text(tmp_path: Path) -> None:
    lead = "早前有内地网络平台及疑属非指定范围机构宣传长者可使用医疗券遥距应诊,卫生署表示正密切留意有关情况并会跟进。"
    more = "卫生署另指,会根据监察机制进行定期或抽样调查,如发现有医疗服务提供者违规,会采取适当行动,包括暂停其参与计划的资格。"
    cases = {
        # thestandolds.vercel.app (web-texts-70/02): a picture's alt text between paragraphs
        "picture": ("A Decorative Image", "Decorative"),
        # hk.ulifestyle.com.hk (web-texts-70/08): a promotion box's label, a video player's placeholder
        "promotion": ("同场加映:", "同场加映"),
        "player": ("Video Player is loading.", "Video Player"),
        # srtechmedia.com (web-texts-70/09): a column's disclaimer after the writer's note
        "disclaimer": ("本文作者林宏文,长期关注产业发展、投资趋势以及国家竞争力等议题。专栏文章仅代表作者本人立场。", "仅代表"),
    }
    for name, (line, gone) in cases.items():
        [article] = _ingest("\n".join(["长者医疗券不可用于遥距应诊", "2024.01.04", lead, line, more]), tmp_path / name)
        assert gone not in article.body and more[:8] in article.body, name


def test_a_headline_is_checked_against_the_words_of_its_text(tmp_path: Path) -> None:
    # www.juredian.net (web-texts-60/09): a menu's last word over the headline, which opens the text
    menu = ["室内电影", "游戏科学", "音乐整形"]
    [shop] = _ingest("\n".join([*menu, "", "连锁药店是门好生意,大参林正深耕不辍", "",
                                "连锁药店是一门好生意,在这个行当,来自广州的大参林走在了前面。1走向集中",
                                "国内药店市场一直较为分散。",
                                "大家伙可以感受一下,在一片居民区附近,是不是各种有点名气的连锁药店、没名气的单体药店都不少?",
                                "然而,药品本身是一种高度标准化的产品,并且消费者对产品真伪高度敏感。"]), tmp_path / "shop")
    assert shop.title == "连锁药店是门好生意,大参林正深耕不辍"
    assert "音乐整形" not in shop.body and shop.body.startswith("连锁药店是一门好生意")
    # guangming.com.my (web-texts-35/04): the channel's line over the headline
    [channel] = _ingest("\n".join([
        "北马精选即时国内地方", "", "【郭林氣功研究會太平分會銀禧宴】鄭國霖:修繕舊診所 政府撥3億改善醫療", "",
        "(太平28日訊)霹靂州行政議員兼后廊區州議員鄭國霖表示,昌明政府重視醫療衛生服務,並致力提升和修繕基礎設施;"
        "修繕舊診所的預算從1.5億令吉增至3億令吉,以改善鄉區診所設施,提升人民健康水平。", "",
        "他日前出席郭林氣功研究會太平分會成立25周年銀禧紀念晚宴時說,癌症發病趨勢上升,主要与現代城市生活方式相關。", "",
        "鄭國霖指出,昌明政府對醫療領域高度重視,2025年財政預算案中為衛生部撥出452億7000万令吉,是預算案中第二大撥款。"]),
        tmp_path / "channel")
    assert channel.title == "【郭林气功研究会太平分会银禧宴】郑国霖:修缮旧诊所 政府拨3亿改善医疗"


def test_a_headline_over_its_byline_stays_when_the_text_quotes_a_document(tmp_path: Path) -> None:
    # money.163.com (real-pages-9/02): a comment's headline over its byline, then the statistics bureau's
    # release in full under its own title, which echoes the text far more than the page's headline does
    [article] = _ingest("\n".join([
        "网易首页 > 财经频道 > 宏观新闻 > 正文",
        "中国2015年GDP增速“破7” 创近25年来新低",
        "2016-01-19 10:03:14 来源: 国家统计局",
        "分享到：",
        "2015 年国民经济运行稳中有进、稳中有好",
        "（2016年1月19日）",
        "2015年，面对错综复杂的国际形势和不断加大的经济下行压力，党中央、国务院保持战略定力，统筹谋划国际国内两个大局，"
        "坚持稳中求进工作总基调，国民经济运行稳中有进、稳中有好。",
        "初步核算，全年国内生产总值676708亿元，按可比价格计算，比上年增长6.9%。分季度看，一季度同比增长7.0%。",
    ]), tmp_path)
    assert article.title == "中国2015年GDP增速“破7” 创近25年来新低"


def test_a_pictures_credit_and_a_reporters_credit_are_no_outlet(tmp_path: Path) -> None:
    # www.taiwancenter.com/sdtca (web-texts-19/06): the association's name over its newsletter, then the
    # headline over its reporter's credit (刘武鸿报导)
    [talk] = _ingest("\n".join([
        "美國加州聖地牙哥台灣同鄉會", "San Diego Taiwanese Cultural Association", "2006 年 11 月",
        "十月份生活座談:「退休族的醫療保險」", "劉武鴻報導",
        "退休族65歲以後的醫療保險,基本上是靠聯邦政府的Medicare。Medicare承保的項目大致分成住院的開銷和門診的開銷,"
        "住院的部分不必繳保費,門診的部分則每月要繳保費。",
        "講員也說明了補充保險的種類,以及如何依自己的健康狀況和經濟能力選擇適合的保險計劃。"]), tmp_path / "talk")
    assert talk.title == "十月份生活座谈:「退休族的医疗保险」"
    assert talk.source != "刘武鸿报导"
    # www.bbc.com/zhongwen (real-pages-10/09): 图像来源， over the agency's name is the picture's credit
    [fire] = _ingest("\n".join([
        "香港大埔宏福苑大火幸存者：第一次觉得死亡和我有关", "图像来源，", "BBC NEWS CHINESE", "2025年11月30日",
        "“那一刻，我见到熊熊烈火的时候……第一次觉得死亡和我有关系。”在香港宏福苑大火中的幸存者李先生在获救之后，"
        "告诉BBC中文他当时的感受。",
        "火灾发生当天，李先生正在家里休息。他说，起初只是闻到烟味，后来才发现对面大楼已经起火。"]), tmp_path / "fire")
    assert fire.source != "BBC NEWS CHINESE"


def test_a_page_flattened_into_one_line_is_taken_apart_again(tmp_path: Path) -> None:
    # std.stheadline.com/realtime (web-texts-75/20): headline, date, caption, slider buttons, text, share
    # bar and the links to the next articles, all on one line
    [dengue] = _ingest("衞生防護中心錄兩宗登革熱 患者曾分別到泰國及大馬 2017-02-24 16:39 衞生防護中心錄兩宗登革熱。資料圖片 "
                       "Previous Next 衞生防護中心公布由本月17日起截至昨日,中心錄得兩宗登革熱確診個案,一名病人潛伏期內曾到泰國,"
                       "另一名病人則曾到訪馬來西亞。 截至昨日,今年至今錄得共14宗個案,分別六宗從泰國、四宗菲律賓,其餘來自馬來西亞、"
                       "馬爾代夫、斯里蘭卡等。衞生防護中心呼籲市民無論於本地或外地旅遊,均需時刻保持環境衞生、防蚊控蚊及採取個人保護"
                       "措施。 關鍵字 Facebook WhatsApp WeChat 微博 Twitter 電郵 文字 列印 上一篇 海關葵涌檢90萬支私煙 市值240萬元 "
                       "下一篇 1月份誘蚊產卵器指數維持0.1% 最新回應\n最新回應\n", tmp_path / "dengue")
    assert (dengue.title, dengue.date) == ("卫生防护中心录两宗登革热 患者曾分别到泰国及大马", dt.date(2017, 2, 24))
    assert dengue.body.startswith("卫生防护中心公布由本月17日起") and "防蚊控蚊" in dengue.body
    for gone in ("Previous", "WhatsApp", "上一篇", "最新回应"):
        assert gone not in dengue.body, gone
    # www.healthr.com (web-texts-5/12): the address glued to the headline, then the byline, on one line
    [transfer] = _ingest("跨省就医直接结算全国突破300万人次http://www.healthr.com 2019年10月08日 09:32 作者:李红梅 来源:人民日报 "
                         "本报北京10月7日电(记者李红梅)来自国家医保局的最新统计数据显示,截至2019年8月底,全国跨省异地就医住院医疗费用"
                         "直接结算人次突破300万,累计结算人次达到318万。 截至8月底,跨省异地就医定点医疗机构数量为21824家,"
                         "二级及以下定点医疗机构19090家。 8月当月跨省异地就医直接结算人次为30.5万,医疗费用总额为73.1亿元。 "
                         "国家医保局表示,将继续扩大定点医疗机构覆盖范围。\n", tmp_path / "transfer")
    assert (transfer.title, transfer.source, transfer.date) == ("跨省就医直接结算全国突破300万人次", "人民日报", dt.date(2019, 10, 8))
    assert transfer.body.startswith("本报北京10月7日电")


def test_notices_before_the_article_are_no_headline(tmp_path: Path) -> None:
    text = ("行政長官李家超到訪黃大仙區,進行《施政報告》地區諮詢。他參觀區內的地區康健中心,並與中心內的職員和長者製作健康月餅。\n"
            "李家超又在社交專頁表示,地區康健中心是基層醫療系統的樞紐,負責統籌為市民提供的基層醫療服務。\n")
    headline = "施政報告|李家超落區進行地區諮詢 到康健中心與長者整月餅"
    cases = {
        # today.line.me (web-texts-75/09): an old browser's notice
        "browser": "請更新您的瀏覽器\n您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本,以獲得最佳使用體驗。\n",
        # health.ltn.com.tw (web-texts-75/17): the age notice of a page rated for adults
        "adults": "您即將進入之新聞內容 需滿18歲 方可瀏覽。\n根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定，已於網站首頁"
                  "或各該限制級網頁，依台灣網站分級推廣基金會規定作標示。 台灣網站分級推廣基金會（TICRF）網站：http://www.ticrf.org.tw\n",
        # technow.com.hk (web-texts-75/14): a ticker of other headlines, three spaces apart, some long
        "ticker": "《Disney +》 迪士尼、Marvel、彼思、星球大戰…  東京遊戲展2021 蘇菲的鍊金工房2 ~不可思議夢的鍊金術士發表   "
                  "《Deathloop》加長版遊戲體驗搶先看   歡迎來到《Knockout City》——世界躲避球大亂鬥之都   "
                  "日本最大汽車連鎖百貨AUTOBACS將進駐電競設施!「AUTOBACS REDEE Emotorsports Stadium」於4月16日隆重開幕!   "
                  "鷹眼將於3月18日加入《漫威復仇者聯盟》\n",
    }
    for name, notice in cases.items():
        [article] = _ingest(notice + headline + "\n" + text, tmp_path / name)
        assert article.title == "施政报告|李家超落区进行地区咨询 到康健中心与长者整月饼", name
        assert article.body.startswith("行政长官李家超"), name


def test_a_headline_over_its_text_above_a_box_of_related_articles(tmp_path: Path) -> None:
    # www.news-zx.com (web-texts-75/18): an undated report, then 相关推荐 and teasers longer than it
    [article] = _ingest("\n".join([
        "盧寵茂︰公院年輕專科醫生近年流失較多", "盧寵茂︰公院年輕專科醫生近年流失較多",
        "醫務衞生局局長盧寵茂接受本台節目訪問時表示,近年有越來越多公立醫院醫生離職,轉往私人市場執業,當中以30至39歲,"
        "剛考取專科醫生資格的群組流失最多。",
        "另外,盧寵茂表示,上月到醫院探望於大半年前接受了心臟移植手術的女嬰芷希。他指出與內地建立恒常器官移植互助機制,"
        "對本港病人「有著數無蝕底」。",
        "来源:香港電台", "相关推荐", "-",
        "楊潤雄:預計明年推出未來旅遊發展藍圖",
        "楊潤雄:預計明年推出未來旅遊發展藍圖 文化體育及旅遊局局長楊潤雄表示,本港自2月關口開放後,旅客增長速度頗快,"
        "單以8月計算,已經回復至2017至19年平均大約七成的水平。至於剛過去…",
        "2023-10-290 22 0 -",
        "譚耀宗︰區議員借場辦初選需解釋",
        "譚耀宗︰區議員借場辦初選需解釋 譚耀宗︰區議員借場辦初選需解釋 政府昨日安排港島區區議員宣誓,7名非建制派區議員被指"
        "宣誓有效性存疑。全國人大常委譚耀宗認為,部分曾借出場地舉辦民主派…",
        "2021-09-110 96 0 -",
    ]), tmp_path)
    assert (article.title, article.source) == ("卢宠茂︰公院年轻专科医生近年流失较多", "香港电台")
    assert "杨润雄" not in article.body and "刚考取专科医生资格" in article.body


def test_an_outlet_glued_to_the_lead_that_names_it_again(tmp_path: Path) -> None:
    # www.xgzhdz.com (web-texts-73/07): 來源:平潭網 and the lead 平潭網10月1日訊(… on one line
    [article] = _ingest("\n".join([
        "實驗區領導調研醫療衛生工作",
        "2025-10-01 10:05:31 來源:平潭網平潭網10月1日訊(融媒體記者 林小玉)9月29日,實驗區黨工委委員、管委會副主任何杰民"
        "前往福建醫科大學附屬協和醫院平潭分院,實地調研衛生健康工作開展情況。",
        "在醫院感染樓,何杰民與醫護人員深入交流,細致察看科室布局與功能分區,詳細詢問門診每日接診量、患者就診流程等運行情況。",
    ]), tmp_path)
    assert (article.source, article.date) == ("平潭网", dt.date(2025, 10, 1))
    assert article.body.startswith("平潭网10月1日讯(融媒体记者 林小玉)9月29日")


def test_pictures_credits_in_more_forms_and_pinyin_of_several_syllables(tmp_path: Path) -> None:
    lead = "日前,市卫生健康委在市人民医院举行义诊活动启动仪式,来自全市各级医院的专家为群众提供诊疗咨询和健康指导服务。"
    more = "活动现场,专家们耐心解答群众提出的问题,并为前来咨询的群众测量血压、血糖,发放健康宣传资料两千余份。"
    cases = {
        # www.businessweekly.com.tw (web-texts-77/02): the photographer after 摄影者
        "photographer": "■全民健保明年提高费率,劳工团体可能再次挞伐。 (摄影者.卜华志 )",
        # www.knews.com.tw (web-texts-77/12): the credit and a zoom button after the caption's full stop
        "zoom": "健保总体检报告揭露令人忧心的「三多」现象。沈君帆摄 zoomin",
        # news.ttv.com.tw (web-texts-77/10): 图/ and where the picture was taken from
        "taken": "和信医院从昨晚开始就涌现预约残剂的排队人潮。图/翻摄自陈昭姿脸书",
        # porvex.com (web-texts-78/20): 摄影 and the name, after a space
        "spaced": "义诊现场 摄影 杨薇",
        # 414w.com (web-texts-78/15): a screenshot's label
        "screenshot": "社交平台视频截图",
    }
    for name, caption in cases.items():
        page = ["首页", "新闻中心", "健康资讯", "市卫健委启动2024年“健康义诊进社区”活动", "2024-05-20", "分享到：", lead, caption,
                more, "打印本页", "关闭窗口"]  # a page's chrome around it: one paragraph a line, as pasted
        [article] = _ingest("\n".join(page), tmp_path / name)
        assert caption[:6] not in article.body and more[:10] in article.body, name
    # shache.cc (web-texts-78/17): a converter's pinyin after whole words, not only after one character
    [parking] = _ingest("\n".join(["市人民医院新增一百余个停车位", "2024-05-20",
                                   "市人民医院停车场(tíngchēchǎng)内,不少就医者车辆有序停放,设置的电子屏实时显示(xiǎnshì)"
                                   "各个停车场剩余车位,为车主提供清晰指引。", more]), tmp_path / "pinyin")
    assert "停车场内,不少就医者" in parking.body and "实时显示各个停车场" in parking.body


def test_labels_and_accounts_are_no_outlet_and_outlets_lose_what_is_glued_to_them(tmp_path: Path) -> None:
    text = ("5月15日下午,院党委副书记、院长刘军主持召开院长办公会,传达2023年全市卫生健康工作会议精神,研究部署下一步工作。\n"
            "会议指出,要深刻认识、准确把握公立医院高质量发展的目标和举措,推动各项工作落实落细。\n")
    headline = "院长办公会传达全市卫生健康工作会精神\n"
    # www.wj120.com.cn (web-texts-76/03): the CMS account that posted it
    [admin] = _ingest(headline + "发布时间:2023-05-16 15:24\n本文来源: 系统超管\n" + text, tmp_path / "admin")
    assert admin.source != "系统超管"
    # wjw.xiaogan.gov.cn (web-texts-76/16): 发表时间 is the date's label
    [label] = _ingest(headline + "发表时间 2020-12-20 09:37\n" + text, tmp_path / "label")
    assert label.source not in ("发表", "发表时间") and label.date == dt.date(2020, 12, 20)
    # www.mianyang.cn CDC (web-texts-57/10): 文章来源 right after the time, no space
    [glued] = _ingest(headline + "发布日期:2024-03-22 12:31文章来源: 绵阳市疾病预防控制中心 浏览次数:\n" + text, tmp_path / "glued")
    assert glued.source == "绵阳市疾病预防控制中心"
    # www.lianzhou.gov.cn (web-texts-52/05): 本网- before the bureau's name
    [own] = _ingest(headline + "来源:本网-连州市医疗保障局 发布时间:2020-04-29 10:26:14 字体大小: 浏览次数:-\n" + text, tmp_path / "own")
    assert own.source == "连州市医疗保障局"
    # www.workercn.cn (web-texts-12/04): the writer's name glued to the site's
    [writer] = _ingest(headline + "2012-07-18 14:43:44来源:中工网张颖\n" + text, tmp_path / "writer")
    assert writer.source == "中工网"


def test_a_pictures_file_name_spaced_before_a_paragraph(tmp_path: Path) -> None:
    # wei.gov.cn (web-texts-76/02): the picture's file name, many spaces, then the paragraph
    [article] = _ingest("\n".join([
        "县卫健局召开党组理论学习中心组学习会", "2020-09-03",
        "9月2日,县卫健局召开党组理论学习中心组学习会议,传达学习县委全会精神,安排部署下一阶段重点工作。",
        "1599118196798626.jpg                 会上,局长翟军锋领学了县委书记樊中青同志和县委副书记、政府代县长高巍同志的重要讲话。",
    ]), tmp_path)
    assert ".jpg" not in article.body and "会上,局长翟军锋领学了" in article.body


def test_english_labels_tags_and_sections_are_no_outlet_and_a_players_label_goes(tmp_path: Path) -> None:
    text = ("衛生福利部今天宣布,明年起將胃癌篩檢納入公費項目,45歲以上民眾可免費接受幽門螺旋桿菌檢測,預計每年約有數十萬人受惠。\n"
            "國健署表示,胃癌是國人常見癌症之一,及早篩檢可以降低死亡率,呼籲符合資格的民眾把握機會,主動接受檢查。\n")
    # www.shotnews.tw (web-texts-80/02): a tag under the headline, a word the headline holds
    [tagged] = _ingest("首頁>健康\n明年胃癌篩檢納公費 45歲以上可免費檢測\n胃癌篩檢\n2025.03.04 14:21 (2025.03.04更新) | 謝亦然\n" + text,
                       tmp_path / "tagged")
    assert tagged.source != "胃癌筛检"
    # east.more-news.tw (web-texts-80/05): Published before the date
    [published] = _ingest("新聞中心\n明年胃癌篩檢納公費 45歲以上可免費檢測\nPublished 2026 年 3 月 14 日\nShare\n" + text,
                          tmp_path / "published")
    assert published.source != "Published" and published.date == dt.date(2026, 3, 14)
    # ytyhyy.com (web-texts-81/03): a section's heading with its English name, under the breadcrumb
    [section] = _ingest("亚太易和药业\n\n您所在的位置 > 亚太易和药业 > 新闻中心 > 行业新闻 >\n行业新闻Company News\n"
                        "2018年度中国医药工业百强榜权威发布!\n发布时间: 2019-08-27 来源:未知 点击次数:\n"
                        "8月25日,由中国医药工业信息中心主办的2019年(第36届)全国医药工业信息年会在成都召开,会上发布了2018年度中国医药工业百强榜。\n"
                        "榜单显示,百强企业主营业务收入合计达到9000亿元,占全国医药工业主营业务收入的三成以上。\n", tmp_path / "section")
    assert section.source != "行业新闻"
    # www.cqol.net (web-texts-79/14) and www.jrcq.cn (web-texts-79/12): a reader's label, a screenshot's label
    [reader] = _ingest("\n".join(["国家组织冠脉支架接续采购29日开标!拟中选支架均价为770元", "2022-11-30 07:30", "来源: 央视财经",
                                  "人工智能朗读:", "国家组织高值医用耗材联合采购办公室集中采购组组长高雪表示,此次接续采购共有11家企业中选。",
                                  "通报截图", "拟中选支架均价为770元,与首轮集采中选均价持平,患者负担将保持在较低水平。"]), tmp_path / "reader")
    assert "朗读" not in reader.body and "截图" not in reader.body and "患者负担" in reader.body


def test_a_numbered_subhead_gives_way_to_the_headline_printed_twice_above(tmp_path: Path) -> None:
    # www.fmstw.org (web-texts-74/10): the headline twice (the page's title, then its own), the writers and
    # their posts, then the first section's numbered subhead over the text
    [article] = _ingest("\n\n".join([
        "|", "中醫臨床訓練報導(二):後負責醫時代", "中醫臨床訓練報導(二):後負責醫時代", "歐世宸ab、李育權b",
        "a台灣醫學生聯合會(第27屆)中醫事務委員會主席", "b中國醫藥大學學士後中醫學系教育權利部部長(第29屆)",
        "本文亦同步刊登於研精醫訊第106期(2015)",
        "前篇報導─>醫臨床訓練報導(一) 「中醫醫療機構負責醫師訓練計劃」的困境與挑戰", "1.政府政策走向",
        "長期以來,我國對於醫療人員的培育,是採取「教、考、訓、用」合一的方式。以往靠自學而考照的中醫師特考模式,已在2011年正"
        "式落日,宣示著中醫師的培育在「教」與「考」兩方面的接軌。而在「訓」與「用」的方面,行政院衛生福利部中醫藥司(前衛生署中醫"
        "藥委員會)為了中醫師臨床訓練,設計了三階段的進程(附圖一)。自2002至2008年為第一階段:建構中醫整體臨床教學體系計"
        "劃。2009至2013年為第二階段:推動負責醫師訓練計劃。2014年之後為第三階段:建立中醫專科醫師訓練制度。此三階段的"
        "進程設計,是為了改善早期的教學醫院中,嚴重缺乏中醫部門、使中醫臨床教育遲遲無法進入常態體系的情況。透過前二階段的實行,特"
        "別是將中醫部門納入教學醫院評鑑職類,目前全台已有71間符合資格的教學醫院中醫部或中醫醫院,由衛福部嚴格的評核其教學制度與"
        "成果。",
        "政府的走向顯而易見,整體上是仿照西醫師培育的架構來推行。西醫師在1988年開始,透過專科醫師制度影響健保分配的方式,"
        "成功建立分科制度。",
    ]), tmp_path)
    assert article.title == "中医临床训练报导(二):后负责医时代"


def test_short_lines_of_latin_chrome_in_a_chinese_text_go(tmp_path: Path) -> None:
    # newsvoice.info (web-texts-84/08): a player's and a picture's leftovers between paragraphs; a quoted
    # English name in a list of quotes (real-pages-13/04) and an English sentence stay
    lead = "泰国头条新闻社讯 8日泰国总理办发言人阿努查表示,政府保证会监管好每一位泰民的每一项权利,巴育总理作为疫情防控中心主席,已下令各部门全力配合。"
    more = "他还称,如果隔离14天后检测的结果显示未感染新冠,那么依旧可以重复免费检测。但如果检测确诊,那么必须入住政府指定的医院接受治疗。"
    [article] = _ingest("\n\n".join([
        "泰官方再次重申:新冠治疗免费,政府为民出钱医治 - 泰国头条新闻", "feature-image", "Play all audios:", "Loading...", lead,
        "- Advertisement -", "“Lady Gaga”", "We will never give up on the people of this country, he said.", more,
        "Leave a comment"]), tmp_path)
    for gone in ("feature-image", "Play all", "Loading", "Advertisement", "Leave a comment"):
        assert gone not in article.body, gone
    assert "“Lady Gaga”" in article.body and "We will never give up" in article.body and more[:10] in article.body


def test_of_two_headline_lines_the_one_the_pages_index_names_is_the_headline(tmp_path: Path) -> None:
    # paper.xinmin.cn (web-texts-73/12): the e-paper's index of the page's headlines, then 主题 and 副题
    [article] = _ingest("\n".join([
        "2025年04月05日 星期六",
        "“年度最小太阳”带来凉爽? 医保卡余额 全家能共享 “夜间仙子” 散蕊香 禁止价格欺诈新规本月起施行 未经客户同意 收集人脸信息 广告",
        "第7版:综合新闻 2022-07-05", "", "医保卡余额 全家能共享", "", "上海本月启动组建家庭共济网", "",
        "本报讯 (记者 屠瑜)医保卡里的钱用完了,我可以共享家人卡里的余额吗?好消息来了!7月起,本市正式启动医保家庭共济组网。"
        "个人账户家庭共济使用,是指职工医保个人账户的历年结余资金,从仅限职工本人使用,拓展到可以给配偶、父母及子女等家庭成员共济使用。",
        "",
        "本市历年账户有结余的职工医保参保人,可以自愿组建家庭共济网,通过“随申办市民云” App、随申办微信小程序、随申办支付宝小程序,"
        "将本人已参加本市职工医保或者居民医保的配偶、父母、子女作为共济成员。",
    ]), tmp_path)
    assert article.title == "医保卡余额 全家能共享"


def test_a_forums_label_over_the_headline_far_above_the_text_is_no_headline(tmp_path: Path) -> None:
    # bbs.mzsky.com (web-texts-83/12): a forum's label over the thread's title, then the post's tools, the
    # poster's status and the post's time, then the text
    [article] = _ingest("\n".join([
        "点标签看更多好帖", "", "梅州新生儿疾病筛查成效显著 被央视报道", "", "[复制链接] 0", "收藏", "1", "回复", "1174", "查看",
        "打印 上一主题 下一主题", "", "该用户从未签到", "", "楼主", "跳转到指定楼层",
        "发表于 2016-11-28 16:39:51 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式", "",
        "11月23日晚,中央电视台在CCTV-1、CCTV-13的《焦点访谈》节目中,以《为妇女儿童撑起一片天》为题,对《中国妇女发展纲要"
        "(2011-2020年)》和《中国儿童发展纲要(2011-2020年)》实施五年成效进行了报道。在全长15分26秒的报道中,梅州市新生儿疾病筛查工作被重点介绍。",
        "",
        "  该报道对梅州市妇幼保健计划生育服务中心在新生儿疾病筛查信息采集、网络信息管理等方面的工作进行了详细介绍。",
    ]), tmp_path)
    assert (article.title, article.date) == ("梅州新生儿疾病筛查成效显著 被央视报道", dt.date(2016, 11, 28))


def test_a_date_whose_year_is_followed_by_the_month_sign(tmp_path: Path) -> None:
    # www.ftulegco.org.hk (web-texts-82/12): the site's template prints 月 where 年 belongs
    [article] = _ingest("\n\n".join([
        "最新消息", "50至75歲 大腸癌篩查恒常化 先導計劃照腸鏡 揭6.4%癌症", "2018 月 07 月 31 日",
        "衛生署將於8月6日(下周一)起恒常化推行大腸癌篩查計劃,由先導計劃涵蓋的61至70歲人士,擴展至50至75歲的人士。",
        "先導計劃推行至今,參加者當中有6.4%經大腸鏡檢查後確診患上大腸癌,另有近半人發現有大腸腺瘤。",
    ]), tmp_path)
    assert article.date == dt.date(2018, 7, 31) and "date" not in article.review


def test_a_byline_line_printed_twice_over_the_text_is_no_headline(tmp_path: Path) -> None:
    # yyk.fh21.com.cn/hospital_1741/tsyl/7073.html (blind set web-texts-88/09): the headline, then its
    # 时间/作者 line printed twice right over the text.
    [article] = _ingest("\n".join([
        "我院冬病夏治三伏贴盛况空前,成绩斐然",
        "时间:2013-07-31 00:00 作者:复禾健康",
        "时间:2013-07-31 00:00 作者:复禾健康",
        "2013年我院的冬病夏治工作在院领导的高度重视以及各部门通力配合下,经过一个多月的宣传造势,"
        "7月13日头伏敷贴人数达1万3千人次,较2012年头伏人数增长了20%,同时由于地铁的开通,凤凰门诊的敷贴人数比去年明显增加。",
        "敷贴现场",
        "今年敷贴除了以老人小孩为主的阵营外,还增加了不少年轻的面孔,这其中大多数是处于亚健康状态的白领阶层,"
        "由于工作环境造成的空调病,四肢冷,易感冒等,借此冬病夏治的时节进行敷、灸等综合治疗,以增强体质。",
    ]), tmp_path)
    assert article.title == "我院冬病夏治三伏贴盛况空前,成绩斐然"
    assert article.date == dt.date(2013, 7, 31)
    assert "时间" not in "".join(article.paragraphs)
