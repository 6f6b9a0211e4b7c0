"""Plugins add or correct region records (with a cited reason); for_region for every code."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest

from perangkat_daerah import regions, wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import PluginError, UnknownRegionError, ValidationError
from perangkat_daerah.testing.plugins import check_plugin
from perangkat_daerah.wilayah import Daerah, Pemutakhiran, Tingkat, _daftar

GALUNGAN_2026 = date(2026, 6, 17)  # a Bali day off from the built-in Bali plugin


def test_fresh_process_gives_badung_balis_days_with_no_provider() -> None:
    code = (
        "from datetime import date\n"
        "from perangkat_daerah.calendar import WorkCalendar\n"
        "c = WorkCalendar.for_region('51.03')\n"
        "print(c.daerah.nama, c.zona_waktu.value, [str(i.plugin) for i in c.plugins],"
        " c.is_working_day(date(2026, 6, 17)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "Kabupaten Badung WITA ['51 Bali'] False"
    assert WorkCalendar.national().is_working_day(GALUNGAN_2026)


def test_for_region_works_for_every_kab_kota_and_a_desa() -> None:
    for kode in _daftar.codes(Tingkat.KABUPATEN_KOTA):
        cal = WorkCalendar.for_region(kode)
        assert cal.daerah is not None
        assert cal.daerah.kode.kode == kode
    desa = WorkCalendar.for_region("51.03.05.2001")
    assert not desa.is_working_day(GALUNGAN_2026)
    with pytest.raises(UnknownRegionError):
        WorkCalendar.for_region("51.10")


def _dob(kode: str = "32.19") -> Pemutakhiran:
    return Pemutakhiran(
        [Daerah(kode, "Kabupaten Contoh Pemekaran", "kabupaten", "WIB")],
        alasan="daerah otonom baru (test data, not a real region)",
        dasar=["UU 99/2099"],
    )


@pytest.fixture
def dob_plugin() -> Iterator[regions.RegionPlugin]:
    plugin = regions.RegionPlugin(
        "32.19", "Kabupaten Contoh Pemekaran", contributions={regions.WILAYAH_HOOK: _dob()}
    )
    regions.register(plugin)
    yield plugin
    regions.unregister(plugin)


def test_a_plugin_registers_its_own_new_region(dob_plugin: regions.RegionPlugin) -> None:
    d = regions.daerah("32.19")
    assert d.nama == "Kabupaten Contoh Pemekaran"
    assert [str(c) for c in d.dasar] == ["UU 99/2099"]
    cal = WorkCalendar.for_region("32.19")
    assert cal.daerah == d
    assert [str(i.plugin) for i in cal.plugins] == ["32.19 Kabupaten Contoh Pemekaran"]
    with pytest.raises(UnknownRegionError):
        wilayah.get("32.19")  # the decree does not know it; regions.daerah does
    assert check_plugin(dob_plugin) == ()


def test_a_province_plugin_corrects_a_record_below_it_with_a_reason() -> None:
    fix = Pemutakhiran(
        [Daerah("51.03", "Kabupaten Badung (dikoreksi)", "kabupaten", "WITA")],
        alasan="ejaan menurut keputusan yang lebih baru (test)",
        dasar=["Kepmendagri 1/2099"],
    )
    plugin = regions.RegionPlugin("51.03", "Badung (test)", contributions={"wilayah": fix})
    regions.register(plugin)
    try:
        assert regions.daerah("51.03").nama == "Kabupaten Badung (dikoreksi)"
        assert str(regions.daerah("51.03").dasar[0]) == "Kepmendagri 1/2099"
        assert wilayah.get("51.03").nama == "Kabupaten Badung"
        assert regions.daerah("51.03.05").nama == "Kuta Selatan"  # other records untouched
        res = regions.resolve("51.03", regions.WILAYAH_HOOK)
        assert res.values[0].alasan.startswith("ejaan")
    finally:
        regions.unregister(plugin)
    assert regions.daerah("51.03").nama == "Kabupaten Badung"


def test_a_record_outside_the_plugins_region_is_refused() -> None:
    stray = regions.RegionPlugin("51.03", "Badung (test)", contributions={"wilayah": _dob()})
    assert any("outside" in p for p in check_plugin(stray, registered=False))
    regions.register(stray)
    try:
        with pytest.raises(PluginError, match=r"outside its region 51\.03"):
            regions.daerah("51.03")
    finally:
        regions.unregister(stray)


def test_an_update_needs_a_reason_a_decree_and_records() -> None:
    rec = [Daerah("32.19", "Kabupaten X", "kabupaten", "WIB")]
    with pytest.raises(ValidationError, match="dasar"):
        Pemutakhiran(rec, alasan="x", dasar=[])
    with pytest.raises(ValidationError, match="alasan"):
        Pemutakhiran(rec, alasan=" ", dasar=["UU 99/2099"])
    with pytest.raises(ValidationError, match="daerah"):
        Pemutakhiran([], alasan="x", dasar=["UU 99/2099"])
    bad = regions.RegionPlugin("32.19", "X", contributions={"wilayah": "not records"})
    assert any("hook wilayah" in p for p in check_plugin(bad, registered=False))
