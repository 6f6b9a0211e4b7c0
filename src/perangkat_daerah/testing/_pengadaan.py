"""Hypothesis strategies for procurement packages and plans."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from perangkat_daerah.anggaran import Akun
from perangkat_daerah.pengadaan import JenisPengadaan, PaketPengadaan, RencanaPengadaan
from perangkat_daerah.testing._anggaran import kode_rekening

__all__ = ["paket_pengadaan", "rencana_pengadaan"]

# keadaan tertentu present in both the 2018 and the 2025 lists of each group
_KEADAAN = {
    True: ["satu_penyedia", "hak_cipta", "repeat_order"],
    False: ["satu_penyedia", "rahasia", "pemegang_paten", "tender_ulang_gagal"],
}


@st.composite
def paket_pengadaan(
    draw: st.DrawFn, jenis: JenisPengadaan | None = None, kode: str | None = None
) -> PaketPengadaan:
    """A valid package: any kind (or ``jenis``), a pagu from Rp0,01 to Rp1 triliun, an HPS at
    most the pagu or none, a belanja account code, and catalogue, keadaan tertentu and
    small-business flags valid under every regime since 2018-03-22."""
    j = jenis if jenis is not None else draw(st.sampled_from(JenisPengadaan))
    pagu = Decimal(draw(st.integers(1, 10**14))) / 100
    hps = draw(st.none() | st.integers(1, int(pagu * 100)).map(lambda c: Decimal(c) / 100))
    return PaketPengadaan(
        kode if kode is not None else draw(st.from_regex(r"[A-Z]{2,6}-[0-9]{1,3}", fullmatch=True)),
        draw(st.sampled_from(["Paket uji", "Belanja modal", "Jasa kebersihan"])),
        j,
        pagu=pagu,
        hps=hps,
        rekening=[draw(kode_rekening(Akun.BELANJA))],
        katalog=draw(st.booleans()),
        pengecualian_katalog=draw(st.booleans()),
        keadaan_tertentu=draw(st.lists(st.sampled_from(_KEADAAN[j.konsultansi]), max_size=1)),
        usaha_kecil=draw(st.booleans()),
    )


@st.composite
def rencana_pengadaan(draw: st.DrawFn, max_paket: int = 8) -> RencanaPengadaan:
    """A valid plan of the sample region (32.60) for a fiscal year 2019-2030."""
    n = draw(st.integers(0, max_paket))
    return RencanaPengadaan(
        "32.60",
        draw(st.integers(2019, 2030)),
        [draw(paket_pengadaan(kode=f"P-{i}")) for i in range(n)],
    )
