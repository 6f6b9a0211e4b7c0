"""The working-week hook: a region declares five or six days, the nearest layer wins, the
caller's ``minggu_kerja`` wins over both (Perpres 21/2023 Pasal 3 is the national week)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah import io, regions, wilayah
from perangkat_daerah.calendar import (
    CALENDAR_HOOK,
    MINGGU_KERJA_HOOK,
    MingguKerja,
    WorkCalendar,
    minggu_kerja_nasional,
)
from perangkat_daerah.errors import PluginError, ValidationError
from perangkat_daerah.testing.plugins import check_plugin

from .conftest import KABUPATEN, UJI, UJI_DAERAH

ONE = timedelta(days=1)
# Invented decrees of invented regions: they exercise the hook, they are not law.
ENAM = MingguKerja(6, dasar=["Pergub Uji 2/2024"], catatan="uji: enam hari kerja")
LIMA = MingguKerja(5, dasar=["Perbup Uji 3/2024"])
PROVINSI = regions.RegionPlugin("32", "Jawa Barat (test)", contributions={MINGGU_KERJA_HOOK: ENAM})


def _kabupaten(**kw: object) -> regions.RegionPlugin:
    return regions.RegionPlugin(UJI, "Kabupaten Uji", **kw)  # type: ignore[arg-type]


@pytest.fixture
def registered() -> Iterator[list[regions.RegionPlugin]]:
    """Registers PROVINSI and the kab plugins appended to the yielded list."""
    wilayah.register_provider(UJI_DAERAH)
    regions.register(PROVINSI)
    plugins: list[regions.RegionPlugin] = []
    try:
        yield plugins
    finally:
        for p in plugins:
            regions.unregister(p)
        regions.unregister(PROVINSI)
        wilayah.unregister_provider(UJI_DAERAH)


def _use(plugins: list[regions.RegionPlugin], plugin: regions.RegionPlugin) -> None:
    plugins.append(plugin)
    regions.register(plugin)


SATURDAY = date(2025, 3, 8)  # no holiday in any layer


def test_the_national_week_is_five_days_from_the_perpres() -> None:
    week = minggu_kerja_nasional()
    assert (week.hari, week.work_saturdays) == (5, False)
    assert [str(c) for c in week.dasar] == ["Perpres 21/2023 Pasal 3"]
    cal = WorkCalendar.for_region("33")
    assert not cal.work_saturdays
    assert cal.week_source.startswith("national working week")
    assert not cal.is_working_day(SATURDAY)


def test_a_province_week_is_inherited_and_the_caller_still_wins(
    registered: list[regions.RegionPlugin],
) -> None:
    _use(registered, _kabupaten(contributions={CALENDAR_HOOK: KABUPATEN}))
    for kode in ("32", UJI):
        cal = WorkCalendar.for_region(kode)
        assert cal.work_saturdays
        assert cal.is_working_day(SATURDAY)
        assert not cal.is_working_day(SATURDAY + ONE)  # Sunday
        assert "32 Jawa Barat (test)" in cal.week_source
        assert "Pergub Uji 2/2024" in cal.explain(SATURDAY)
    explicit = WorkCalendar.for_region(UJI, minggu_kerja=LIMA)
    assert not explicit.is_working_day(SATURDAY)
    assert explicit.minggu_kerja == LIMA
    assert explicit.week_source == "caller: 5 hari kerja (Perbup Uji 3/2024)"
    assert not WorkCalendar.national().is_working_day(SATURDAY)


def test_a_kabupaten_replacing_the_province_week_needs_a_cited_override(
    registered: list[regions.RegionPlugin],
) -> None:
    _use(registered, _kabupaten(contributions={MINGGU_KERJA_HOOK: LIMA}))
    with pytest.raises(PluginError, match="replaces the minggu_kerja of 32 Jawa Barat"):
        WorkCalendar.for_region(UJI)
    assert WorkCalendar.for_region("32").is_working_day(SATURDAY)  # the province still works


def test_a_cited_override_lets_the_nearest_layer_win(
    registered: list[regions.RegionPlugin],
) -> None:
    why = regions.Override("minggu_kerja", "", "uji: lima hari", ["Perbup Uji 3/2024"])
    kab = _kabupaten(contributions={MINGGU_KERJA_HOOK: LIMA}, overrides=[why])
    _use(registered, kab)
    cal = WorkCalendar.for_region(UJI)
    assert not cal.work_saturdays
    assert not cal.is_working_day(SATURDAY)
    assert "Kabupaten Uji" in cal.week_source
    resolution = regions.resolve(UJI, MINGGU_KERJA_HOOK)
    assert resolution.values == (ENAM, LIMA)
    assert "overrides minggu_kerja: uji: lima hari" in resolution.explain()
    assert check_plugin(kab) == ()


@pytest.mark.usefixtures("registered")
@settings(max_examples=60, deadline=None)
@given(st.dates(date(2024, 1, 1), date(2025, 6, 30)), st.integers(-40, 40))
def test_the_declared_week_agrees_with_a_day_by_day_model(d: date, n: int) -> None:
    cal = WorkCalendar.for_region("32")
    national = WorkCalendar.national()
    days_off = {h.tanggal for y in (2023, 2024, 2025, 2026) for h in national.holidays(y)}

    def working(x: date) -> bool:  # the plugin's declared week, minus the national days off
        return x.weekday() in ENAM.hari_kerja and x not in days_off

    x, left, step = d, abs(n), (ONE if n > 0 else -ONE)
    if n == 0:
        while not working(x):
            x += ONE
    while left:
        x += step
        left -= working(x)
    assert cal.add_working_days(d, n) == x
    end = d + ONE * abs(n)
    expected = sum(working(d + ONE * i) for i in range(1, abs(n) + 1))
    assert cal.working_days_between(d, end) == expected


def test_a_working_week_is_five_or_six_days_and_cited() -> None:
    with pytest.raises(ValidationError, match=r"hari: a working week has 5 or 6 days .*\(got 4\)"):
        MingguKerja(4, dasar=["Perbup Uji 3/2024"])
    with pytest.raises(ValidationError, match=r"hari: .*got True"):
        MingguKerja(True, dasar=["Perbup Uji 3/2024"])  # type: ignore[arg-type]
    with pytest.raises(
        ValidationError, match="dasar: a confirmed working week needs its legal basis"
    ):
        MingguKerja(6)
    assert MingguKerja(6, unverified=True).basis == "no citation [unverified]"


def test_a_working_week_round_trips_and_the_kit_checks_its_type() -> None:
    assert io.from_json(io.to_json(ENAM), MingguKerja) == ENAM
    bad = regions.RegionPlugin("33", "Jawa Tengah (bad)", contributions={MINGGU_KERJA_HOOK: 6})
    assert check_plugin(bad, registered=False) == (
        "region plugin '33': hook minggu_kerja: expected a MingguKerja (got 6)",
    )


def test_the_deprecated_work_saturdays_keyword_warns_and_gives_the_same_calendar() -> None:
    for six in (True, False):
        mine = MingguKerja(
            6 if six else 5,
            unverified=True,
            catatan=f"the caller's choice (work_saturdays={str(six).lower()})",
        )
        with pytest.warns(DeprecationWarning, match=r"work_saturdays=\.\.\.\) is deprecated.*0\.2"):
            old = WorkCalendar.for_region("33", work_saturdays=six)
        new = WorkCalendar.for_region("33", minggu_kerja=mine)
        assert old is new  # one cached calendar: same week, same source, same days
        assert old.minggu_kerja.unverified
        assert old.week_source.startswith("caller: ")
        assert old.is_working_day(SATURDAY) is six
        with pytest.warns(DeprecationWarning, match="work_saturdays"):
            national = WorkCalendar.national(work_saturdays=six)
        assert national is WorkCalendar.national(minggu_kerja=mine)
    with (
        pytest.warns(DeprecationWarning, match="work_saturdays"),
        pytest.raises(ValidationError, match="not both"),
    ):
        WorkCalendar.national(minggu_kerja=LIMA, work_saturdays=False)
    with pytest.raises(ValidationError, match="minggu_kerja: expected a MingguKerja"):
        WorkCalendar.national(minggu_kerja=6)  # type: ignore[arg-type]


def test_the_json_recipe_keeps_the_weeks_citation_and_reads_the_old_key() -> None:
    cal = WorkCalendar.for_region("33", minggu_kerja=ENAM)
    data = io.unstructure(cal)
    assert data["minggu_kerja"] == {
        "hari": 6,
        "dasar": ["Pergub Uji 2/2024"],
        "unverified": False,
        "catatan": "uji: enam hari kerja",
    }
    back = io.from_json(io.to_json(cal), WorkCalendar)
    assert back.minggu_kerja == ENAM
    assert back.week_source == "caller: 6 hari kerja (Pergub Uji 2/2024)"
    assert back.is_working_day(SATURDAY)
    # A recipe written before the rename: the caller's uncited six-day week, no warning.
    old = io.from_json(
        '{"daerah": "33", "cuti_bersama": true, "work_saturdays": true, "estimates": false}',
        WorkCalendar,
    )
    assert (old.minggu_kerja.hari, old.minggu_kerja.unverified) == (6, True)
    assert old.is_working_day(SATURDAY)
    assert io.from_json('{"daerah": "33", "work_saturdays": null}', WorkCalendar).week_source == (
        WorkCalendar.for_region("33").week_source
    )
    with pytest.raises(ValidationError, match=r"work_saturdays: .*not both"):
        io.structure({"work_saturdays": True, "minggu_kerja": io.unstructure(ENAM)}, WorkCalendar)
    with pytest.raises(ValidationError, match=r"minggu_kerja\.hari: a working week has 5 or 6"):
        io.structure({"minggu_kerja": {"hari": 7, "dasar": ["Perbup Uji 3/2024"]}}, WorkCalendar)
