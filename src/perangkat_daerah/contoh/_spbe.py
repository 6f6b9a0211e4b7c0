"""The sample region's SPBE self-assessments: 2025 (59/2020) and 2026 (8/2026)."""

from __future__ import annotations

import functools

from perangkat_daerah._data import load_toml
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import structure
from perangkat_daerah.spbe import LembarPenilaian

__all__ = ["lembar_spbe"]


@functools.cache
def _all() -> dict[int, LembarPenilaian]:
    data = load_toml("perangkat_daerah.contoh", "data", "sukamaju_spbe.toml")
    sheets = structure(data["lembar"], tuple[LembarPenilaian, ...])
    return {s.tahun: s for s in sheets}


def lembar_spbe(tahun: int = 2026) -> LembarPenilaian:
    """The invented SPBE score sheet of Kabupaten Sukamaju for 2025 or 2026.

    >>> from perangkat_daerah import contoh
    >>> h = contoh.lembar_spbe(2025).evaluate()
    >>> h.rezim, str(h.indeks_tampil()), h.predikat.value
    ('permenpanrb-59-2020', '2.49', 'Cukup')
    """
    sheets = _all()
    if tahun not in sheets:
        raise ValidationError.single("tahun", f"sample sheets exist for {sorted(sheets)}", tahun)
    return sheets[tahun]
