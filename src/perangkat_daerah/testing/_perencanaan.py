"""Hypothesis strategies for planning records (Musrenbang events and their proposals)."""

from __future__ import annotations

from hypothesis import strategies as st

from perangkat_daerah.perencanaan import (
    Musrenbang,
    Peserta,
    StatusUsulan,
    TingkatMusrenbang,
    Usulan,
)

__all__ = ["musrenbang", "usulan"]

_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(str.strip)
_program = st.from_regex(r"[1-5]\.0[1-9]\.0[1-9]", fullmatch=True)


def usulan() -> st.SearchStrategy[Usulan]:
    """Proposals with any fate; a rejected one always has its reason."""
    return st.builds(
        Usulan,
        judul=_text,
        bidang=st.sampled_from(["pendidikan", "kesehatan", "infrastruktur", "ekonomi"]),
        status=st.sampled_from(StatusUsulan),
        alasan=_text,
        kode_program=st.none() | _program,
    )


def musrenbang() -> st.SearchStrategy[Musrenbang]:
    """Musrenbang events of any level with participants by group and proposals."""
    return st.builds(
        Musrenbang,
        tingkat=st.sampled_from(TingkatMusrenbang),
        wilayah=_text,
        tanggal=st.dates(),
        peserta=st.lists(
            st.builds(Peserta, kelompok=_text, jumlah=st.integers(1, 500)), max_size=4
        ),
        usulan=st.lists(usulan(), max_size=5),
    )
