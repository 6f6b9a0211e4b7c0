"""The reports layer sits on top: no module below it imports it (not even lazily inside a
function), and no module outside it builds HTML, Markdown or SVG text."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import perangkat_daerah

PACKAGE = Path(perangkat_daerah.__file__).parent
TOP = {"dokumen", "cli", "integrasi"}  # the top floor: the only places rendering may live
MODULES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if p.relative_to(PACKAGE).parts[0] not in TOP and p.name != "__main__.py"
)
MARKUP = re.compile(
    r"(?<!\?P)<\s*/?\s*(svg|html|head|body|table|thead|tbody|tr|td|th|p|div|span|br|h[1-6]|ul|ol|li|"
    r"figure|rect|text|line|path|title|style|script)(?=[\s>/])"
    r"|^\s*\|?\s*:?-{3,}:?\s*\|"  # a Markdown table rule
    r"|^#{1,6} "  # a Markdown heading
    r"|^flowchart |^digraph |-->",  # Mermaid / DOT
    re.IGNORECASE | re.MULTILINE,
)


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def test_the_rule_covers_the_domains() -> None:
    names = {p.relative_to(PACKAGE).parts[0] for p in MODULES}
    assert {"akuntabilitas", "anggaran", "organisasi", "pelayanan", "calendar"} <= names


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_upward_import(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        for target in targets:
            parts = target.split(".")
            assert not (parts[0] == "perangkat_daerah" and len(parts) > 1 and parts[1] in TOP), (
                f"{_name(path)}:{node.lineno} imports {target}"
            )


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_markup_outside_the_reports_layer(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            found = MARKUP.search(node.value)
            assert found is None, f"{_name(path)}:{node.lineno} builds markup: {node.value!r}"


def test_the_detector_finds_what_the_old_renderers_wrote() -> None:
    for text in ('<svg xmlns="x">', "<td>", "|---|---|", "## Bab I", "flowchart TD", "a --> b"):
        assert MARKUP.search(text), text
