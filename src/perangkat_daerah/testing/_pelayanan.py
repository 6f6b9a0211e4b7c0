"""Hypothesis strategies for complete standar pelayanan."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from perangkat_daerah.money import Rupiah
from perangkat_daerah.pelayanan import (
    BentukDokumen,
    Biaya,
    JaminanKeamanan,
    JenisSaluran,
    LangkahProsedur,
    Persyaratan,
    ProdukPelayanan,
    RumusTarif,
    SaluranPengaduan,
    StandarPelayanan,
    Tarif,
)
from perangkat_daerah.sla import Duration, Satuan

__all__ = ["standar_pelayanan"]

_WORDS = st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12)
_PERDA = "Perda Kabupaten Sukamaju 2/2023"


def _biaya() -> st.SearchStrategy[Biaya]:
    tarif = st.builds(
        Tarif,
        _WORDS,
        st.integers(1, 10_000_000).map(Rupiah),
        st.just((_PERDA,)),
    )
    rumus = st.builds(
        Tarif,
        _WORDS,
        st.none(),
        st.just((_PERDA,)),
        rumus=st.builds(RumusTarif, _WORDS, st.lists(_WORDS, max_size=3).map(tuple)),
    )
    return st.one_of(
        st.just(Biaya()), st.lists(st.one_of(tarif, rumus), min_size=1, max_size=3).map(Biaya)
    )


@st.composite
def standar_pelayanan(draw: st.DrawFn) -> StandarPelayanan:
    """Complete standards: all 14 components, distinct requirements, cited fees (amounts or
    formulas), actors.

    ``validate()`` finds nothing wrong with them; tests then break one thing at a time.
    """
    dokumen = draw(st.lists(_WORDS, min_size=1, max_size=5, unique_by=str.casefold))
    return StandarPelayanan(
        kode=draw(_WORDS),
        nama=draw(_WORDS),
        penyelenggara=draw(_WORDS),
        dasar_hukum=("UU 25/2009 Pasal 21",),
        persyaratan=[
            Persyaratan(d, draw(st.sampled_from(BentukDokumen)), draw(st.integers(1, 3)))
            for d in dokumen
        ],
        prosedur=draw(st.lists(st.builds(LangkahProsedur, _WORDS, _WORDS), min_size=1, max_size=5)),
        jangka_waktu=Duration(draw(st.integers(1, 60)), draw(st.sampled_from(Satuan))),
        biaya=draw(_biaya()),
        produk=draw(st.lists(st.builds(ProdukPelayanan, _WORDS), min_size=1, max_size=2)),
        sarana=draw(st.lists(_WORDS, min_size=1, max_size=3)),
        kompetensi=draw(st.lists(_WORDS, min_size=1, max_size=3)),
        pengawasan=draw(st.lists(_WORDS, min_size=1, max_size=3)),
        pengaduan=draw(
            st.lists(
                st.builds(SaluranPengaduan, st.sampled_from(JenisSaluran), _WORDS),
                min_size=1,
                max_size=3,
            )
        ),
        jumlah_pelaksana=draw(st.integers(1, 50)),
        jaminan_pelayanan=draw(_WORDS),
        jaminan_keamanan=JaminanKeamanan(draw(_WORDS), draw(_WORDS)),
        evaluasi=draw(st.lists(_WORDS, min_size=1, max_size=2)),
        daerah="32.60",
        ditetapkan=draw(st.dates(date(2021, 1, 1), date(2026, 6, 30))),
        partisipasi=draw(_WORDS),
    )
