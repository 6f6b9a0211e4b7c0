"""Every Indonesian word of a public class name of pengadaan is in docs/glossary.md (the
shared glossary test lists the first domains; this one covers the procurement domain)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from perangkat_daerah import pengadaan

GLOSSARY = (Path(__file__).parents[2] / "docs" / "glossary.md").read_text(encoding="utf-8").lower()
CLASSES = sorted(n for n in pengadaan.__all__ if inspect.isclass(getattr(pengadaan, n)))


@pytest.mark.parametrize("name", CLASSES)
def test_class_words_are_glossed(name: str) -> None:
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+", name)
    missing = [w for w in words if not re.search(rf"\b{re.escape(w.lower())}\b", GLOSSARY)]
    assert not missing, f"{name}: add {missing} to docs/glossary.md"
