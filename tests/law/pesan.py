"""The check every domain's findings pass in Bahasa Indonesia (Phase 4: ``Finding.pesan``).

A finding's ``pesan`` is non-empty, differs from its English ``message``, and writes no figure
the English way: no ``19.50``-style decimal (``1.200`` grouped the Indonesian way is fine), no
``>=``/``<=``, no ISO date in running text. A
code or a path (``32.60``, ``5.1.01``, ``versi[0]/dinsos``) stays as it is: the caller names
the codes its inputs hold and they are taken out before the figures are looked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

ENGLISH_STYLE = re.compile(r"\d\.\d|>=|<=|\b\d{4}-\d{2}-\d{2}\b")
# a figure grouped the Indonesian way (1.200, 1.250.000,50) is not an English decimal
INDONESIAN_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])")


class HasPesan(Protocol):
    @property
    def message(self) -> str: ...

    @property
    def pesan(self) -> str: ...


def english_style(pesan: str, codes: Iterable[str] = ()) -> list[str]:
    """The English-style figures in ``pesan`` once the ``codes`` are taken out.

    >>> english_style("3 bidang; paling banyak 2 (32.60)", ["32.60"])
    []
    >>> english_style("19.50% >= 20%, on 2026-01-30")
    ['9.5', '>=', '2026-01-30']
    >>> english_style("1.200 baris, Rp1.250.000,50")
    []
    """
    text = pesan
    for code in sorted(set(codes), key=len, reverse=True):
        text = text.replace(code, "<kode>")
    return ENGLISH_STYLE.findall(INDONESIAN_GROUPED.sub("<angka>", text))


def problems(findings: Iterable[HasPesan], codes: Iterable[str] = ()) -> list[str]:
    """What is wrong with the ``pesan`` of each finding (empty: every one is Indonesian)."""
    known = tuple(codes)
    out = []
    for f in findings:
        path = getattr(f, "path", getattr(f, "tahap", ""))
        where = (*known, *str(path).split("/"))
        if not f.pesan:
            out.append(f"no pesan: {f.message}")
        elif f.pesan == f.message:
            out.append(f"pesan is the English message: {f.message}")
        else:
            out += [f"{s!r} in {f.pesan}" for s in english_style(f.pesan, where)]
    return out


def periksa_pesan(findings: Iterable[HasPesan], *codes: str) -> tuple[HasPesan, ...]:
    """``findings``, after asserting that :func:`problems` finds nothing wrong with them."""
    found = tuple(findings)
    wrong = problems(found, codes)
    assert not wrong, wrong
    return found
