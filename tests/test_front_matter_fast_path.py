"""The fast front-matter reader gives exactly what PyYAML gives, or declines and lets PyYAML read."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from bulletin.yamltext import load_simple_mapping, load_yaml

TRICKY = [
    "title: 123", "title: yes", "title: off", "title: null", "title: ~", "title: 1.5e3", "title: 0x1F",
    "title: 2025-07-09", "date: 2025-7-9", "title: a: b", "title: a #comment", "title: 'quoted'",
    'title: "双引号"', "title: ''", 'url: ""', "title: 标题：副题", "title: 50%的医院", "title: @handle",
    "title: -负号开头", "title: ?问号", "title: *别名", "title: &锚", "title: !标签", "title: |", "title: >",
    "tags: []", "tags: [医改, 医保]", "tags: [a, 1]", "tags: [a, yes]", "tags: [a:b]", "tags: ['a', b]",
    "tags: [a, [b]]", "tags:\n  - a\n  - b", "title: 多行\n  续行", "title: a\ntitle: b", "title:", "# 注释\ntitle: a",
    "url: https://example.cn/a?x=1&y=2#frag", "title: 末尾冒号:", "title: 含\t制表符", "title:  两个空格",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_path_agrees_with_pyyaml_or_declines(text: str) -> None:
    fast = load_simple_mapping(text)
    if fast is None:
        return
    assert fast == load_yaml(text, "x.md")


def test_fast_path_reads_plain_front_matter_and_declines_the_rest() -> None:
    assert load_simple_mapping("title: 标题\ntags: [医改, 医保]\nurl: \"\"") == {
        "title": "标题", "tags": ["医改", "医保"], "url": ""}
    for text in ("title: 123", "title: yes", "title: a: b", "tags: [a, 1]", "title: 'q'"):
        assert load_simple_mapping(text) is None, text


def test_every_seed_takes_the_fast_path_with_the_same_result() -> None:
    for path in sorted(SEEDS.glob("*.md")):
        front = path.read_text(encoding="utf-8").split("---\n")[1]
        assert load_simple_mapping(front) == load_yaml(front, path), path.name
