"""The national dates are the library's own data (calendar/data/libur_nasional.toml).

* ``holidays`` is an independent cross-check: every covered (date, kind) agrees with it, or the
  disagreement is listed in the data (``selisih_holidays``) with its reason.
* The covered dates do not depend on ``holidays``: with it blocked from import they are the same.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from perangkat_daerah import law
from perangkat_daerah.calendar import JenisLibur, WorkCalendar
from perangkat_daerah.calendar._national import coverage

YEARS = range(coverage()[0], coverage()[1] + 1)
_UPSTREAM_KINDS = {JenisLibur.LIBUR_NASIONAL, JenisLibur.CUTI_BERSAMA, JenisLibur.PEMILU}


def _ours(year: int) -> set[tuple[date, str]]:
    kinds = {JenisLibur.PEMILU: JenisLibur.LIBUR_NASIONAL}
    return {
        (h.tanggal, kinds.get(h.jenis, h.jenis).value)
        for h in WorkCalendar.national().holidays(year)
        if h.jenis in _UPSTREAM_KINDS
    }


def _theirs(year: int) -> set[tuple[date, str]]:
    holidays = pytest.importorskip("holidays")
    from holidays.constants import GOVERNMENT, PUBLIC

    out = set()
    for category, jenis in ((PUBLIC, "libur nasional"), (GOVERNMENT, "cuti bersama")):
        table = holidays.country_holidays("ID", years=year, categories=(category,))
        out.update((d, jenis) for d in table)
    return out


def _listed(year: int) -> set[tuple[date, str]]:
    rule = law.rule_table(f"calendar.libur_nasional.tahun.{year}").latest
    return {
        (date.fromisoformat(str(s["tanggal"])), s["jenis"])
        for s in rule.value.get("selisih_holidays", [])
    }


def test_the_data_covers_2020_to_2027() -> None:
    assert coverage() == (2020, 2027)


@pytest.mark.parametrize("year", YEARS)
def test_every_covered_date_agrees_with_holidays_or_is_listed(year: int) -> None:
    disagreements = _ours(year) ^ _theirs(year)
    assert disagreements == _listed(year)


def test_listed_disagreements_give_a_reason() -> None:
    for year in YEARS:
        rule = law.rule_table(f"calendar.libur_nasional.tahun.{year}").latest
        for s in rule.value.get("selisih_holidays", []):
            assert s["alasan"].strip(), (year, s)


_BLOCKED = """
import sys
class _Block:
    def find_spec(self, name, path=None, target=None):
        if name == "holidays" or name.startswith("holidays."):
            raise ImportError("holidays blocked for this test")
sys.meta_path.insert(0, _Block())
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import CalendarCoverageError
cal = WorkCalendar.national()
for year in range({first}, {last} + 1):
    for h in cal.holidays(year):
        print(h.tanggal.isoformat(), h.jenis.value, h.nama, h.basis)
try:
    WorkCalendar.national(estimates=True).holidays({last} + 3)
except CalendarCoverageError as exc:
    print("ESTIMATE:", exc)
assert "holidays" not in sys.modules
"""


def test_covered_dates_do_not_need_holidays() -> None:
    first, last = coverage()
    code = _BLOCKED.format(first=first, last=last)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    expected = [
        f"{h.tanggal.isoformat()} {h.jenis.value} {h.nama} {h.basis}"
        for y in range(first, last + 1)
        for h in WorkCalendar.national().holidays(y)
    ]
    assert lines[:-1] == expected
    assert lines[-1].startswith("ESTIMATE:")
    assert "perangkat-daerah[estimates]" in lines[-1]
