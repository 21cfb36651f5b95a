"""Chinese (zh-CN) wording of the checker's and parser's diagnostics.

The pipeline words its diagnostics in English, with the user's names, values and code in
them (``unknown field staff.ratng``). :func:`in_chinese` rewords one message or hint: each
pattern below matches one English wording and names its parts, which go into the Chinese
wording unchanged (they are DSL text: names, values, operators). Compound messages ("… (in a
reason placeholder)", "a, b or c") are reworded part by part. A wording without a pattern
stays English, so a new diagnostic is never lost, only untranslated until it gets one
(``tests/rules_dsl/test_messages_zh.py`` checks every golden diagnostic has one).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["in_chinese"]

# (English wording as a regex with named parts, Chinese wording with the same names)
_WORDINGS: Final[list[tuple[str, str]]] = [
    # names and clauses
    (r"unknown field (?P<x>\S+)", "未知字段 {x}"),
    (r"unknown (?P<rec>task|staff) field (?P<x>\S+)", "未知的 {rec} 字段 {x}"),
    (r"unknown function (?P<x>\S+)", "未知函数 {x}"),
    (r"unknown unit '(?P<x>.+)'", "未知单位“{x}”"),
    (r"did you mean (?P<x>.+)\?", "是不是 {x}?"),
    (r"known values: (?P<x>.+)", "可用的值:{x}"),
    (r'"(?P<v>.*)" is not a known value of (?P<x>\S+)', "“{v}”不是 {x} 的已知取值"),
    (r"(?P<x>\S+) may be missing", "{x} 可能缺失"),
    (
        r"write `(?P<x>.+) \?\? <value>` or guard with `exists (?P<y>.+) and …`",
        "写成 `{x} ?? <默认值>`,或先用 `exists {y} and …` 判断",
    ),
    (r"(?P<x>.+) is never missing; `exists` is always true", "{x} 从不缺失,`exists` 恒为真"),
    (r"(?P<x>.+) is never missing; `\?\?` has no effect", "{x} 从不缺失,`??` 不起作用"),
    (r"(?P<x>\S+) needs a service type", "{x} 需要一个服务类型"),
    (r"write (?P<x>\S+\(task\.type\))", "写成 {x}"),
    (r"(?P<x>\S+) is a field, not a lookup", "{x} 是字段,不能带参数调用"),
    (r"write (?P<x>\S+) without \(…\)", "去掉 {x} 后面的 (…)"),
    (r"(?P<x>\S+)\(…\) takes 1 argument, not (?P<n>\d+)", "{x}(…) 只接受 1 个参数,而不是 {n} 个"),
    (
        r"(?P<x>\S+) takes (?P<m>\d+) argument\(s\), not (?P<n>\d+)",
        "{x} 接受 {m} 个参数,而不是 {n} 个",
    ),
    (r"write (?P<x>\S+\(.*\))", "写成 {x}"),
    (
        r"a policy named (?P<x>\S+) already exists \(line (?P<n>\d+)\)",
        "已有名为 {x} 的策略(第 {n} 行)",
    ),
    (r"only one default policy is allowed", "只能有一个默认策略"),
    (r"the default is (?P<x>\S+)", "默认策略是 {x}"),
    (
        r"no default policy: tasks that match no policy will not be dispatched",
        "没有默认策略:不符合任何策略的任务将不会被派单",
    ),
    (
        r"add `default policy NAME` with the catch-all rules",
        "添加 `default policy 名称`,写上兜底规则",
    ),
    (r"policy (?P<x>\S+) has no `applies when` clause", "策略 {x} 缺少 `applies when` 子句"),
    (
        r"add `applies when …`, or write `default policy` for the catch-all",
        "添加 `applies when …`,或把兜底策略写成 `default policy`",
    ),
    (
        r"a default policy applies to every task; remove `applies when`",
        "默认策略适用于所有任务;请删除 `applies when`",
    ),
    (
        r"policy (?P<x>\S+) never applies: its `applies when` cannot hold",
        "策略 {x} 永远不会生效:它的 `applies when` 条件不可能成立",
    ),
    (
        r"policy (?P<x>\S+) never applies: every task it matches is taken first by policy "
        r"(?P<y>\S+)",
        "策略 {x} 永远不会生效:它匹配的每个任务都先被策略 {y} 处理",
    ),
    (
        r"raise its priority or narrow the earlier policy",
        "提高它的优先级,或收窄前面那个策略的适用范围",
    ),
    (r"requirement (?P<x>\S+) is defined twice", "要求 {x} 定义了两次"),
    (r"preference (?P<x>\S+) is defined twice", "偏好 {x} 定义了两次"),
    (r"preference (?P<x>\S+) has weight 0", "偏好 {x} 的权重为 0"),
    (r"(?P<x>.+) appears twice in policy (?P<y>\S+)", "{x} 在策略 {y} 中出现了两次"),
    (r"no requirement named (?P<x>\S+) in this policy", "本策略中没有名为 {x} 的要求"),
    (r"requirement (?P<x>\S+) cannot be relaxed", "要求 {x} 不能放宽"),
    (
        r"only `expression <, <=, >, >= literal` requirements can be relaxed",
        "只有形如 `表达式 <、<=、>、>= 常量` 的要求可以放宽",
    ),
    (r"relaxing (?P<x>\S+) to (?P<v>.+) makes it stricter", "把 {x} 放宽到 {v} 反而更严格了"),
    (
        r"`neighbours` has no effect: no requirement uses same_region\(staff, task\)",
        "`neighbours` 不起作用:没有要求用到 same_region(staff, task)",
    ),
    (
        r"nothing runs after `escalate`; make it the last step",
        "`escalate` 之后的步骤不会执行;请把它放在最后",
    ),
    (
        r"mode steps go push, then broadcast, then pool, each at most once",
        "派单方式须按 push、broadcast、pool 的顺序,每种最多一次",
    ),
    (r"`accept within` needs a duration", "`accept within` 需要一个时长"),
    (
        r"broadcast needs a whole number of staff, at least 1",
        "broadcast 需要一个至少为 1 的整数人数",
    ),
    (r"e\.g\. (?P<x>.+)", "例如 {x}"),
    (r"(?P<x>.+) is not a time of day", "{x} 不是一天中的时刻"),
    (
        r"write hours 00-23 and minutes 00-59, e\.g\. (?P<x>.+)",
        "小时写 00-23、分钟写 00-59,例如 {x}",
    ),
    # grading and weights
    (r"a preference must be graded onto 0\.\.1", "偏好必须映射到 0..1"),
    (
        r"use scale\(value, best …, worst …\) or a yes/no condition",
        "使用 scale(值, best …, worst …) 或一个是/否条件",
    ),
    (r"weights must not be negative", "权重不能为负"),
    (r"swap best and worst in the scale instead", "改为在 scale 中交换 best 和 worst"),
    (r"best and worst are equal", "best 和 worst 相等"),
    (r"give the scale two different ends", "给 scale 两个不同的端点"),
    (r"scale needs one `best` and one `worst`", "scale 需要一个 `best` 和一个 `worst`"),
    (r"cannot scale (?P<x>.+)", "无法对 {x} 使用 scale"),
    # types and units
    (
        r"(?P<x>.+) is a plain number but must be a (?P<t>\S+)",
        "{x} 是不带单位的数字,但这里需要 {t}",
    ),
    (r"add a unit, e\.g\. (?P<x>.+)", "加上单位,例如 {x}"),
    (r"(?P<x>.+) is (?P<f>\S+) but must be (?P<t>\S+)", "{x} 的类型是 {f},但这里需要 {t}"),
    (r"(?P<x>.+) must be (?P<t>.+), not (?P<f>\S+)", "{x} 必须是 {t},而不是 {f}"),
    (r"cannot negate (?P<x>.+)", "无法对 {x} 取负"),
    (r"list items must all be texts or all numbers", "列表中的项必须全是文本或全是数字"),
    (r"(?P<x>\S+) values cannot be ordered with (?P<op>\S+)", "{x} 类型的值不能用 {op} 比较大小"),
    (r"(?P<x>\S+) values cannot be compared", "{x} 类型的值不能比较"),
    (
        r"the right side of `(?P<op>.+)` must be a list, not (?P<x>\S+)",
        "`{op}` 的右边必须是列表,而不是 {x}",
    ),
    (r"the list is empty, so this test never matches", "列表为空,这个判断永远不会成立"),
    (r"cannot compute (?P<x>.+)", "无法计算 {x}"),
    (r"division by zero", "除以零"),
    (
        r"units are km, m \(metres\), min, h and s, e\.g\. 10 km or 30 min",
        "单位有 km、m(米)、min、h 和 s(秒),例如 10 km 或 30 min",
    ),
    (r"cannot order candidates by (?P<x>.+)", "不能按 {x} 给候选人排序"),
    (r"cannot show the whole (?P<x>\S+) record", "不能显示整条 {x} 记录"),
    (r"show a field such as (?P<x>\S+)", "请显示一个字段,例如 {x}"),
    (r"`applies when` can only read the task", "`applies when` 只能读取任务"),
    (r"move conditions on staff into `require` clauses", "把关于师傅的条件移到 `require` 子句中"),
    # examples
    (
        r"the example's (?P<rec>task|staff) record lacks (?P<x>\S+), read by this policy",
        "示例的 {rec} 记录缺少本策略读取的 {x}",
    ),
    (r"eligible, but the example expects ineligible", "符合条件,但示例期望不符合"),
    (r"ineligible: (?P<x>\S+) \((?P<why>.*)\)", "不符合条件:{x}({why})"),
    # syntax
    (r"'(?P<op>.+)' is missing its right-hand side", "“{op}”缺少右侧的操作数"),
    (r"complete the expression on this line", "在这一行写完表达式"),
    (r"expected ':' before '(?P<x>.+)'", "“{x}”之前缺少“:”"),
    (
        r"write `require NAME : condition` or `prefer NAME weight N : grade`",
        "写成 `require 名称 : 条件` 或 `prefer 名称 weight N : 评分`",
    ),
    (r"'=' is not an operator", "“=”不是运算符"),
    (r"use '==' to compare", "比较相等请用“==”"),
    (r"unexpected '(?P<x>.+)' outside a policy", "策略之外出现了意外的“{x}”"),
    (
        r"start a policy with `policy NAME` or `default policy NAME`",
        "用 `policy 名称` 或 `default policy 名称` 开始一个策略",
    ),
    (r"this text is not closed", "文本的引号没有闭合"),
    (r"close it with (?P<x>.+) on the same line", "在同一行用 {x} 闭合"),
    (r"unexpected character '(?P<x>.+)'", "意外的字符“{x}”"),
    (
        r"outside quotes use ASCII punctuation; Chinese text belongs inside \"…\"",
        '引号外请使用英文标点;中文文字要写在 "…" 里',
    ),
    (r"write and, or, not", "请写 and、or、not"),
    (r"unexpected '(?P<x>.+)' after a bare name", "单独的名称后面出现了意外的“{x}”"),
    (
        r"write a field as task\.NAME or staff\.NAME, or call a function with f\(…\)",
        "字段写成 task.名称 或 staff.名称,函数写成 f(…)",
    ),
    (r"the line ends too early: expected (?P<w>.+)", "这一行结束得太早:应为 {w}"),
    (r"unexpected (?P<x>.+): expected (?P<w>.+)", "意外的 {x}:应为 {w}"),
    (
        r"a preference needs a weight: `prefer close weight 3 : …`",
        "偏好需要权重:`prefer close weight 3 : …`",
    ),
    (r"order a tie-break key with asc or desc", "用 asc 或 desc 指定平局比较键的顺序"),
    (r"a clause starts with one of: (?P<x>.+)", "子句须以下列之一开头:{x}"),
    (r"brackets are nested too deeply", "括号嵌套太深"),
    (r"this clause has too many operators", "这个子句的运算符太多"),
    (r"the policy text is nested too deeply", "策略文本嵌套太深"),
    (r"split the condition into several requirements", "把条件拆成几条要求"),
]
# Parts that are themselves English wordings (what was expected, where an error is).
_PARTS: Final[dict[str, str]] = {
    "an expression": "表达式",
    "the end of the line": "行尾",
    "the end of the text": "文本结尾",
    "in a reason placeholder": "在原因的占位符中",
    "a comparison (<, <=, ==, !=, >=, >)": "比较(<、<=、==、!=、>=、>)",
    "a value with a unit such as 10 km or 5 min": "带单位的值,例如 10 km 或 5 min",
    "a time of day such as 08:30": "一天中的时刻,例如 08:30",
    "the relaxed value": "放宽后的值",
    "the default after `??`": "`??` 后面的默认值",
    "the right side": "右边",
    "this comparison": "这个比较",
}
_COMPILED: Final = [(re.compile(english), chinese) for english, chinese in _WORDINGS]
_CONTEXT: Final = re.compile(r"(?P<message>.+) \((?P<context>[^()]+)\)")
_IN: Final = re.compile(r"(?P<what>`.+`|.+?) in (?P<where>this comparison|the left side of `.+`)")


def in_chinese(text: str | None) -> str | None:
    """``text`` (a diagnostic's message or hint) in Chinese; unchanged when no wording fits."""
    if text is None:
        return None
    return _reword(text)


def _reword(text: str) -> str:
    if text in _PARTS:
        return _PARTS[text]
    for pattern, chinese in _COMPILED:
        found = pattern.fullmatch(text)
        if found is not None:
            return chinese.format(**{k: _part(v) for k, v in found.groupdict().items()})
    compound = _CONTEXT.fullmatch(text)
    if compound is not None and compound["context"] in _PARTS:
        return f"{_reword(compound['message'])}({_PARTS[compound['context']]})"
    return text


def _part(value: str) -> str:
    """A named part: DSL text stays; an English phrase inside it is reworded."""
    if value in _PARTS:
        return _PARTS[value]
    placed = _IN.fullmatch(value)
    if placed is not None:
        where = placed["where"]
        side = re.fullmatch(r"the left side of (`.+`)", where)
        where_zh = f"{side[1]} 的左边" if side else _PARTS.get(where, where)
        return f"{where_zh}中的 {placed['what']}"
    if " or " in value:  # "an expression, ')' or ']'": a list of what may come
        head, last = value.rsplit(" or ", 1)
        items = [_PARTS.get(item, item) for item in head.split(", ")]
        if last == "…":
            return "、".join(items) + " 等"
        return "、".join(items) + " 或 " + _PARTS.get(last, last)
    return value
