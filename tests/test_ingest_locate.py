"""How the locator finds the article among a page's lines. Each case is a short run of lines copied, in
order, from a real page of the tests/fixtures/real-pages* sets (the set and page are named), cut down to
the lines the rule is about; the sets themselves are not committed (see their READMEs)."""

from __future__ import annotations

from bulletin.ingest.locate import is_date_line, join_split_title, locate
from bulletin.ingest.outlets import load_outlets
from bulletin.ingest.paste import Paragraph, clean_paste
from bulletin.ingest.rules import load_rules

RULES = load_rules(None)
OUTLETS = load_outlets(None)


def _located(text: str):
    cleaned = clean_paste(text, RULES, web=True)
    located = locate(cleaned.paragraphs, RULES, OUTLETS)
    assert located is not None
    return located


def _body(located) -> str:
    return "\n".join(line.text for line in located.body_lines() if line.kind in ("content", "caption", "heading"))


def test_the_first_dated_post_is_the_page_even_when_a_longer_one_follows() -> None:
    # 360快资讯 (real-pages-5/11): a one-paragraph post, the platform's notice, then another account's longer post.
    page = "\n".join([
        "美官员否认伊朗直升机事故存在谋杀行为",
        "中国新闻网",
        "2024-05-20 13:09",
        "据美国全国广播公司(NBC)报道，载有伊朗总统的直升机发生“硬着陆”事故后，美参议院多数党领袖舒默表示，"
        "已获得情报通报，目前没有证据表明该事件中存在谋杀行为。伊朗总统莱希在直升机事故中遇难，"
        "伊朗方面称事故原因正在调查之中，各方对此高度关注。",
        '以上内容（包括图片及视频）为创作者平台"快传号"用户上传并发布，本平台仅提供信息存储服务',
        "31岁在春晚一炮而红，观众都以为他隐退了，其实已经去世10年了",
        "2023-06-01 00:48",
        "可能很多人对这个名字不熟悉，但是他的一些耳熟能详的经典作品大家一定知道，比如《聚散两依依》、《乡间小路》、"
        "《爸爸的草鞋》、《思念总在分手后》等。然而就在他事业的巅峰时期，潘安邦却淡出了大众的视野。",
        "叶佳修是金牌音乐制作人，他创作了《乡间的小路》、《爸爸的草鞋》等经久流传的歌曲。然而他在听闻潘安邦童年在"
        "澎湖与外婆祖孙情深的故事之后，立刻萌发了创作作品的念头，并在很短的时间内完成了创作。",
        "在潘安邦还在世的时候，他就希望自己死后能够海葬，所以在他去世后，他的妻子按照他生前的遗愿，在澎湖湾为他举行"
        "了海葬。所以这也就是为什么很多歌迷都不知道潘安邦死去的消息，都以为他彻底的隐退了。",
    ])
    located = _located(page)
    assert located.lines[located.title].text == "美官员否认伊朗直升机事故存在谋杀行为"
    assert "没有证据表明该事件中存在谋杀行为" in _body(located)
    assert "潘安邦" not in _body(located)


def test_teasers_each_with_its_time_are_a_list_not_the_article() -> None:
    # 中国青年网 (real-pages-5/03): the article, 相关新闻, then photo teasers each over its time.
    teasers = []
    for text, time in [
        ("5月22日，拉鲁湿地国家级自然保护区管理局局长拉姆次仁在活动中邀请小学生做“小小宣讲员”和“拉鲁湿地小卫士...【详细】",
         "强图打榜 2024-05-23 09:29:34"),
        ("近年来，当地聚焦“双碳”目标，着力推进绿色发展、低碳发展和循环发展，把好节能降耗“源头关”的同时，加快...【详细】",
         "强图打榜 2024-05-22 23:33:39"),
        ("5月21日，港珠澳大桥边检站对外公布，据统计，今年截至5月21日9时40分，经港珠澳大桥珠海公路口岸出入境旅客突...【详细】",
         "强图打榜 2024-05-22 08:39:30"),
        ("新加坡航空公司一架客机21日在飞行过程中遭遇严重气流颠簸，随后紧急降落在泰国曼谷机场。【详细】",
         "强图打榜 2024-05-21 23:20:16"),
    ]:
        teasers += [text, time]
    page = "\n".join([
        "以战时内阁审查重启停火谈判提案",
        "发稿时间：2024-05-20 13:15:00",
        "来源：央视新闻客户端",
        "据以色列媒体5月19日报道，以战时内阁在18日晚开会，审查了一份重启与哈马斯进行人员交换谈判的提案。"
        "提案中包括在停火第二阶段延长停火期的内容。",
        "哈马斯本月6日宣布同意斡旋方提出的加沙地带停火提议，但以方表示哈马斯答应的条件与其要求相去甚远。"
        "7日起，哈马斯、以色列和相关斡旋方在开罗举行停火谈判。9日，谈判破裂。",
        "相关新闻",
        *teasers,
    ])
    body = _body(_located(page))
    assert "以战时内阁在18日晚开会" in body and "谈判破裂" in body
    assert "港珠澳大桥" not in body


def test_the_article_goes_on_after_a_box_inside_it() -> None:
    # 雅虎中国财经 2005 (real-pages-2/10): a 推荐阅读 box before the article's last part, 转自《…》 under it.
    page = "\n".join([
        "2004中国十大科技骗局 老中医绝食49天居首",
        "2005-01-06 08:13更新 来源：转载文章",
        "2004年3月20日至5月7日，来自四川泸州的个体老中医陈建民在四川省雅安市的一个玻璃房子里进行了49天的“绝食”表演，"
        "自称创造了人类生命的奇迹。这场和平年代的绝食秀因其活动意义的无聊和匪夷所思，引起广泛关注。",
        "这个时候，2005年的太阳已经升起过5次了。2004年的一切细节依然历历在目，那些骗局一个个被揭穿，"
        "我们回望这一年，不免感慨良多。",
        "推荐阅读",
        "2005年股市展望系列沙龙",
        "聚焦第 一次全国经济普查",
        "历史总是由或善或假，或近或远的细节与面孔串在一起。2004，除了记住那些感动我们的人和事，"
        "我们也应该记住这些骗局，记住那些被欺骗的人们，世界越发热闹，总有人不甘寂寞。",
        "2005年的太阳已经升起过5次了，但愿这是个干净的没有欺骗的一年。我们相信：纸里包不住火。",
        "转自《北京科技报》",
        "相关报道：",
    ])
    body = _body(_located(page))
    assert "老中医陈建民" in body and "但愿这是个干净的没有欺骗的一年" in body
    assert "2005年股市展望系列沙龙" not in body


def test_a_caption_that_tells_what_happened_stays() -> None:
    # 今日头条 (real-pages-5/10): one sentence and a photo caption, then the feed.
    page = "\n".join([
        "现总统阿比纳德尔宣布赢得多米尼加总统选举",
        "2024-05-20 14:33·新华社",
        "多米尼加现任总统、现代革命党候选人阿比纳德尔19日晚在竞选总部宣布，他在当天举行的总统选举首轮投票中获胜，成功连任。",
        "5月19日，在多米尼加首都圣多明各，阿比纳德尔（中）在竞选总部发表胜选演讲。 新华社记者 李梦馨 摄",
        "举报",
        "评论 0",
    ])
    assert "阿比纳德尔（中）在竞选总部发表胜选演讲" in _body(_located(page))


def test_a_document_title_over_several_lines_is_one_title() -> None:
    # 吉林省人民政府 通告 (real-pages/raw/07).
    lines = ["吉林省人民政府关于禁止在", "吉林省嫩江干流补充治理工程建设", "征占地范围内新增建设项目", "和迁入人口的通告",
             "吉政明电〔2022〕1号"]
    joined = join_split_title([Paragraph(text, number) for number, text in enumerate(lines, start=1)])
    assert joined[0].text == "吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告"
    assert joined[1].text == "吉政明电〔2022〕1号"
    # A menu word over a whole title is not joined to it (shared/corpus/real-pastes/13).
    menu = join_split_title([Paragraph("走进协会", 1), Paragraph("国务院办公厅关于成立健康中国行动推进委员会的通知", 2)])
    assert [p.text for p in menu] == ["走进协会", "国务院办公厅关于成立健康中国行动推进委员会的通知"]


def test_relative_times_and_bounds() -> None:
    assert is_date_line("法新社·2 天前")  # Yahoo 新闻 (real-pages-5/12)
    assert is_date_line("Yahoo财经·19 小时前")
    assert not is_date_line("查看旧版(2007年11月18号以前)")  # 大河网 (real-pages/23)


def test_a_data_table_a_cell_a_line_is_crossed_and_left_out() -> None:
    # 新华网 (real-pages-9/04): a 国家统计局 release with its table pasted a cell a line, then its notes.
    cells = ["2015年12月份规模以上工业生产主要数据", "12月", "1-12月", "绝对量", "同比增长", "（%）", "绝对量", "同比增长",
             "（%）", "一、规模以上工业增加值", "…", "5.9", "…", "6.1", "分三大门类", "采矿业", "…", "1.4", "…", "2.7",
             "制造业", "…", "7.0", "…", "7.0", "电力、热力、燃气及水生产和供应业", "…", "-0.8", "…", "1.4"]
    page = "\n".join([
        "2015年12月份规模以上工业增加值增长5.9%",
        "2016-01-19 10:00:00 来源：国家统计局",
        "分产品看，12月份，565种产品中有287种产品同比增长。其中，钢材9528万吨，同比下降3.4%；水泥19797万吨，下降3.7%；"
        "十种有色金属423万吨，下降4.6%；乙烯154万吨，增长4.9%；汽车263.2万辆，增长16.3%。",
        "12月份，工业企业产品销售率为98.6%，比上年同期下降0.1个百分点。工业企业实现出口交货值11077亿元，同比名义下降4.3%。",
        *cells,
        "附注",
        "根据十种有色金属、汽车、轿车产量历史数据的修订结果，分别对2014年12月至2015年1-2月十种有色金属、汽车、"
        "轿车产量的同比增速进行了修正，相关数据已在统计局网站上公布，各项数据的口径与本次发布一致。",
    ])
    located = _located(page)
    body = _body(located)
    assert "十种有色金属423万吨" in body and "根据十种有色金属、汽车、轿车产量历史数据的修订结果" in body
    assert all(line.kind == "table" for line in located.lines if line.text in ("5.9", "采矿业", "绝对量"))


def test_a_short_post_closed_by_the_platforms_notice_is_the_page() -> None:
    # 搜狐号 (real-pages-10/10): a three-sentence post, the platform's notice, then a feed of other posts.
    feed = ["53岁大姐还是黄花闺女，结果大叔一见面很满意",
            "掘金王朝宣布解散！3大悍将拒绝续约，穆雷豪言加盟快船联手哈登",
            "王志文说：“只有穷人，才会痴迷技术；只有笨人，才会想着先把事做好。”"] * 4
    page = "\n".join([
        "悲壮！布伦森遭遇左手骨折 第三节受伤提前离场",
        "2024-05-20 06:48",
        "发布于：北京市",
        "北京时间5月20日，今天NBA季后赛步行者130-109战胜尼克斯，大比分4-3晋级东部决赛。",
        "尼克斯官方宣布，布伦森第三节遭遇左手骨折，本场比赛不会回归。",
        "布伦森全场出战29分钟，17中6得到17分9助攻。",
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "热门精选",
        *feed,
    ])
    located = _located(page)
    assert located.lines[located.title].text.startswith("悲壮！布伦森遭遇左手骨折")
    assert "本场比赛不会回归" in _body(located) and "掘金王朝宣布解散" not in _body(located)
