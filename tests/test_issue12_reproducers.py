"""Issue 12: every reproducer gives the correct value or the library's own typed error.

Each runs under a hang guard (an alarm far above the sub-second these take, so a regression
to the old minutes-long behaviour fails instead of stalling the suite); no test asserts a
wall-clock time.
"""

from __future__ import annotations

import decimal
import doctest
import signal
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from perangkat_daerah import akuntabilitas as ak
from perangkat_daerah import contoh, exact, io, regions, sla
from perangkat_daerah.anggaran import APBD, BarisAnggaran, read_csv
from perangkat_daerah.calendar import CALENDAR_HOOK, HariLibur, MingguKerja, WorkCalendar
from perangkat_daerah.errors import PerangkatDaerahError, PluginError, ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.money import Rupiah
from perangkat_daerah.testing.plugins import check_plugin

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    def stop(*_: object) -> None:
        raise TimeoutError("hung: the reproducer must finish promptly")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# -- silently wrong ------------------------------------------------------------------------


def test_caller_precision_changes_no_amount() -> None:
    apbd = contoh.apbd()
    expected = (apbd.total("4"), apbd.total("5"), apbd.total_by_perangkat_daerah())
    with decimal.localcontext() as ctx:
        ctx.prec = 6
        assert Rupiah("123456.78") + Rupiah("0.01") == Rupiah("123456.79")
        assert -Rupiah("123456.78") == Rupiah("-123456.78")
        assert Rupiah("1234567.89").format() == "Rp1.234.567,89"
        again = contoh.apbd()
        assert (again.total("4"), again.total("5"), again.total_by_perangkat_daerah()) == expected
        line = BarisAnggaran("5.1.01", "123456.78", "BKAD")
        one = APBD("32.60", 2027, [line, BarisAnggaran("5.1.01", "0.01", "BKAD")])
        assert one.total("5") == Rupiah("123456.79")


def test_caller_precision_changes_no_result_of_the_apbd_tutorial() -> None:
    path = DOCS / "tutorials" / "apbd.md"
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    with decimal.localcontext() as ctx:
        ctx.prec = 6
        ctx.rounding = decimal.ROUND_DOWN
        result = doctest.testfile(str(path), module_relative=False, optionflags=flags)
    assert result.attempted > 10
    assert result.failed == 0


def test_amounts_beyond_the_range_are_refused_not_rounded() -> None:
    with pytest.raises(ValidationError, match="supported range"):
        Rupiah("99999999999999999999.99") + Rupiah("0.01")
    with pytest.raises(ValidationError, match="supported range"):
        Rupiah(10**20)
    with pytest.raises(ValidationError, match="supported range"):
        Rupiah("1" * 30).format()


def test_fraction_products_are_exact_or_refused() -> None:
    assert Rupiah(100) * Fraction(1, 8) == Rupiah("12.5")
    assert Rupiah(3) * Fraction(1, 3) == Rupiah(1)
    with pytest.raises(ValidationError, match="not an exact amount"):
        Rupiah(1) * Fraction(1, 3) * 3
    with pytest.raises(ValidationError):
        Rupiah(1) * Fraction(1, 2**500)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Rupiah.parse("Rp١٢٣"),
        lambda: Rupiah("1_000"),
        lambda: Rupiah("١٢٣"),
        lambda: Citation.parse("PP ١٢/2019"),
        lambda: Citation.parse("PP 12/2019 Pasal ٥"),
        lambda: read_csv(
            "akun,kode_rekening,perangkat_daerah,jumlah\nbelanja,5.1.01,BKAD,١٠٠\n",
            daerah="32.60",
            tahun=2027,
        ),
    ],
)
def test_non_ascii_digits_and_underscores_are_refused(make: Callable[[], object]) -> None:
    with pytest.raises(ValidationError):
        make()


def test_one_thousand_written_with_a_dot_is_never_guessed() -> None:
    text = "akun,kode_rekening,perangkat_daerah,jumlah\nbelanja,5.1.01,BKAD,1.000\n"
    with pytest.raises(ValidationError, match=r"line 2\.jumlah: ambiguous"):
        read_csv(text, daerah="32.60", tahun=2027)
    assert read_csv(text, daerah="32.60", tahun=2027, format="id").total("5") == Rupiah(1000)


# -- raw exceptions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (b"\xff\xfe\xfa", dict),
        (b'{"a": "\xff"}', dict),
        ("[" * 100_000, list),
        ("1" * 5000, int),
        ("1" * 5000, Decimal),
        ('"1e99999999"', Fraction),
        ('"1E+99999999"', Decimal),
        ('"1E+99999999"', Rupiah),
        ("NaN", Decimal),
        ('{"a": Infinity}', dict),
    ],
)
def test_from_json_gives_typed_errors(text: str | bytes, cls: type[Any]) -> None:
    with pytest.raises(ValidationError):
        io.from_json(text, cls)


@pytest.mark.parametrize(
    "text",
    ["a = " + "[" * 100_000, "a = " + "1" * 5000, 'a = "\ud800"', "a = 1e999999"],
)
def test_from_toml_gives_typed_errors(text: str) -> None:
    with pytest.raises(ValidationError):
        io.from_toml(text, dict[str, Decimal])


def test_every_apbd_line_and_a_calendar_round_trip() -> None:
    for line in contoh.apbd().baris:
        assert io.from_json(io.to_json(line), BarisAnggaran) == line
    tagged = BarisAnggaran("5.1.01", "1", "BKAD", tags={"pendidikan"})  # type: ignore[arg-type]
    assert io.from_json(io.to_json(tagged), BarisAnggaran) == tagged
    for cal in (
        WorkCalendar.national(),
        WorkCalendar.for_region(
            "51", cuti_bersama=False, minggu_kerja=MingguKerja(6, dasar=["Perbup Contoh 1/2026"])
        ),
        WorkCalendar.national(estimates=True),
    ):
        back = io.from_json(io.to_json(cal), WorkCalendar)
        assert io.to_json(back) == io.to_json(cal)
        assert back.holidays(2026) == cal.holidays(2026)
        assert back.week_source == cal.week_source


def test_rupiah_beyond_the_range_in_arithmetic() -> None:
    with pytest.raises(ValidationError):
        Rupiah("9e999999") + Rupiah(1)
    with pytest.raises(ValidationError):
        Rupiah("1E+99999999").ratio(Rupiah(1))


@pytest.mark.parametrize(
    "make",
    [
        lambda: WorkCalendar.national().add_working_days(date(2026, 1, 1), -(10**6)),
        lambda: WorkCalendar.national().add_working_days(date(2026, 1, 1), 10**18),
        lambda: WorkCalendar.national(estimates=True).add_working_days(date(9999, 12, 31), 1),
        lambda: WorkCalendar.national(estimates=True).is_working_day(date(9999, 12, 31)),
        lambda: WorkCalendar.national().render_month(2026, 13),
        lambda: sla.Duration(2, "x"),  # type: ignore[arg-type]
        lambda: sla.deadline(
            datetime(2026, 3, 2, 9, tzinfo=timezone(timedelta(hours=7))),
            sla.Duration.working_hours(10**9),
            WorkCalendar.national(estimates=True),
        ),
        lambda: ak.Target("NaN"),
        lambda: ak.Target("Infinity"),
        lambda: ak.capaian(ak.Target("80"), "x"),
        lambda: ak.capaian(ak.Target("1E+99999999"), "1"),
        lambda: exact.percent(0.5),  # type: ignore[arg-type]
        lambda: exact.round_half_up(Fraction(1, 3), -1),
        lambda: ak.efisiensi(1.0, 0.5, "rasio"),  # type: ignore[arg-type]
        lambda: ak.RealisasiKinerja("IKU-1", 2026, 4.88),  # type: ignore[arg-type]
    ],
)
def test_raw_exceptions_and_hangs_are_typed_errors(make: Callable[[], object]) -> None:
    with pytest.raises(PerangkatDaerahError):
        make()


def test_add_working_days_array_refuses_nat() -> None:
    np = pytest.importorskip("numpy")
    starts = np.array(["NaT", "2026-01-05"], dtype="datetime64[D]")
    with pytest.raises(ValidationError, match="NaT"):
        WorkCalendar.national().add_working_days_array(starts, 1)


# -- plugins ---------------------------------------------------------------------------------


class _ExitingLayer:
    years = range(2020, 2028)

    def holidays(self, year: int) -> list[HariLibur]:
        raise SystemExit(3)

    def extra_working_days(self, year: int) -> list[Any]:
        return []


def test_a_plugin_calling_sys_exit_cannot_end_the_host() -> None:
    plugin = regions.RegionPlugin(
        "35", "Jawa Timur (exits)", contributions={CALENDAR_HOOK: _ExitingLayer()}
    )
    regions.register(plugin)
    try:
        with pytest.raises(PluginError, match="SystemExit"):
            WorkCalendar.for_region("35").is_working_day(date(2026, 1, 5))
        findings = check_plugin(plugin)
        assert any("SystemExit" in f for f in findings)
    finally:
        regions.unregister(plugin)


class _InterruptedLayer(_ExitingLayer):
    def holidays(self, year: int) -> list[HariLibur]:
        raise KeyboardInterrupt


def test_keyboard_interrupt_still_propagates() -> None:
    plugin = regions.RegionPlugin("36", "Banten (ctrl-c)", contributions={})
    layer = _InterruptedLayer()
    info = regions.PluginInfo(str(plugin.kode), "test", "registered", None, plugin, None)
    with pytest.raises(KeyboardInterrupt), regions.guarded(info, "calendar"):
        layer.holidays(2026)


class _RaisingLayer(_ExitingLayer):
    def holidays(self, year: int) -> list[HariLibur]:
        raise ZeroDivisionError("oops")


def test_check_plugin_reports_a_plugins_exception_as_a_finding() -> None:
    plugin = regions.RegionPlugin(
        "35", "Jawa Timur (raises)", contributions={CALENDAR_HOOK: _RaisingLayer()}
    )
    findings = check_plugin(plugin, registered=False)
    assert any("ZeroDivisionError: oops" in f for f in findings)
