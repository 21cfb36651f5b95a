"""Message templates, zh-CN first and English second, rendered with named parameters."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TEMPLATES", "Template", "render"]


@dataclass(frozen=True, slots=True)
class Template:
    """A message in both languages; ``subject`` is used for e-mail only."""

    subject_zh: str
    subject_en: str
    body_zh: str
    body_en: str


TEMPLATES: dict[str, Template] = {
    "verification_code": Template(
        subject_zh="您的验证码",
        subject_en="Your verification code",
        body_zh="您的验证码为 {code},{minutes} 分钟内有效。请勿告诉他人。",
        body_en="Your verification code is {code}. It expires in {minutes} minutes. "
        "Do not share it.",
    ),
}


def render(template: str, params: dict[str, str], locale: str) -> tuple[str, str]:
    """Subject and body of ``template`` in ``locale`` (``zh*`` → Chinese, else English).

    Raises:
        KeyError: the template does not exist or a parameter is missing.
    """
    t = TEMPLATES[template]
    if locale.lower().startswith("zh"):
        return t.subject_zh, t.body_zh.format_map(params)
    return t.subject_en, t.body_en.format_map(params)
