"""The label words pages print before an article's outlet (来源, 文章来源, 消息来源…), in one place.

Several readers look for these labels, each in its own position: a byline's 来源：X, a label left alone on
its line with its value on the next, a label at a paragraph's end, a credit spaced off the text. They share
this list so that a label learnt from one page is known to all of them. (The editors' rules file,
``defaults/clutter.yaml``, keeps its own copy: it is data that editors read and extend.)
"""

from __future__ import annotations

# 来源 and the words sites print for it, longest first so that an alternation takes the whole label.
SOURCE_LABEL_WORDS: tuple[str, ...] = (
    "新闻资料来源", "资料来源", "本文来源", "稿件来源", "文章来源", "信息来源自", "信息来源", "新闻来源", "消息来源", "来源单位", "来源于", "来源自", "来源",
)
# Words that name who issued a document or supplied a story, read like 来源 on a byline.
ISSUER_LABEL_WORDS: tuple[str, ...] = (
    "发布机构", "发文机关", "发布单位", "发布部门", "发布机关", "供稿单位", "刊载者", "出处", "转载自", "转自", "撰文", "供稿",
)

SOURCE_LABEL = "|".join(SOURCE_LABEL_WORDS)
ISSUER_LABEL = "|".join(ISSUER_LABEL_WORDS)
