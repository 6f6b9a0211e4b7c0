"""Hypothesis strategies for the kepegawaian models."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from perangkat_daerah.kepegawaian import Pangkat, tangga_pangkat
from perangkat_daerah.organisasi import Jabatan, JenisJabatan, JenjangFungsional

__all__ = ["catatan_ketidakhadiran", "jabatan_asn", "pangkat"]


def pangkat() -> st.SearchStrategy[Pangkat]:
    """Any of the 17 pangkat/golongan ruang."""
    return st.sampled_from(tangga_pangkat())


def jabatan_asn() -> st.SearchStrategy[Jabatan]:
    """Posts of every kind, fungsional posts with a jenjang (so every one has an age limit)."""
    return st.one_of(
        st.sampled_from([k for k in JenisJabatan if k is not JenisJabatan.FUNGSIONAL]).map(
            lambda k: Jabatan("contoh.jabatan", k.value, k)
        ),
        st.sampled_from(list(JenjangFungsional)).map(
            lambda j: Jabatan("contoh.jf", f"Fungsional {j.value}", "fungsional", jenjang=j)
        ),
    )


def catatan_ketidakhadiran(
    tahun: int = 2026, max_size: int = 40
) -> st.SearchStrategy[frozenset[date]]:
    """Sets of dates of unexcused absence in ``tahun`` (weekends and holidays included: the
    sanction ignores them)."""
    days = st.integers(0, 364).map(lambda i: date(tahun, 1, 1) + timedelta(days=i))
    return st.frozensets(days.filter(lambda d: d.year == tahun), min_size=1, max_size=max_size)
