"""National non-working days: every date of the covered years from the library's own data file
``data/libur_nasional.toml``; the ``holidays`` package only for estimates beyond them."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date

import attrs

from perangkat_daerah import law
from perangkat_daerah.calendar._model import HariLibur, JenisLibur
from perangkat_daerah.errors import CalendarCoverageError
from perangkat_daerah.law import Citation, Rule

__all__ = ["ESTIMATE_NOTE", "TahunKalender", "coverage", "national_entries", "tahun_kalender"]

ESTIMATE_NOTE = (
    "estimate computed by the holidays package for a year without an official decree in "
    "this library's data"
)


@attrs.frozen
class TahunKalender:
    """The decrees behind one year's national non-working days.

    ``keputusan`` is the chain of the SKB 3 Menteri and its amendments, oldest first; the last
    one gives the final state. ``keppres_cuti_bersama`` confirms the cuti bersama for ASN.

    Dasar hukum: the yearly SKB 3 Menteri; Keppres on cuti bersama for ASN.
    """

    tahun: int
    keputusan: tuple[Citation, ...] = ()
    keppres_cuti_bersama: tuple[Citation, ...] = ()
    provisional: bool = False
    catatan: str = ""
    penerbit_skb: str = ""
    judul_skb: str = ""

    def sitasi_skb(self) -> str | None:
        """The final SKB of the year in the customary long form: its issuers, each
        signatory's number (in the order Menteri Agama, Menteri Ketenagakerjaan, MenPAN-RB)
        and, where the data has it, its title; None for a year without an SKB.

        >>> print(tahun_kalender(2026).sitasi_skb())  # doctest: +NORMALIZE_WHITESPACE
        Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri
        Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025,
        Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti
        Bersama Tahun 2026
        """
        if not self.keputusan:
            return None
        final = self.keputusan[-1]
        numbers = ", ".join(
            f"Nomor {n.strip()} Tahun {final.tahun}" for n in (final.nomor or "").split(",")
        )
        text = f"Keputusan Bersama {self.penerbit_skb} {numbers}"
        return f"{text} tentang {self.judul_skb}" if self.judul_skb else text


@attrs.frozen
class _Entri:
    tanggal: date
    jenis: JenisLibur
    nama: str
    keputusan: tuple[Citation, ...] | None = None
    unverified: bool = False
    provisional: bool = False
    tanggal_asal: date | None = None
    catatan: str = ""


@attrs.frozen
class _Tahun:
    keputusan: tuple[Citation, ...]
    keppres_cuti_bersama: tuple[Citation, ...]
    libur: tuple[_Entri, ...]
    judul_skb: str = ""


_PATH = "calendar.libur_nasional.tahun"


@functools.cache
def _tahun() -> dict[int, Rule[_Tahun]]:
    out: dict[int, Rule[_Tahun]] = {}
    for key in law.rules(_PATH):
        (rule,) = law.rule_table(f"{_PATH}.{key}", _Tahun).versions
        out[int(key)] = rule
    return out


def coverage() -> tuple[int, int]:
    """The first and last year with official national data (inclusive)."""
    years = sorted(_tahun())
    return years[0], years[-1]


def tahun_kalender(year: int) -> TahunKalender:
    """The decrees of ``year``; :class:`CalendarCoverageError` outside the data."""
    rule = _tahun().get(year)
    if rule is None:
        raise CalendarCoverageError(year, coverage())
    return TahunKalender(
        year,
        rule.value.keputusan,
        rule.value.keppres_cuti_bersama,
        provisional=rule.provisional,
        catatan=rule.note,
        penerbit_skb=law.rule_table("calendar.libur_nasional.penerbit_skb").latest.value,
        judul_skb=rule.value.judul_skb,
    )


def _upstream(year: int) -> list[tuple[date, str, JenisLibur]]:
    """Estimates from the ``holidays`` package, imported only here (optional dependency)."""
    try:
        import holidays
        from holidays.constants import GOVERNMENT, PUBLIC
    except ImportError:
        raise CalendarCoverageError(
            year,
            coverage(),
            "estimates need the optional 'holidays' package: pip install 'perangkat-daerah[estimates]'",
        ) from None
    kinds = {PUBLIC: JenisLibur.LIBUR_NASIONAL, GOVERNMENT: JenisLibur.CUTI_BERSAMA}
    out: list[tuple[date, str, JenisLibur]] = []
    for category, jenis in kinds.items():
        table = holidays.country_holidays("ID", years=year, categories=(category,), language="id")
        for day in sorted(table):
            out.extend((day, name, jenis) for name in table.get_list(day))
    return out


def _entry(e: _Entri, t: TahunKalender) -> HariLibur:
    return HariLibur(
        e.tanggal,
        e.nama,
        e.jenis,
        keputusan=_decree_for(e.jenis, t) if e.keputusan is None else e.keputusan,
        provisional=t.provisional or e.provisional,
        unverified=e.unverified,
        tanggal_asal=e.tanggal_asal,
        catatan=e.catatan,
    )


def _decree_for(jenis: JenisLibur, t: TahunKalender) -> tuple[Citation, ...]:
    final = t.keputusan[-1:]
    return final + t.keppres_cuti_bersama if jenis is JenisLibur.CUTI_BERSAMA else final


def _sorted(entries: Iterable[HariLibur]) -> tuple[HariLibur, ...]:
    return tuple(sorted(entries, key=lambda h: (h.tanggal, h.jenis.value, h.nama)))


@functools.cache
def national_entries(year: int, estimate: bool = False) -> tuple[HariLibur, ...]:
    """The national non-working days of ``year``, sorted by date.

    Inside the shipped coverage: the dates of the data file with their decrees. Outside it: :class:`CalendarCoverageError`, or with ``estimate=True`` the
    upstream estimates, each marked ``provisional``.
    """
    first, last = coverage()
    if not first <= year <= last:
        if not estimate:
            raise CalendarCoverageError(
                year,
                (first, last),
                "pass estimates=True to get provisional estimates for years without a decree",
            )
        return _sorted(
            HariLibur(day, name, jenis, provisional=True, catatan=ESTIMATE_NOTE)
            for day, name, jenis in _upstream(year)
        )
    t = tahun_kalender(year)
    return _sorted(_entry(e, t) for e in _tahun()[year].value.libur)
