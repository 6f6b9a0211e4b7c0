"""The classes of public information (UU 14/2008) and the grounds of exemption."""

from __future__ import annotations

import enum
import functools

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation

__all__ = [
    "AlasanPengecualian",
    "KelasInformasi",
    "RincianBerkala",
    "alasan_pengecualian",
    "rincian_berkala",
    "tidak_dapat_dikecualikan",
]


class KelasInformasi(enum.Enum):
    """The class of a piece of public information, each with its article of UU 14/2008.

    >>> KelasInformasi.BERKALA.uraian, str(KelasInformasi.BERKALA.dasar[0])
    ('Informasi yang wajib disediakan dan diumumkan secara berkala', 'UU 14/2008 Pasal 9')
    """

    BERKALA = "berkala"
    SERTA_MERTA = "serta_merta"
    SETIAP_SAAT = "setiap_saat"
    DIKECUALIKAN = "dikecualikan"

    def _rule(self) -> law.Rule[str]:
        return law.rule_table(f"keterbukaan.informasi.kelas.{self.value}").latest

    @property
    def uraian(self) -> str:
        """The class as the law names it."""
        return str(self._rule().value)

    @property
    def dasar(self) -> tuple[Citation, ...]:
        """The articles that define the class."""
        return self._rule().citations


@attrs.frozen
class AlasanPengecualian:
    """A ground of exemption (Pasal 17 huruf a-j): temporary or not (Pasal 20 ayat (1)),
    its longest period in years where the law sets one (PP 61/2010), and its articles."""

    huruf: str
    uraian: str
    sementara: bool
    dasar: tuple[Citation, ...]
    paling_lama_tahun: int | None = None


@attrs.frozen
class _Alasan:
    alasan: tuple[AlasanPengecualian, ...]


@functools.cache
def _all() -> dict[str, AlasanPengecualian]:
    table = law.rule_table("keterbukaan.informasi.alasan_pengecualian", _Alasan)
    return {a.huruf: a for a in table.latest.value.alasan}


def alasan_pengecualian(huruf: str) -> AlasanPengecualian:
    """The exemption ground ``huruf`` (``"a"`` ... ``"j"``) of UU 14/2008 Pasal 17.

    >>> a = alasan_pengecualian("a")
    >>> a.paling_lama_tahun, [str(c) for c in a.dasar]
    (30, ['UU 14/2008 Pasal 17 huruf a', 'PP 61/2010 Pasal 5'])
    """
    found = _all().get(huruf)
    if found is None:
        raise ValidationError.single(
            "alasan", "an exemption ground is a letter of UU 14/2008 Pasal 17 (a-j)", huruf
        )
    return found


@attrs.frozen
class RincianBerkala:
    """An item of periodic information: the kind of Pasal 9 it belongs to and what it is;
    ``unverified`` items come from memory of the PerKI, not from a source seen."""

    jenis: str
    uraian: str
    unverified: bool = False


@attrs.frozen
class _JenisBerkala:
    kode: str
    uraian: str


@attrs.frozen
class _Berkala:
    jenis: tuple[_JenisBerkala, ...]
    rincian: tuple[RincianBerkala, ...]


def rincian_berkala() -> tuple[RincianBerkala, ...]:
    """What periodic information covers: the detail list used in practice, each under one
    of the four kinds of Pasal 9 (``badan_publik``, ``kegiatan_kinerja``,
    ``laporan_keuangan``, ``lainnya``).

    Dasar hukum: UU 14/2008 Pasal 9; PerKI 1/2021 (detail list; articles unverified).

    >>> [r.jenis for r in rincian_berkala()][:2]
    ['kegiatan_kinerja', 'laporan_keuangan']
    """
    return law.rule_table("keterbukaan.informasi.daftar_berkala", _Berkala).latest.value.rincian


@attrs.frozen
class _TidakDikecualikan:
    jenis: tuple[str, ...]
    huruf_dengan_persetujuan: tuple[str, ...]


def tidak_dapat_dikecualikan() -> tuple[str, ...]:
    """The information that can never be exempt (UU 14/2008 Pasal 18 ayat (1)).

    Grounds ``g`` and ``h`` also yield to the person's written consent or a link to a
    public office (Pasal 18 ayat (2)).

    >>> tidak_dapat_dikecualikan()[0]
    'putusan badan peradilan'
    """
    rule = law.rule_table("keterbukaan.informasi.tidak_dapat_dikecualikan", _TidakDikecualikan)
    return rule.latest.value.jenis
