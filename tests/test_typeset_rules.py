"""The shared text preparation (bulletin.typeset) and the paragraph kinds of the issue model, rule by rule."""

from __future__ import annotations

import pytest

from bulletin.issue import classify_paragraphs, is_caption, is_list_line, is_subhead
from bulletin.typeset import (
    NBSP,
    WJ,
    ZWSP,
    balance_lines,
    break_addresses,
    plain_text,
    prepare_line,
    prepare_text,
    text_width_em,
)


@pytest.mark.parametrize("text", [
    "https://epaper.gmw.cn/gmrb/html/2023-08/25/nw.D110000gmrb_20230825_2-12.htm",
    "doi:10.3760/cma.j.cn112137-20230801-00123",
    "zhoubao-editor@example.cn",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnop-0123456789",
])
def test_long_strings_get_a_break_opportunity_after_each_separator(text: str) -> None:
    prepared = break_addresses(f"详见{text}。")
    assert prepared.replace(ZWSP, "") == f"详见{text}。"  # nothing else changes
    pieces = prepared.split(ZWSP)
    assert len(pieces) >= 3 and max(len(piece) for piece in pieces) < 40
    assert all(piece[-1] in "/.-_?&=" for piece in pieces[:-1])


def test_the_latin_spacing_rule_is_one_rule_whatever_the_source() -> None:
    for source in ("在AI快速发展的2025年", "在 AI 快速发展的 2025 年", "在 AI快速发展的2025 年"):
        assert plain_text(prepare_line(source, "quarter")) == "在 AI 快速发展的 2025 年"
        assert plain_text(prepare_line(source, "none")) == "在AI快速发展的2025年"


def test_a_space_between_chinese_characters_never_stretches() -> None:
    assert prepare_line("智汇两岸 强基赋能", "quarter") == "智汇两岸\u3000强基赋能"  # one grid cell
    assert prepare_line("构建“基础-临床-转化” 创新体系", "quarter") == "构建“基础-临床-转化”创新体系"


def test_numbers_stay_with_units_and_dates_and_codes_stay_whole() -> None:
    assert f"79.0{NBSP}岁" in prepare_line("平均预期寿命达到79.0 岁", "quarter")
    assert f"79.0{WJ}岁" in prepare_line("平均预期寿命达到79.0岁", "none")
    assert f"7{NBSP}月{NBSP}11{NBSP}日" in prepare_line("于7月11日召开", "quarter")  # no breakable space inside
    code = prepare_line("依据T/CHAS 100-2025执行", "quarter")
    assert f"CHAS{NBSP}100" in code and f"100-{WJ}2025" in code


def test_the_last_line_of_a_paragraph_holds_at_least_two_characters() -> None:
    prepared = prepare_text("为患者的健康提供支撑。", "quarter")
    assert prepared.endswith(f"支{WJ}撑{WJ}。")
    assert prepare_text("结尾是英文 AI", "quarter").endswith("AI")  # a word is already more than one character


def test_centred_titles_are_balanced() -> None:
    title = prepare_text("海峡两岸医疗专家共话AI与强基：这场创新大会如何重塑未来医疗？", "quarter")
    lines = balance_lines(title, 20)
    assert len(lines) == 2 and lines[0].endswith("：")
    assert abs(text_width_em(lines[0]) - text_width_em(lines[1])) < 6
    assert balance_lines("短标题", 20) == ["短标题"]


def test_paragraph_kinds() -> None:
    paragraphs = ("导语一段。", "“数据跑腿”", "破解就医难题", "正文一段，说明情况。", "①政绩观偏差方面，如……",
                  "（一）总体要求", "正文。", "【彭慧胜 图】", "新华社记者 王鹏 摄", "最后一行没有标点")
    kinds = [block.kind for block in classify_paragraphs(paragraphs)]
    assert kinds == ["body", "subhead", "subhead", "body", "list", "subhead", "body", "caption", "caption", "body"]
    assert is_list_line("1.加强组织领导") and not is_list_line("1.2亿人次参加")
    assert is_list_line("一、行动目标") and is_subhead("一、行动目标")
    assert not is_subhead("他说：") and not is_caption("图书馆开放时间延长至晚上十点，方便读者。")
