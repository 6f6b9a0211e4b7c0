"""Every Indonesian word of a public class name is explained in docs/glossary.md."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

GLOSSARY = (Path(__file__).parents[1] / "docs" / "glossary.md").read_text(encoding="utf-8").lower()
PACKAGES = (
    "akuntabilitas",
    "anggaran",
    "calendar",
    "kepegawaian",
    "keterbukaan",
    "law",
    "organisasi",
    "pelayanan",
    "pengadaan",
    "perencanaan",
    "regions",
    "sla",
    "spbe",
    "urusan",
    "wilayah",
)
# The machinery vocabulary (English by the vocabulary rule): not glossed.
ENGLISH = frozenset(
    [
        "band",
        "calendar",
        "check",
        "citation",
        "clock",
        "compliance",
        "cycle",
        "date",
        "datetime",
        "day",
        "days",
        "deadline",
        "due",
        "duration",
        "error",
        "file",
        "finding",
        "hook",
        "info",
        "indicator",
        "inventory",
        "kind",
        "layer",
        "leave",
        "line",
        "mismatch",
        "naive",
        "mismatch",
        "override",
        "overrun",
        "pause",
        "plan",
        "plugin",
        "problem",
        "provider",
        "rating",
        "refused",
        "region",
        "resolution",
        "regime",
        "rule",
        "selector",
        "service",
        "severity",
        "skipped",
        "static",
        "stats",
        "status",
        "table",
        "tracked",
        "target",
        "unit",
        "unknown",
        "validation",
        "weighting",
        "work",
        "working",
        "zero",
    ]
)


def _public_classes() -> list[str]:
    names = []
    for package in PACKAGES:
        module = importlib.import_module(f"perangkat_daerah.{package}")
        names += [n for n in module.__all__ if inspect.isclass(getattr(module, n))]
    return sorted(set(names))


def _glossed(word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", GLOSSARY) is not None


@pytest.mark.parametrize("name", _public_classes())
def test_indonesian_words_of_public_names_are_in_the_glossary(name: str) -> None:
    if _glossed(name.lower()):  # an acronym such as LKjIP is glossed whole
        return
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+", name)
    missing = [w for w in words if w.lower() not in ENGLISH and not _glossed(w.lower())]
    assert not missing, f"{name}: add {missing} to docs/glossary.md"
