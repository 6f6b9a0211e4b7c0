"""Hypothesis strategies and a synthetic generator for APBD data."""

from __future__ import annotations

import random
from decimal import Decimal

from hypothesis import strategies as st

from perangkat_daerah.anggaran import APBD, Akun, BarisAnggaran, Fase, KodeRekening
from perangkat_daerah.money import Rupiah
from perangkat_daerah.urusan import all_urusan

__all__ = ["apbds", "baris_anggaran", "kode_rekening", "synthetic_apbd"]

_FIRST = {Akun.PENDAPATAN: "123", Akun.BELANJA: "1234", Akun.PEMBIAYAAN: "12"}


def kode_rekening(akun: Akun | None = None) -> st.SearchStrategy[KodeRekening]:
    """Full six-level account codes under ``akun`` (or any APBD account)."""
    akuns = [akun] if akun is not None else list(Akun)
    return st.sampled_from(akuns).flatmap(
        lambda a: st.from_regex(
            rf"{a.kode}\.[{_FIRST[a]}]\.0[1-4]\.0[1-3]\.0[1-3]\.000[1-5]", fullmatch=True
        ).map(KodeRekening)
    )


_BIDANG = [u.kode for u in all_urusan() if not u.unverified]
_sub_kegiatan = st.builds(
    lambda b, p, k, s: f"{b}.0{p}.2.0{k}.000{s}",
    st.sampled_from(_BIDANG),
    st.integers(1, 3),
    st.integers(1, 3),
    st.integers(1, 5),
)
_amount = st.decimals(0, 10**12, places=2, allow_nan=False, allow_infinity=False).map(Rupiah)


@st.composite
def baris_anggaran(draw: st.DrawFn, fase: Fase | None = None) -> BarisAnggaran:
    """A valid budget line at the sub rincian objek level."""
    kode = draw(kode_rekening())
    return BarisAnggaran(
        kode,
        draw(_amount),
        draw(st.sampled_from(["Dinas Pendidikan", "Dinas Kesehatan", "BPKAD", "Setda"])),
        sub_kegiatan=draw(_sub_kegiatan) if kode.akun is Akun.BELANJA else None,
        fase=fase if fase is not None else draw(st.sampled_from(Fase)),
        sumber_dana=draw(st.none() | st.sampled_from(["DAU", "DAK", "PAD"])),
    )


def apbds(max_lines: int = 30) -> st.SearchStrategy[APBD]:
    """APBDs of the sample region with up to ``max_lines`` lines over all phases."""
    return st.builds(
        APBD,
        st.just("32.60"),
        st.integers(2020, 2030),
        st.lists(baris_anggaran(), max_size=max_lines),
    )


def synthetic_apbd(lines: int, *, seed: int = 0, tahun: int = 2026) -> APBD:
    """A deterministic synthetic APBD with ``lines`` lines (for benchmarks), all murni."""
    rng = random.Random(seed)
    out = []
    for i in range(lines):
        akun = rng.choices(list(Akun), weights=[1, 8, 1])[0]
        kelompok = rng.choice(_FIRST[akun])
        kode = f"{akun.kode}.{kelompok}.{rng.randint(1, 9):02d}.{rng.randint(1, 20):02d}.{rng.randint(1, 20):02d}.{i % 9999 + 1:04d}"
        sub = None
        if akun is Akun.BELANJA:
            sub = f"{rng.choice(_BIDANG)}.{rng.randint(1, 20):02d}.2.{rng.randint(1, 20):02d}.{rng.randint(1, 9999):04d}"
        out.append(
            BarisAnggaran(
                kode,
                Rupiah(Decimal(rng.randint(1, 10**9)) / 100),
                f"PD-{rng.randint(1, 60):02d}",
                sub_kegiatan=sub,
            )
        )
    return APBD("32.60", tahun, out)
