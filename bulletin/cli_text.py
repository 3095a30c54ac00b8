"""The command line's own words in Chinese: help headings, the help option, metavars, usage errors.

Typer (through the click it vendors as ``typer._click``) writes "Usage:", "Show this message and exit.",
``<list[str]>`` and "Error: No such option" in English, with no catalog to translate them. ``install``
replaces those few methods and strings once, at import of ``bulletin.cli``, so every command and every
future one speaks Chinese without a ``metavar=`` or ``cls=`` on each option. ``tests/test_desk_words.py``
checks every command's help for English boilerplate, so a Typer upgrade that moves a string is caught.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Typer's own strings (typer.core looks each up through gettext's ``_`` when it prints).
_WORDS = {
    "Arguments": "参数",
    "Options": "选项",
    "Commands": "命令",
    "required": "必填",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "Aborted!": "已中断。",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有这个命令：{name!r}。",
}

HELP_OPTION_TEXT = "显示此帮助并退出。"

# What an option's value is, by the option's parameter name (the clearest), then by its type.
_VALUE_NAMES = {
    "date": "日期", "reference_date": "日期", "at": "时:分", "project": "目录", "into": "目录",
    "unit_dir": "目录", "folder": "目录", "inputs": "文件或网址", "edition": "版本", "number": "期号",
    "wait": "秒数", "title": "标题", "source": "来源", "url": "网址",
}
_TYPE_NAMES = {"str": "文字", "int": "整数", "float": "数字", "dir": "目录", "path": "路径", "file": "文件",
               "bool": "是/否"}

# Usage errors, English as click and pydantic word them → Chinese.
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"No such option: (\S+)(?: \(Possible options: (.+)\))?$", re.S),
     lambda m: f"没有这个选项：{m[1]}" + (f"（是不是：{m[2]}？）" if m[2] else "")),
    (re.compile(r"Option '(.+)' requires an argument\.$"), lambda m: f"选项 {m[1]} 后面需要写一个值。"),
    (re.compile(r"Option '(.+)' requires (\d+) arguments\.$"), lambda m: f"选项 {m[1]} 后面需要写 {m[2]} 个值。"),
    (re.compile(r"Option '(.+)' does not take a value\.$"), lambda m: f"选项 {m[1]} 后面不能写值。"),
    (re.compile(r"Missing argument '(.+)'\.(.*)$", re.S), lambda m: f"缺少参数：{_value_name(m[1])}。"),
    (re.compile(r"Missing option '(.+)'\.(.*)$", re.S), lambda m: f"缺少选项：{m[1]}。"),
    (re.compile(r"Missing parameter: (.+)$"), lambda m: f"缺少参数：{_value_name(m[1])}。"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)$", re.S), lambda m: f"多余的参数：{m[1]}。"),
    (re.compile(r"Invalid value for (.+?): (.*)$", re.S), lambda m: f"{m[1]} 的值不对：{_reason(m[2])}"),
    (re.compile(r"Invalid value: (.*)$", re.S), lambda m: f"值不对：{_reason(m[1])}"),
]
_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Input should be a valid integer.*"), lambda m: "应为整数。"),
    (re.compile(r"Input should be a valid number.*"), lambda m: "应为数字。"),
    (re.compile(r"Input should be greater than or equal to (\S+)"), lambda m: f"应不小于 {m[1]}。"),
    (re.compile(r"Input should be greater than (\S+)"), lambda m: f"应大于 {m[1]}。"),
    (re.compile(r"Input should be less than or equal to (\S+)"), lambda m: f"应不大于 {m[1]}。"),
    (re.compile(r"Input should be less than (\S+)"), lambda m: f"应小于 {m[1]}。"),
    (re.compile(r"Input should be a valid boolean.*"), lambda m: "应为 true 或 false。"),
    (re.compile(r"Directory '(.+)' is a file\."), lambda m: f"“{m[1]}”是文件，这里需要目录。"),
    (re.compile(r"File '(.+)' is a directory\."), lambda m: f"“{m[1]}”是目录，这里需要文件。"),
    (re.compile(r"(?:Path|File|Directory) '(.+)' does not exist\."), lambda m: f"“{m[1]}”不存在。"),
    (re.compile(r"Value '?(.+?)'? is not a valid (\S+)\."), lambda m: f"“{m[1]}”不是有效的值。"),
]


def _value_name(name: str) -> str:
    return _VALUE_NAMES.get(name.strip("'"), name)


def _reason(text: str) -> str:
    for pattern, say in _REASONS:
        match = pattern.match(text.strip())
        if match:
            return say(match)
    return text


def translate_message(message: str) -> str:
    """A usage error as the editor should read it (unknown wordings pass through: better than nothing)."""
    for pattern, say in _MESSAGES:
        match = pattern.match(message.strip())
        if match:
            return say(match)
    return message


def _word(text: str) -> str:
    return _WORDS.get(text, text)


def _metavar(label: str) -> str:
    """``<list[str]>`` → ``<文字>…``, ``<int>`` → ``<整数>``."""
    inner = label.strip("<>")
    many = inner.startswith("list[") and inner.endswith("]")
    if many:
        inner = inner[5:-1]
    words = "|".join(_TYPE_NAMES.get(part, part) for part in inner.split("|"))
    return f"<{words}>" + ("…" if many else "")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: a Chinese character takes two (click counts one)."""
    import unicodedata

    plain = re.sub(r"\033\[[;?0-9]*[a-zA-Z]", "", text)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in plain)


def short_help(help: str, max_length: int = 45) -> str:
    """A command's line in the command list: its first sentence, cut to fit (Chinese has no spaces to cut at)."""
    first = re.split(r"(?<=[。！？])|\n\s*\n", help.strip(), maxsplit=1)[0].strip().rstrip("。")
    first = " ".join(first.split())
    if display_width(first) <= max_length:
        return first
    clauses = [match.start() for match in re.finditer(r"[，：；（]", first)]
    fitting = [end for end in clauses if display_width(first[:end]) <= max_length]
    if fitting:
        return first[:fitting[-1]]  # whole clauses read better than a cut word
    while display_width(first + "…") > max_length:
        first = first[:-1]
    return first + "…"


def number_range(low: float | None, high: float | None) -> str | None:
    """``x>=1`` → ``不小于 1``: an option's allowed range as the help shows it."""
    if low is None and high is None:
        return None
    if low is None:
        return f"不大于 {high}"
    if high is None:
        return f"不小于 {low}"
    return f"{low} 至 {high}"


def install() -> None:
    """Put the Chinese words into Typer's help and error output (idempotent)."""
    import typer.core as typer_core
    from typer import _click
    from typer._click import decorators, exceptions, formatting

    if getattr(typer_core, "_bulletin_chinese", False):
        return
    typer_core._bulletin_chinese = True  # type: ignore[attr-defined]
    setattr(typer_core, "describe_number_range", number_range)  # noqa: B010
    setattr(typer_core, "_", _word)  # noqa: B010  (typer.core looks its words up through gettext's "_")

    english_help_option = decorators.help_option

    def help_option(names: list[str]) -> Callable[[Any], Any]:
        add = english_help_option(names)

        def apply(command: Any) -> Any:
            add(command)
            command.params[-1].help = HELP_OPTION_TEXT
            return command
        return apply

    decorators.help_option = help_option  # type: ignore[assignment]

    formatting.term_len = display_width  # type: ignore[assignment]  # columns line up under Chinese text
    _click.core.make_default_short_help = lambda help, max_length=45: short_help(help, max_length)  # type: ignore[attr-defined]
    formatting.HelpFormatter.write_heading = (  # type: ignore[method-assign]
        lambda self, heading: self.write(f"{'':>{self.current_indent}}{heading}：\n"))

    english_write_usage = formatting.HelpFormatter.write_usage

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        english_write_usage(self, prog, args, "用法：" if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]

    english_pieces = _click.Command.collect_usage_pieces

    def collect_usage_pieces(self: Any, ctx: Any) -> list[str]:
        words = {"[OPTIONS]": "[选项]", "COMMAND [ARGS]...": "命令 [参数]..."}
        return [words.get(piece, piece) for piece in english_pieces(self, ctx)]

    _click.Command.collect_usage_pieces = collect_usage_pieces  # type: ignore[method-assign]
    typer_core.TyperGroup.subcommand_metavar = "命令 [参数]..."  # type: ignore[attr-defined]
    if hasattr(typer_core.TyperGroup, "collect_usage_pieces"):
        english_group_pieces = typer_core.TyperGroup.collect_usage_pieces

        def group_usage_pieces(self: Any, ctx: Any) -> list[str]:
            words = {"[OPTIONS]": "[选项]", "COMMAND [ARGS]...": "命令 [参数]..."}
            return [words.get(piece, piece) for piece in english_group_pieces(self, ctx)]

        typer_core.TyperGroup.collect_usage_pieces = group_usage_pieces  # type: ignore[method-assign]

    parameter: Any = typer_core.TyperArgument.__mro__[1]  # _TyperParameter, where display_type lives
    english_display_type = parameter.display_type

    def display_type(self: Any, ctx: Any) -> str:
        if getattr(self, "param_type_name", "") == "argument":
            return ""  # an argument's name already says what it is
        if self.name in _VALUE_NAMES:
            return f"<{_VALUE_NAMES[self.name]}>"
        label = english_display_type(self, ctx)
        return _metavar(label) if label else label

    parameter.display_type = display_type
    parameter.display_name_raw = property(
        lambda self: self.metavar if self.metavar is not None else _VALUE_NAMES.get(self.name, self.name))

    def usage_display_name(self: Any) -> str:
        name = self.display_name_raw + ("..." if self.nargs != 1 else "")
        return name if self.required else f"[{name}]"

    typer_core.TyperArgument._usage_display_name = usage_display_name  # type: ignore[method-assign]

    for kind in (typer_core.TyperOption, typer_core.TyperArgument):
        english_record = kind.get_help_record

        def help_record(self: Any, ctx: Any, english: Any = english_record) -> tuple[str, str] | None:
            record = english(self, ctx)
            if record is None:
                return None
            name, help = record
            # "[默认：60.0; 不小于 0]": the notes after the help, separated the Chinese way
            return name, re.sub(r"\[([^\[\]]*)\]$", lambda m: "[" + m[1].replace("; ", "；") + "]", help)

        kind.get_help_record = help_record  # type: ignore[method-assign]

    def show_error(self: Any, file: Any = None) -> None:
        file = file or exceptions.get_text_stderr()
        ctx = getattr(self, "ctx", None)
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                hint = f"运行“{ctx.command_path} {ctx.help_option_names[0]}”查看用法。\n"
            _click.echo(f"{ctx.get_usage()}\n{hint}", file=file)
        _click.echo(f"错误：{translate_message(self.format_message())}", file=file)

    exceptions.ClickException.show = show_error  # type: ignore[method-assign]
    exceptions.UsageError.show = show_error  # type: ignore[method-assign]
