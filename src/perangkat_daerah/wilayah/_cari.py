"""Finding regions by name: case- and accent-insensitive, with the customary prefixes."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.wilayah import _daftar
from perangkat_daerah.wilayah._daerah import Daerah, JenisDaerah, _jenis_of, get
from perangkat_daerah.wilayah._kode import KodeWilayah, Tingkat

__all__ = ["search"]

_J = JenisDaerah
_KAB = frozenset({_J.KABUPATEN, _J.KABUPATEN_ADMINISTRASI})
_KOTA = frozenset({_J.KOTA, _J.KOTA_ADMINISTRASI})
_KEC = frozenset({_J.KECAMATAN, _J.DISTRIK})
# Customary prefixes (folded), longest first, and the kinds they name.
_PREFIXES: tuple[tuple[str, frozenset[JenisDaerah]], ...] = (
    ("kabupaten administrasi", frozenset({_J.KABUPATEN_ADMINISTRASI})),
    ("kota administrasi", frozenset({_J.KOTA_ADMINISTRASI})),
    ("kab adm", frozenset({_J.KABUPATEN_ADMINISTRASI})),
    ("kota adm", frozenset({_J.KOTA_ADMINISTRASI})),
    ("provinsi", frozenset({_J.PROVINSI})),
    ("prov", frozenset({_J.PROVINSI})),
    ("kabupaten", _KAB),
    ("kab", _KAB),
    ("kota", _KOTA),
    ("kecamatan", _KEC),
    ("kec", _KEC),
    ("distrik", _KEC),
    ("kelurahan", frozenset({_J.KELURAHAN})),
    ("kel", frozenset({_J.KELURAHAN})),
    ("desa", frozenset({_J.DESA})),
)
_PUNCT = re.compile(r"[^\w'\n]+")
_MARKS = re.compile(r"[\u0300-\u036f]+")  # combining diacritical marks, left by NFKD
_EDGES = re.compile(r" ?\n ?")
_QUOTES = ("\u2019", "\u2018", "`")


def fold_all(texts: Iterable[str]) -> list[str]:
    """Each text lower-cased, accents and punctuation dropped, spaces collapsed; done on all
    texts at once so that a whole level folds in a few C-level passes.

    >>> fold_all(["  Kab. Bu Nuapu\u2019u ", "Badúng"])
    ["kab bu nuapu'u", 'badung']
    """
    text = "\n".join(texts).lower()
    for quote in _QUOTES:
        text = text.replace(quote, "'")
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = _EDGES.sub("\n", _PUNCT.sub(" ", text))
    return text.strip(" ").split("\n")


def fold(text: str) -> str:
    """One text folded as :func:`fold_all` does."""
    return fold_all([text])[0]


def _strip(folded: str) -> tuple[str, frozenset[JenisDaerah] | None]:
    for prefix, kinds in _PREFIXES:
        if folded.startswith(prefix + " "):
            return folded[len(prefix) + 1 :], kinds
    return folded, None


@functools.cache
def _index(tingkat: int) -> tuple[tuple[str, str, str], ...]:
    """(core name, full name, code) of every region of a level, folded."""
    codes, names = zip(*_daftar.items(tingkat), strict=True)
    folded = fold_all(names)
    cores = [_strip(full)[0] for full in folded] if tingkat == 2 else folded
    return tuple(zip(cores, folded, codes, strict=True))


_NO_MATCH = 9


def _rank(name: str, text: str) -> int:
    """0 equal, 1 starts with, 2 contains (``text`` is known to be in ``name``)."""
    return 0 if name == text else 1 if name.startswith(text) else 2


@functools.cache
def _codes(tingkat: int) -> tuple[str, ...]:
    return tuple(kode for _, _, kode in _index(tingkat))


def _within(tingkat: int, under: KodeWilayah | None) -> tuple[tuple[str, str, str], ...]:
    """The index entries of one level, only those below ``under`` (a contiguous run, since
    each level is in code order)."""
    entries = _index(tingkat)
    if under is None:
        return entries
    codes = _codes(tingkat)
    lo = bisect.bisect_left(codes, under.kode + ".")
    hi = bisect.bisect_left(codes, under.kode + "/")  # "/" sorts right after "."
    return entries[lo:hi]


def search(
    text: str,
    *,
    tingkat: Tingkat | None = None,
    dalam: str | KodeWilayah | None = None,
    limit: int | None = 10,
) -> tuple[Daerah, ...]:
    """Regions whose name matches ``text``, best first.

    Case, accents and punctuation do not matter, and a customary prefix ("Kabupaten",
    "Kab.", "Kota", "Provinsi", "Kecamatan", "Distrik", "Desa", "Kelurahan" …) both matches
    and narrows to that kind (a name that itself starts with the word, such as a desa "Kota
    Baru", still matches the whole text). Ranking: the name without its kind word equal to the
    text, then names starting with it, then names containing it; within a rank, higher levels
    first, then code order. ``tingkat`` keeps one level,
    ``dalam`` keeps regions below a code, ``limit`` caps the result (``None``: all).
    Colloquial abbreviations ("Jaksel") are not understood.

    >>> [d.kode.kode for d in search("Kab. Badung")]
    ['51.03']
    >>> search("badung")[0].nama
    'Kabupaten Badung'
    >>> [d.nama for d in search("kuta", tingkat=Tingkat.KECAMATAN, dalam="51.03")]
    ['Kuta', 'Kuta Selatan', 'Kuta Utara']
    """
    if not isinstance(text, str) or not fold(text):
        raise ValidationError.single("text", "expected a name to look for", text)
    if limit is not None and (isinstance(limit, bool) or limit < 1):
        raise ValidationError.single("limit", "expected a positive whole number or None", limit)
    query = fold(text)
    core_q, kinds = _strip(query)
    under = None if dalam is None else get(dalam).kode
    levels = [tingkat] if tingkat is not None else list(Tingkat)
    if under is not None:
        levels = [lv for lv in levels if lv > under.tingkat]
    ranked: list[tuple[int, int, str]] = []
    for level in levels:
        for core, full, kode in _within(level, under):
            rank = _rank(core, core_q) if core_q in core else _NO_MATCH
            if rank < _NO_MATCH and kinds is not None and _jenis_of(kode, full) not in kinds:
                rank = _NO_MATCH
            if query in full:  # also the whole text against the whole name (kind word included)
                rank = min(rank, 1 if full == query else _rank(full, query) + 1)
            if rank < _NO_MATCH:
                ranked.append((rank, level, kode))
    ranked.sort()
    chosen = ranked if limit is None else ranked[:limit]
    return tuple(get(kode) for _, _, kode in chosen)
