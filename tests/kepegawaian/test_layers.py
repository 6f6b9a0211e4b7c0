"""kepegawaian sits above organisasi, sla, calendar and akuntabilitas: it imports only from
below, and nothing below imports it."""

from __future__ import annotations

import ast
from pathlib import Path

import perangkat_daerah

PACKAGE = Path(perangkat_daerah.__file__).parent
BELOW = {
    "akuntabilitas", "angka", "calendar", "errors", "exact", "io", "law", "organisasi", "sla", "wilayah",
    "kepegawaian", "_data",
}  # fmt: skip
ABOVE = {"kepegawaian", "dokumen", "cli", "contoh", "testing", "integrasi", "regions_builtin"}


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("perangkat_daerah")
        ):
            parts = node.module.split(".")
            out |= {parts[1]} if len(parts) > 1 else {a.name for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {
                a.name.split(".")[1] for a in node.names if a.name.startswith("perangkat_daerah.")
            }
    return out


def test_kepegawaian_imports_only_from_below() -> None:
    for path in (PACKAGE / "kepegawaian").glob("*.py"):
        assert _imports(path) <= BELOW, path.name


def test_nothing_below_imports_kepegawaian() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] in ABOVE:
            continue
        assert "kepegawaian" not in _imports(path), path
