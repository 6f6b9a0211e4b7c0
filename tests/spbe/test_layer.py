"""spbe and keterbukaan sit low: they import only the ground, the calendar and sla."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import perangkat_daerah

PACKAGE = Path(perangkat_daerah.__file__).parent
ALLOWED = {
    "_data",
    "_deprecated",  # the deprecated-name helpers: standard library only
    "angka",  # the ground: how findings write their figures in Bahasa Indonesia
    "calendar",
    "errors",
    "exact",
    "io",
    "law",
    "sla",
}
MODULES = sorted(p for name in ("spbe", "keterbukaan") for p in (PACKAGE / name).rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_stay_low(path: Path) -> None:
    own = path.relative_to(PACKAGE).parts[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] != "perangkat_daerah" or len(parts) == 1:
                continue
            assert parts[1] in ALLOWED | {own}, f"{path.name} imports {name}"
