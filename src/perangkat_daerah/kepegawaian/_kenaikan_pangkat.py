"""Kenaikan pangkat: the periods as dated rules and the next period a pegawai is eligible for."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.kepegawaian._kinerja import PredikatKinerja, PredikatPP30
from perangkat_daerah.kepegawaian._pangkat import Pangkat
from perangkat_daerah.kepegawaian._tanggal import tambah_tahun
from perangkat_daerah.law import Citation

__all__ = ["KenaikanPangkat", "kenaikan_pangkat_berikutnya", "periode_kenaikan_pangkat"]

_PERIODE = "kepegawaian.kenaikan_pangkat.periode"
_HORIZON_YEARS = 12
"""How far ahead the search looks for a period (a window, not a rule of law)."""

Predikat = PredikatKinerja | PredikatPP30 | str


def periode_kenaikan_pangkat(tahun: int) -> tuple[date, ...]:
    """The KP period dates (TMT) of ``tahun``, each by the rule in force on it.

    Dasar hukum: PP 99/2000 Pasal 4 (four a year); PP 12/2002 (1 April and 1 October);
    Peraturan BKN 4/2023 Pasal 2 (six a year from 1 January 2024).

    >>> [d.month for d in periode_kenaikan_pangkat(2023)], [d.month for d in periode_kenaikan_pangkat(2024)]
    ([4, 10], [2, 4, 6, 8, 10, 12])
    """
    law.check_rows(_PERIODE, "", ("bulan",))
    table = law.rule_table(_PERIODE)
    out = []
    for month in range(1, 13):
        d = date(tahun, month, 1)
        try:
            if month in table.value_at(d)["bulan"]:
                out.append(d)
        except RuleNotInForceError:
            continue
    return tuple(out)


@attrs.frozen
class KenaikanPangkat:
    """The next KP period a pegawai is eligible for, with the conditions checked."""

    pangkat: Pangkat
    pangkat_baru: Pangkat
    periode: date
    citations: tuple[Citation, ...]
    unverified: bool
    trace: tuple[str, ...]


def _good(p: Predikat, minimum: str) -> bool:
    name = p.value if isinstance(p, (PredikatKinerja, PredikatPP30)) else str(p)
    ladder = (
        [x.value for x in PredikatKinerja]
        if name in {x.value for x in PredikatKinerja}
        else [x.value for x in PredikatPP30]
    )
    if name not in ladder:
        raise ValidationError.single("predikat", "unknown predikat kinerja", name)
    return ladder.index(name) <= ladder.index(minimum)


def kenaikan_pangkat_berikutnya(
    pangkat: Pangkat | str,
    tmt_pangkat: date,
    pada: date,
    *,
    predikat: Mapping[int, Predikat] | None = None,
) -> KenaikanPangkat:
    """The first KP period on or after ``pada`` for which a regular promotion's conditions
    hold: the minimum years in the current pangkat (from ``tmt_pangkat``) and the required
    predikat in the years before the period (``predikat`` maps a year to its predikat; a
    year not given is assumed to meet it and said so in the trace).

    Dasar hukum: Peraturan BKN 4/2023 Pasal 2 (periods); PP 12/2002 Pasal 7 (4 years in rank,
    'baik' for 2 years; kept by BKN practice after its repeal: **unverified**).

    >>> k = kenaikan_pangkat_berikutnya("III/a", date(2022, 4, 1), date(2026, 1, 1))
    >>> k.pangkat_baru.kode, k.periode.isoformat()
    ('III/b', '2026-04-01')
    >>> k = kenaikan_pangkat_berikutnya("III/a", date(2022, 4, 1), date(2026, 1, 1),
    ...                                 predikat={2024: "Butuh Perbaikan", 2025: "Baik"})
    >>> k.periode.isoformat()
    '2027-02-01'
    """
    p = Pangkat(pangkat) if isinstance(pangkat, str) else pangkat
    baru = p.berikutnya()
    if baru is None:
        raise ValidationError.single("pangkat", "IV/e is the top of the ladder", p.kode)
    records = dict(predikat or {})
    minimum_path = "kepegawaian.kenaikan_pangkat.masa_kerja_minimum"
    predikat_path = "kepegawaian.kenaikan_pangkat.predikat_minimum"
    law.check_rows(predikat_path, "", ("predikat", "tahun"))
    skipped: list[str] = []
    for year in range(pada.year, pada.year + _HORIZON_YEARS):
        for periode in periode_kenaikan_pangkat(year):
            if periode < pada:
                continue
            masa = law.rule(minimum_path, pada=periode)
            if periode < tambah_tahun(tmt_pangkat, int(masa.value)):
                continue
            need = law.rule(predikat_path, pada=periode)
            years = range(periode.year - int(need.value["tahun"]), periode.year)
            bad = [
                y for y in years if y in records and not _good(records[y], need.value["predikat"])
            ]
            if bad:
                skipped.append(
                    f"{periode.isoformat()}: predikat below {need.value['predikat']} in "
                    + ", ".join(str(y) for y in bad)
                )
                continue
            rule_p = law.rule(_PERIODE, pada=periode)
            assumed = [str(y) for y in years if y not in records]
            trace = (
                f"pangkat {p} sejak {tmt_pangkat.isoformat()}",
                f"masa kerja dalam pangkat minimal {masa.value} tahun: terpenuhi "
                f"{tambah_tahun(tmt_pangkat, int(masa.value)).isoformat()} ({masa.basis})",
                f"predikat minimal {need.value['predikat']} {need.value['tahun']} tahun terakhir "
                f"({need.basis})"
                + (f"; dianggap terpenuhi untuk {', '.join(assumed)}" if assumed else ""),
                *skipped,
                f"periode {periode.isoformat()} ({rule_p.basis})",
            )
            return KenaikanPangkat(
                p,
                baru,
                periode,
                rule_p.citations + masa.citations + need.citations,
                rule_p.unverified or masa.unverified or need.unverified,
                trace,
            )
    raise ValidationError.single(
        "predikat",
        f"no eligible KP period within {_HORIZON_YEARS} years of {pada.isoformat()}",
        records,
    )
