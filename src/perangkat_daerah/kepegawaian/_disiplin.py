"""Disiplin PNS for unexcused absence: the sanction due from an attendance record, the
official who may impose it, and the objection and appeal deadlines."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.organisasi import Jabatan, JenisJabatan, JenjangFungsional
from perangkat_daerah.sla import Deadline, Duration, Satuan, deadline
from perangkat_daerah.wilayah import Tingkat

__all__ = [
    "HukumanDisiplin",
    "JenisHukuman",
    "LangkahHukuman",
    "PejabatBerwenang",
    "TingkatHukuman",
    "hukuman_ketidakhadiran",
    "pejabat_berwenang",
    "tenggat_disiplin",
    "tingkat_hukuman",
]

_FILE = "kepegawaian.disiplin"


class TingkatHukuman(enum.Enum):
    """The level of a disciplinary sanction (PP 94/2021 Pasal 8; PP 53/2010 Pasal 7)."""

    RINGAN = "ringan"
    SEDANG = "sedang"
    BERAT = "berat"


class JenisHukuman(enum.Enum):
    """A disciplinary sanction (PP 94/2021 Pasal 8, and PP 53/2010 Pasal 7 for older breaches
    and for the medium sanctions kept by PP 94/2021 Pasal 42)."""

    TEGURAN_LISAN = "teguran lisan"
    TEGURAN_TERTULIS = "teguran tertulis"
    PERNYATAAN_TIDAK_PUAS = "pernyataan tidak puas secara tertulis"
    TUKIN_6_BULAN = "pemotongan tunjangan kinerja 25% selama 6 bulan"
    TUKIN_9_BULAN = "pemotongan tunjangan kinerja 25% selama 9 bulan"
    TUKIN_12_BULAN = "pemotongan tunjangan kinerja 25% selama 12 bulan"
    PENURUNAN_JABATAN = "penurunan jabatan setingkat lebih rendah selama 12 bulan"
    PEMBEBASAN_JABATAN = "pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan"
    PDHTAPS = "pemberhentian dengan hormat tidak atas permintaan sendiri"
    PENUNDAAN_KGB = "penundaan kenaikan gaji berkala 1 tahun"
    PENUNDAAN_KP = "penundaan kenaikan pangkat 1 tahun"
    PENURUNAN_PANGKAT_1 = "penurunan pangkat setingkat lebih rendah 1 tahun"
    PENURUNAN_PANGKAT_3 = "penurunan pangkat setingkat lebih rendah 3 tahun"
    PEMINDAHAN_PENURUNAN_JABATAN = (
        "pemindahan dalam rangka penurunan jabatan setingkat lebih rendah"
    )
    PEMBEBASAN_DARI_JABATAN = "pembebasan dari jabatan"
    PDHTAPS_ATAU_PTDH = (
        "pemberhentian dengan hormat tidak atas permintaan sendiri atau "
        "pemberhentian tidak dengan hormat"
    )


def tingkat_hukuman(hukuman: JenisHukuman | str, pada: date) -> TingkatHukuman:
    """The level of ``hukuman`` under the rules in force on ``pada``.

    >>> tingkat_hukuman("teguran tertulis", date(2026, 1, 1)).value
    'ringan'
    """
    h = JenisHukuman(hukuman)
    path = f"{_FILE}.tingkat_hukuman"
    law.check_rows(path, "", ("ringan", "sedang", "berat"))
    for level, kinds in law.rule(path, pada=pada).value.items():
        if h.value in kinds:
            return TingkatHukuman(level)
    raise ValidationError.single(
        "hukuman", f"not a sanction on {pada.isoformat()} ({path})", h.value
    )


@attrs.frozen
class LangkahHukuman:
    """One step of the sanctions as the yearly count crosses a band (the Penjelasan of
    PP 94/2021 Pasal 9 ayat (2) huruf b imposes them step by step)."""

    tanggal: date
    hari: int
    hukuman: JenisHukuman
    dasar: Citation


@attrs.frozen
class HukumanDisiplin:
    """The sanction due for a year's unexcused absence, with the days counted and the law.

    ``hukuman`` is the single heaviest sanction due (PP 94/2021 Pasal 35), ``None`` below the
    first band; ``hukuman_berlaku`` the sanctions that may actually be imposed (for a medium
    sanction before the salary PP: the three of PP 53/2010 Pasal 7 ayat (3), per Pasal 42).
    """

    tahun: int
    hari_dihitung: tuple[date, ...]
    hari_diabaikan: tuple[date, ...]
    berturut_turut: tuple[date, ...]
    hukuman: JenisHukuman | None
    tingkat: TingkatHukuman | None
    peringkat: int
    """0 for no sanction, then 1, 2 … up the ladder (a dismissal is the top)."""
    hukuman_berlaku: tuple[JenisHukuman, ...]
    citations: tuple[Citation, ...]
    langkah: tuple[LangkahHukuman, ...]
    unverified: bool
    trace: tuple[str, ...]

    @property
    def jumlah_hari(self) -> int:
        """The cumulative working days of unexcused absence in the year."""
        return len(self.hari_dihitung)


def _runs(days: list[date], calendar: WorkCalendar) -> tuple[date, ...]:
    best: list[date] = []
    run: list[date] = []
    for d in days:
        if run and calendar.next_working_day(run[-1]) == d:
            run.append(d)
        else:
            run = [d]
        if len(run) > len(best):
            best = list(run)
    return tuple(best)


def hukuman_ketidakhadiran(
    tanggal: Iterable[date],
    calendar: WorkCalendar,
    tahun: int | None = None,
    *,
    pp_gaji_berlaku: bool | None = None,
) -> HukumanDisiplin:
    """The sanction due for the unexcused absences on ``tanggal`` in ``tahun`` (default: the
    year of the latest date), counted in working days on the region's ``calendar``.

    Days that are not working days (weekends, holidays, cuti bersama) are not absences and
    are listed apart. The cumulative count runs per calendar year (Pasal 15 ayat (1)); a run
    of 10 consecutive working days carries dismissal (Pasal 11 ayat (2) huruf d angka 4,
    Pasal 15 ayat (2)). Before 31 August 2021 the PP 53/2010 bands apply.

    ``pp_gaji_berlaku`` overrides whether the salary PP under UU 5/2014 is in force
    (default: the shipped, **unverified** ``False``, so Pasal 42 applies).

    Dasar hukum: PP 94/2021 Pasal 9-11, 15, 35, 42; PP 53/2010 Pasal 7-10.

    >>> from datetime import timedelta
    >>> cal = WorkCalendar.national()
    >>> days = [date(2026, 2, 2) + timedelta(days=i) for i in range(14)]
    >>> h = hukuman_ketidakhadiran(days, cal)
    >>> h.jumlah_hari, len(h.berturut_turut), h.hukuman.value
    (10, 10, 'pemberhentian dengan hormat tidak atas permintaan sendiri')
    """
    given = sorted(set(tanggal))
    if not given:
        raise ValidationError.single("tanggal", "an attendance record needs at least one date", [])
    for d in given:
        if not isinstance(d, date) or isinstance(d, datetime):
            raise ValidationError.single("tanggal", "expected dates", d)
    year = tahun if tahun is not None else given[-1].year
    in_year = [d for d in given if d.year == year]
    if not in_year:
        raise ValidationError.single("tahun", "no absence date falls in this year", year)
    counted = [d for d in in_year if calendar.is_working_day(d)]
    ignored = tuple(d for d in in_year if not calendar.is_working_day(d))
    working_all = [d for d in given if calendar.is_working_day(d)]
    last = in_year[-1]
    path = f"{_FILE}.ketidakhadiran"
    law.check_rows(path, "baris", ("hari_min", "hukuman", "dasar"))
    bands_rule = law.rule(path, pada=last)
    bands = list(bands_rule.value["baris"])
    trace = [
        f"tahun {year}: {len(counted)} hari kerja tidak masuk tanpa alasan yang sah ({calendar!r})",
    ]
    trace += [f"{d.isoformat()} bukan hari kerja: tidak dihitung" for d in ignored]
    if len(given) > len(in_year):
        trace.append(
            f"{len(given) - len(in_year)} tanggal di luar tahun {year}: hanya untuk hari berturut-turut"
        )
    steps: list[LangkahHukuman] = []
    rank = 0
    for i, d in enumerate(counted, 1):
        for j, band in enumerate(bands, 1):
            if int(band["hari_min"]) == i:
                steps.append(
                    LangkahHukuman(
                        d, i, JenisHukuman(band["hukuman"]), Citation.parse(band["dasar"])
                    )
                )
                rank = j
    hukuman = steps[-1].hukuman if steps else None
    citations: tuple[Citation, ...] = (steps[-1].dasar,) if steps else ()
    unverified = bands_rule.unverified
    run: tuple[date, ...] = ()
    try:
        consecutive = law.rule(f"{_FILE}.berturut_turut", pada=last)
    except RuleNotInForceError:
        consecutive = None
        trace.append("no consecutive-days rule in force on the last date (PP 53/2010)")
    if consecutive is not None:
        run = _runs(working_all, calendar)
        trace.append(
            f"berturut-turut terpanjang: {len(run)} hari kerja"
            + (f" ({run[0].isoformat()} s.d. {run[-1].isoformat()})" if run else "")
            + f"; batas {consecutive.value} ({consecutive.basis})"
        )
        if len(run) >= int(consecutive.value):
            hukuman = JenisHukuman.PDHTAPS
            citations = consecutive.citations
            rank = len(bands)
    for s in steps:
        trace.append(
            f"{s.tanggal.isoformat()}: kumulatif {s.hari} hari -> {s.hukuman.value} ({s.dasar})"
        )
    tingkat = None if hukuman is None else tingkat_hukuman(hukuman, last)
    berlaku: tuple[JenisHukuman, ...] = () if hukuman is None else (hukuman,)
    if tingkat is TingkatHukuman.SEDANG and hukuman in _TUKIN:
        flag = law.rule(f"{_FILE}.pp_gaji_berlaku", pada=last)
        active = flag.value if pp_gaji_berlaku is None else pp_gaji_berlaku
        if not active:
            alt = law.rule(f"{_FILE}.sedang_peralihan", pada=last)
            berlaku = tuple(JenisHukuman(h) for h in alt.value["hukuman"])
            citations = citations + alt.citations
            unverified = unverified or (pp_gaji_berlaku is None and flag.unverified)
            trace.append(
                "PP gaji belum berlaku: hukuman disiplin sedang menurut PP 53/2010 "
                f"({alt.basis}); pejabat memilih salah satu"
            )
    trace.append(f"hukuman: {hukuman.value if hukuman else 'tidak ada'}")
    return HukumanDisiplin(
        year,
        tuple(counted),
        ignored,
        run,
        hukuman,
        tingkat,
        rank,
        berlaku,
        citations,
        tuple(steps),
        unverified,
        tuple(trace),
    )


_TUKIN = frozenset(
    {JenisHukuman.TUKIN_6_BULAN, JenisHukuman.TUKIN_9_BULAN, JenisHukuman.TUKIN_12_BULAN}
)
_LADDER = ("JPT madya", "JPT pratama", "administrator", "pengawas", "pelaksana")


@attrs.frozen
class PejabatBerwenang:
    """An official who may impose a sanction, and the article that says so."""

    pejabat: str
    dasar: Citation
    keterangan: str = ""


def _pelanggar(jabatan: Jabatan) -> str:
    if jabatan.jenis is JenisJabatan.FUNGSIONAL:
        return (
            "fungsional ahli utama"
            if jabatan.jenjang is JenjangFungsional.AHLI_UTAMA
            else "fungsional"
        )
    return str(jabatan.jenis.value)


def _covers(levels: Iterable[str], tingkat: TingkatHukuman, hukuman: JenisHukuman | None) -> bool:
    for level in levels:
        if level == tingkat.value:
            return True
        if (
            level == "berat_ab"
            and tingkat is TingkatHukuman.BERAT
            and hukuman
            not in (
                JenisHukuman.PDHTAPS,
                JenisHukuman.PDHTAPS_ATAU_PTDH,
                None,
            )
        ):
            return True
    return False


def pejabat_berwenang(
    jabatan: Jabatan,
    tingkat: TingkatHukuman | str,
    daerah: Tingkat,
    *,
    hukuman: JenisHukuman | str | None = None,
    pada: date = date(2026, 1, 1),
) -> tuple[PejabatBerwenang, ...]:
    """Who in a regional government may impose a sanction of ``tingkat`` on the holder of
    ``jabatan``: the PPK of the region where Pasal 18 gives it the power, the President for
    the dismissal of a JPT madya or JF ahli utama (Pasal 17), and the superiors one or two
    levels up (Pasal 20-23). With none of them, the next higher official (Pasal 25).
    ``hukuman`` tells a dismissal apart from the other heavy sanctions.

    Dasar hukum: PP 94/2021 Pasal 17, 18, 20-23, 25.

    >>> j = Jabatan("x.p", "Pengadministrasi Umum", "pelaksana")
    >>> [p.pejabat for p in pejabat_berwenang(j, "ringan", Tingkat.KABUPATEN_KOTA)]
    ['pengawas (atasan satu tingkat)']
    >>> [str(p.dasar) for p in pejabat_berwenang(j, "berat", Tingkat.KABUPATEN_KOTA)]
    ['PP 94/2021 Pasal 18 ayat (3)']
    """
    level = TingkatHukuman(tingkat)
    h = None if hukuman is None else JenisHukuman(hukuman)
    if daerah not in (Tingkat.PROVINSI, Tingkat.KABUPATEN_KOTA):
        raise ValidationError.single(
            "daerah", "a regional government is a province or kab/kota", daerah
        )
    daerah_name = "provinsi" if daerah is Tingkat.PROVINSI else "kabupaten/kota"
    who = _pelanggar(jabatan)
    out: list[PejabatBerwenang] = []
    ppk_path = f"{_FILE}.pejabat.ppk"
    law.check_rows(ppk_path, "baris", ("daerah", "pelanggar", "tingkat", "dasar"))
    for row in law.rule(ppk_path, pada=pada).value["baris"]:
        if (
            row["daerah"] == daerah_name
            and row["pelanggar"] == who
            and _covers(row["tingkat"], level, h)
        ):
            out.append(PejabatBerwenang(f"PPK {daerah_name}", Citation.parse(row["dasar"])))
    pres_path = f"{_FILE}.pejabat.presiden"
    law.check_rows(pres_path, "", ("pelanggar",))
    pres = law.rule(pres_path, pada=pada)
    if (
        h in (JenisHukuman.PDHTAPS, JenisHukuman.PDHTAPS_ATAU_PTDH)
        and who in pres.value["pelanggar"]
    ):
        out.append(PejabatBerwenang("Presiden", pres.citations[0]))
    at_path = f"{_FILE}.pejabat.atasan"
    law.check_rows(
        at_path,
        "baris",
        ("pejabat", "daerah", "satu_tingkat", "dua_tingkat", "fungsional_unit", "dasar"),
    )
    rows = {
        r["pejabat"]: r
        for r in law.rule(at_path, pada=pada).value["baris"]
        if daerah_name in r["daerah"]
    }
    if who in _LADDER:
        i = _LADDER.index(who)
        for gap, key, label in (
            (1, "satu_tingkat", "atasan satu tingkat"),
            (2, "dua_tingkat", "atasan dua tingkat"),
        ):
            if i - gap < 0:
                continue
            row = rows.get(_LADDER[i - gap])
            if row is not None and level.value in row[key]:
                out.append(
                    PejabatBerwenang(f"{row['pejabat']} ({label})", Citation.parse(row["dasar"]))
                )
    else:
        for row in rows.values():
            if level.value in row["fungsional_unit"]:
                out.append(
                    PejabatBerwenang(
                        f"{row['pejabat']} (unit jabatan fungsional)", Citation.parse(row["dasar"])
                    )
                )
    if not out:
        out.append(
            PejabatBerwenang(
                "pejabat yang lebih tinggi",
                Citation.parse("PP 94/2021 Pasal 25"),
                "no official named for this case: the next higher official imposes",
            )
        )
    return tuple(out)


def tenggat_disiplin(nama: str, mulai: datetime, calendar: WorkCalendar) -> Deadline:
    """A deadline of the disciplinary procedure or of an upaya administratif, counted on the
    SLA engine from ``mulai`` (e.g. receipt of the decision): ``prosedur.pemeriksaan``,
    ``prosedur.penyampaian_keputusan``, ``upaya_administratif.keberatan_pengajuan``,
    ``upaya_administratif.banding_keputusan`` …

    Dasar hukum: PP 94/2021 Pasal 26 and 37; PP 79/2021 Pasal 3-13.

    >>> from zoneinfo import ZoneInfo
    >>> d = tenggat_disiplin("upaya_administratif.keberatan_pengajuan",
    ...     datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")), WorkCalendar.national())
    >>> d.due.date().isoformat(), str(d.citations[0])
    ('2026-03-27', 'PP 79/2021 Pasal 3 ayat (2)')
    """
    path = f"{_FILE}.{nama}"
    groups = ("prosedur.", "upaya_administratif.")
    if not nama.startswith(groups):
        raise ValidationError.single(
            "nama", "expected a prosedur.* or upaya_administratif.* deadline", nama
        )
    try:
        table = law.rule_table(path)
    except KeyError:
        known = [f"{g}{k}" for g in groups for k in law.rules(f"{_FILE}.{g[:-1]}")]
        raise ValidationError.single(
            "nama", f"unknown deadline; expected one of {', '.join(known)}", nama
        ) from None
    rule: Rule[Any] = table.at(mulai.date())
    return deadline(mulai, Duration(int(rule.value), Satuan(table.unit)), calendar, rule=rule)
