"""The check every domain's tests run on its findings: each carries its message in Bahasa
Indonesia (``pesan``), with figures and dates written the Indonesian way."""

from __future__ import annotations

import re
from collections.abc import Iterable

from perangkat_daerah.law import Finding

ENGLISH_STYLE = re.compile(r"\d\.\d|>=|<=|\b\d{4}-\d{2}-\d{2}\b")
"""An English-style decimal (``19.50``), ``>=``/``<=`` or an ISO date in running text."""

INDONESIAN_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])")
"""A number with Indonesian thousands separators (``1.500.000,00``), left out of the check."""


def periksa_pesan(findings: Iterable[Finding], *codes: str) -> tuple[Finding, ...]:
    """``findings``, after asserting that each has a ``pesan`` of its own (not the English
    ``message``) without an English-style figure; ``codes`` are the kode/paths the inputs put
    into messages (they stay as written and are left out of the figure check)."""
    found = tuple(findings)
    for f in found:
        assert f.pesan, f"no pesan: {f}"
        assert f.pesan != f.message, f"pesan is the English message: {f}"
        text = INDONESIAN_NUMBER.sub("", f.pesan)
        for code in codes:
            text = text.replace(code, "")
        assert not ENGLISH_STYLE.search(text), f"English-style figure in pesan: {f.pesan!r}"
    return found
