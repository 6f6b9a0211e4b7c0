"""The registry: discovery through entry points, layering, and loud, contained failures."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from perangkat_daerah import cli, regions, sla, wilayah
from perangkat_daerah.calendar import CALENDAR_HOOK, WorkCalendar
from perangkat_daerah.errors import PluginError, ValidationError
from perangkat_daerah.testing.plugins import assert_conforms, check_plugin

EXAMPLE_DIST = "perangkat-daerah-kabupaten-contoh"


def test_the_example_plugin_is_discovered_through_its_entry_point() -> None:
    info = regions.plugin_for(wilayah.CONTOH)
    assert info is not None
    assert (info.source, info.distribution) == ("entry point", EXAMPLE_DIST)
    assert str(info.plugin) == "32.60 Kabupaten Sukamaju"
    assert_conforms(info.require())


def test_the_example_plugin_is_layered_under_its_province() -> None:
    province = regions.RegionPlugin("32", "Jawa Barat (test)", contributions={})
    regions.register(province)
    try:
        chain = regions.chain("32.60")
        assert [str(i.plugin) for i in chain] == [
            "32 Jawa Barat (test)",
            "32.60 Kabupaten Sukamaju",
        ]
    finally:
        regions.unregister(province)
    cal = WorkCalendar.for_region("32.60")
    assert not cal.is_working_day(date(2026, 3, 4))
    assert WorkCalendar.for_region("32").is_working_day(date(2026, 3, 4))
    assert "entry point, perangkat-daerah-kabupaten-contoh" in cal.explain(date(2026, 3, 4))
    hours = sla.jam_kerja_daerah("32.60", date(2026, 3, 2))
    assert hours.window(0) == (time(8, 0), time(15, 0))
    assert sla.jam_kerja_daerah("32", date(2026, 3, 2)).window(0) == (time(7, 30), time(16, 0))


def test_breaking_the_example_plugin_gives_one_line_and_spares_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import perangkat_daerah_kabupaten_contoh as contoh_plugin

    def broken(self: object, year: int) -> tuple[()]:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(contoh_plugin.LiburSukamaju, "holidays", broken)
    regions.refresh()
    try:
        with pytest.raises(PluginError) as err:
            WorkCalendar.for_region("32.60")
        message = str(err.value)
        assert "\n" not in message
        assert "32.60 Kabupaten Sukamaju" in message
        assert EXAMPLE_DIST in message
        assert "RuntimeError: broken on purpose" in message
        assert err.value.distribution == EXAMPLE_DIST
        assert not WorkCalendar.national().is_working_day(date(2026, 3, 19))
        assert not WorkCalendar.for_region("51").is_working_day(date(2026, 6, 17))
        assert WorkCalendar.for_region("32").is_working_day(date(2026, 3, 4))
    finally:
        monkeypatch.undo()
        regions.refresh()
    assert not WorkCalendar.for_region("32.60").is_working_day(date(2026, 3, 4))


@pytest.fixture
def fake_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A distribution installed only on a temporary sys.path entry (no installed file edited)."""
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    monkeypatch.undo()
    regions.refresh()


def _install(where: Path, name: str, entry_points: str, module: str) -> None:
    info = where / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[perangkat_daerah.regions]\n{entry_points}\n")
    (where / f"{name.replace('-', '_')}.py").write_text(textwrap.dedent(module))


def test_load_failures_are_contained_and_named(fake_dist: Path) -> None:
    _install(
        fake_dist,
        "rusak-plugins",
        "33 = rusak_plugins:RAISES\n35 = rusak_plugins:old_api\n36 = rusak_plugins:WRONG\n"
        "51 = rusak_plugins:BALI_TWO\nbukan-kode = rusak_plugins:RAISES",
        """
        from perangkat_daerah.regions import RegionPlugin
        def __getattr__(name):
            if name == "RAISES":
                raise ImportError("cannot load")
            raise AttributeError(name)
        def old_api():
            return RegionPlugin("35", "Jawa Timur", api_version=99)
        WRONG = RegionPlugin("34", "salah kode")
        BALI_TWO = RegionPlugin("51", "Bali (kedua)")
        """,
    )
    regions.refresh()
    infos = {i.kode: i for i in regions.installed() if i.distribution == "rusak-plugins"}
    assert "raised while loading: ImportError: cannot load" in str(infos["33"].error)
    assert "API version 99" in str(infos["35"].error)
    assert "declares region 34" in str(infos["36"].error)
    assert "two or more plugins claim region 51" in str(infos["51"].error)
    assert "must be a Kemendagri code" in str(infos["bukan-kode"].error)
    assert all("(from rusak-plugins)" in str(i.error) for i in infos.values())
    with pytest.raises(PluginError, match="ImportError: cannot load"):
        WorkCalendar.for_region("33")
    with pytest.raises(PluginError, match="two or more plugins claim region 51"):
        WorkCalendar.for_region("51.71")
    assert WorkCalendar.for_region("11").is_working_day(date(2024, 6, 22))
    assert WorkCalendar.national().is_working_day(date(2026, 6, 17))


def test_overrides_need_a_reason_and_apply_only_to_higher_layers() -> None:
    from perangkat_daerah.calendar import StaticLayer

    denpasar = regions.RegionPlugin(
        "51.71",
        "Kota Denpasar (test)",
        contributions={CALENDAR_HOOK: StaticLayer()},
        overrides=[
            regions.Override("calendar", "2026-06-17", "uji: kantor buka", ["Perwali 1/2026"]),
            regions.Override("calendar", "2026-03-19", "uji: Nyepi tidak bisa", ["Perwali 1/2026"]),
        ],
    )
    regions.register(denpasar)
    try:
        cal = WorkCalendar.for_region("51.71")
        assert cal.is_working_day(date(2026, 6, 17))  # the provincial Galungan is overridden
        assert not cal.is_working_day(date(2026, 3, 19))  # national Nyepi is never removed
        assert not cal.is_working_day(date(2026, 6, 18))  # Umanis Galungan still applies
        assert check_plugin(denpasar) == ()
    finally:
        regions.unregister(denpasar)
    with pytest.raises(ValidationError, match="alasan: expected non-empty text"):
        regions.Override("calendar", "2026-06-17", " ", ["Perwali 1/2026"])


def test_a_single_valued_hook_replaced_without_override_is_refused() -> None:
    hours = sla.JamKerja.harian(time(8, 0), time(12, 0))
    denpasar = regions.RegionPlugin(
        "51.71", "Kota Denpasar (test)", contributions={sla.JAM_KERJA_HOOK: hours}
    )
    province = regions.RegionPlugin("51", "Bali (test)", contributions={sla.JAM_KERJA_HOOK: hours})
    regions.register(denpasar)
    try:
        assert sla.jam_kerja_daerah("51.71", date(2026, 3, 2)) == hours
        problems = check_plugin(denpasar)
        assert problems == ("jam_kerja: no rule (the regulation that sets the hours)",)
    finally:
        regions.unregister(denpasar)
    assert province.contribution(sla.JAM_KERJA_HOOK) == hours


def test_the_conformance_kit_reports_every_problem() -> None:
    bad = regions.RegionPlugin(
        "51", "Bali (bad)", contributions={"calendar": 3, "cuaca": "cerah"}, api_version=2
    )
    problems = check_plugin(bad, registered=False)
    assert any("api_version 2" in p for p in problems)
    assert any("hook cuaca: not a hook" in p for p in problems)
    assert any("expected a CalendarLayer" in p for p in problems)
    with pytest.raises(AssertionError, match="breaks the plugin contract"):
        assert_conforms(bad, registered=False)


def test_register_refuses_what_is_not_a_plugin() -> None:
    with pytest.raises(ValidationError, match="plugin: expected a RegionPlugin"):
        regions.register("51")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="api_version"):
        regions.RegionPlugin("51", "Bali", api_version=0)


def test_the_cli_lists_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    import io

    out = io.StringIO()
    assert cli.main(["plugins"], out=out) == 0
    text = out.getvalue()
    assert "51     51 Bali" in text
    assert EXAMPLE_DIST in text
    assert text.count(" ok") >= 11


def test_a_plugin_adds_service_catalogue_entries() -> None:
    from perangkat_daerah import pelayanan

    extra = pelayanan.katalog_layanan()[0]
    plugin = regions.RegionPlugin(
        "33",
        "Jawa Tengah (test)",
        contributions={pelayanan.PELAYANAN_HOOK: pelayanan.KatalogDaerah([extra])},
    )
    regions.register(plugin)
    try:
        assert pelayanan.katalog_daerah("33.71")[-1] == extra
        assert len(pelayanan.katalog_daerah("33")) == len(pelayanan.katalog_layanan()) + 1
        assert check_plugin(plugin) == ()
    finally:
        regions.unregister(plugin)
    assert pelayanan.katalog_daerah("33") == pelayanan.katalog_layanan()
    with pytest.raises(ValidationError, match=r"layanan\[0\]: expected a LayananKatalog"):
        pelayanan.KatalogDaerah(["ktp-el"])  # type: ignore[list-item]
