"""Escaping of user text for the text formats the library writes (Markdown, Mermaid, DOT,
JSON in HTML). HTML itself is escaped with :func:`html.escape`."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["dot_quote", "escape_markdown", "json_for_html", "mermaid_label"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")
_MD_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)")
_SPACE = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def escape_markdown(text: str) -> str:
    r"""``text`` as literal Markdown: one line, every character that Markdown could read as
    markup (links, images, HTML tags, emphasis, headings, tables) backslash-escaped.

    >>> print(escape_markdown("[x](javascript:alert(1)) <script>\n# judul"))
    \[x\](javascript:alert(1)) \<script\> \# judul
    >>> print(escape_markdown("# judul"))
    \# judul
    >>> print(escape_markdown("- 1.250.000,00"))
    \- 1.250.000,00
    """
    line = _MD_SPECIAL.sub(r"\\\1", _one_line(text))
    line = _MD_LINE_START.sub(r"\1\\\2", line)
    if line[:1] in ("-", "=", "+"):
        line = "\\" + line
    return line


def mermaid_label(text: str) -> str:
    """``text`` as a quoted Mermaid label: one line, quotes, angle brackets and ``#`` written
    as Mermaid entity codes so a name cannot close the label or add nodes.

    >>> mermaid_label('Bidang "A"]\\n x --> y')
    '"Bidang #quot;A#quot;] x --#gt; y"'
    """
    line = _one_line(text).replace("#", "#35;")
    for char, code in (('"', "#quot;"), ("<", "#lt;"), (">", "#gt;")):
        line = line.replace(char, code)
    return f'"{line}"'


def dot_quote(*lines: str) -> str:
    """``lines`` as one quoted Graphviz DOT string (lines joined by DOT's ``\\n``).

    >>> print(dot_quote('Dinas "X"', "Kepala"))
    "Dinas \\"X\\"\\nKepala"
    """
    parts = [_one_line(x).replace("\\", "\\\\").replace('"', '\\"') for x in lines]
    return '"' + "\\n".join(parts) + '"'


def json_for_html(value: Any) -> str:
    """``value`` as JSON safe inside an HTML ``<script>`` element: ``</`` (and ``<!--``)
    cannot end the element.

    >>> json_for_html({"name": "</script><script>alert(1)</script>"})
    '{"name": "<\\\\/script><script>alert(1)<\\\\/script>"}'
    """
    text = json.dumps(value, ensure_ascii=False, indent=None)
    return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")
