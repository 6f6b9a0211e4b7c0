"""The organisasi hook of the region-plugin contract: special urusan, institutions, and
regions whose kab/kota are administrative (no DPRD)."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from perangkat_daerah import regions
from perangkat_daerah._convert import citations, non_empty_text, require_basis, typed_tuple
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.organisasi._model import JenisPerangkatDaerah, Organisasi
from perangkat_daerah.wilayah import Tingkat

__all__ = ["ORGANISASI_HOOK", "AturanOrganisasiDaerah", "LembagaKhusus", "check_daerah"]


@attrs.frozen
class LembagaKhusus:
    """A special institution of a region with special status (e.g. Wali Nanggroe in Aceh).

    >>> LembagaKhusus("Wali Nanggroe", "lembaga adat", unverified=True).unverified
    True
    """

    nama: str = attrs.field(validator=non_empty_text)
    keterangan: str = attrs.field(validator=non_empty_text)
    dasar: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    unverified: bool = attrs.field(default=False, kw_only=True)
    catatan: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        require_basis(self.dasar, self.unverified, "rule")


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _lembaga(value: Iterable[LembagaKhusus]) -> tuple[LembagaKhusus, ...]:
    return typed_tuple(value, LembagaKhusus, "lembaga_khusus")


@attrs.frozen
class AturanOrganisasiDaerah:
    """What a region adds to the organisation rules.

    ``urusan_khusus``: kekhususan/keistimewaan urusan codes (group 9) only this region may
    hold; ``lembaga_khusus``: its special institutions; ``kab_kota_administrasi``: its kab/kota
    are kota/kabupaten administrasi, not autonomous, without a DPRD (Jakarta);
    ``keistimewaan``: the region holds urusan keistimewaan (DI Yogyakarta).

    >>> AturanOrganisasiDaerah(urusan_khusus=("9.01",), dasar=["Permendagri 90/2019"]).urusan_khusus
    ('9.01',)
    """

    urusan_khusus: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    lembaga_khusus: tuple[LembagaKhusus, ...] = attrs.field(default=(), converter=_lembaga)
    kab_kota_administrasi: bool = False
    keistimewaan: bool = False
    dasar: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    unverified: bool = attrs.field(default=False, kw_only=True)
    catatan: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        require_basis(self.dasar, self.unverified, "rule")
        for i, kode in enumerate(self.urusan_khusus):
            if not (isinstance(kode, str) and kode.startswith("9.")):
                raise ValidationError.single(
                    f"urusan_khusus[{i}]", "expected a group-9 urusan code like 9.01", kode
                )


ORGANISASI_HOOK: regions.Hook[AturanOrganisasiDaerah] = regions.Hook(
    "organisasi",
    AturanOrganisasiDaerah,
    "special urusan, special institutions and administrative kab/kota of a region",
)
"""The hook a region plugin fills with its :class:`AturanOrganisasiDaerah`; every layer adds."""


def check_daerah(org: Organisasi) -> tuple[Finding, ...]:
    """Findings from the region's own rules: group-9 urusan held by a region whose plugins
    do not grant them, and a Sekretariat DPRD in a region without a DPRD.

    Dasar hukum: Permendagri 90/2019 (urusan codes 9.01-9.03, 7.02, 7.03); the region's
    plugin data (see the table of built-in regions).

    >>> from perangkat_daerah import contoh
    >>> check_daerah(contoh.organisasi())
    ()
    """
    kode = org.daerah.kode
    rules = regions.resolve(kode, ORGANISASI_HOOK)
    granted = {u for a in rules.values for u in a.urusan_khusus}
    administrasi = not org.daerah.jenis.otonom or (
        kode.tingkat is Tingkat.KABUPATEN_KOTA
        and any(a.kab_kota_administrasi for a in rules.values)
    )
    out: list[Finding] = []
    for pd in org.perangkat_daerah:
        for u in pd.urusan:
            if u.kode.startswith("9.") and u.kode not in granted:
                out.append(
                    Finding(
                        Severity.ERROR,
                        pd.kode,
                        "urusan.kekhususan",
                        f"urusan {u.kode} {u.nama} is not granted to {org.daerah}",
                        u.dasar_hukum,
                        unverified=u.unverified,
                        pesan=f"urusan {u.kode} {u.nama} tidak diberikan kepada {org.daerah}",
                    )
                )
        if administrasi and pd.jenis is JenisPerangkatDaerah.SEKRETARIAT_DPRD:
            cited = tuple(c for a in rules.values for c in a.dasar)
            out.append(
                Finding(
                    Severity.ERROR,
                    pd.kode,
                    "daerah.tanpa_dprd",
                    f"{org.daerah} is an administrative region without a DPRD",
                    cited,
                    unverified=any(a.unverified for a in rules.values),
                    pesan=f"{org.daerah} merupakan daerah administratif yang tidak memiliki DPRD",
                )
            )
    return tuple(out)
