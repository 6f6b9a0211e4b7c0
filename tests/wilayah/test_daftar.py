"""The embedded code list of Kepmendagri 300.2.2-2138/2025: counts, shape, Jakarta, kinds."""

from __future__ import annotations

import subprocess
import sys

import pytest

from perangkat_daerah import wilayah
from perangkat_daerah.errors import UnknownRegionError, ValidationError
from perangkat_daerah.wilayah import JenisDaerah, Tingkat, ZonaWaktu, _daftar


@pytest.mark.parametrize(
    ("tingkat", "n"),
    [(Tingkat.PROVINSI, 38), (Tingkat.KABUPATEN_KOTA, 514), (Tingkat.KECAMATAN, 7_285),
     (Tingkat.DESA_KELURAHAN, 83_762)],
)  # fmt: skip
def test_counts_per_level(tingkat: Tingkat, n: int) -> None:
    assert sum(1 for _ in _daftar.codes(tingkat)) == n


def test_done_when_names_and_children() -> None:
    assert wilayah.get("31.71").nama == "Kota Administrasi Jakarta Pusat"
    assert wilayah.get("51.03").nama == "Kabupaten Badung"
    assert len(wilayah.children("51")) == 9


def test_the_jakarta_five_follow_kemendagri_not_bps() -> None:
    names = {d.kode.kode: d.nama for d in wilayah.children("31")}
    assert names == {
        "31.01": "Kabupaten Administrasi Kepulauan Seribu",
        "31.71": "Kota Administrasi Jakarta Pusat",
        "31.72": "Kota Administrasi Jakarta Utara",
        "31.73": "Kota Administrasi Jakarta Barat",
        "31.74": "Kota Administrasi Jakarta Selatan",
        "31.75": "Kota Administrasi Jakarta Timur",
    }
    kinds = {d.jenis for d in wilayah.children("31")}
    assert kinds == {JenisDaerah.KOTA_ADMINISTRASI, JenisDaerah.KABUPATEN_ADMINISTRASI}
    assert not any(d.jenis.otonom for d in wilayah.children("31"))


def test_every_child_code_starts_with_its_parent_and_every_level_links_up() -> None:
    for tingkat in (Tingkat.KABUPATEN_KOTA, Tingkat.KECAMATAN, Tingkat.DESA_KELURAHAN):
        seen = 0
        for parent in _daftar.codes(Tingkat(tingkat - 1)):
            for child in _daftar.children_codes(parent):
                assert child.startswith(parent + ".")
                seen += 1
        assert seen == sum(1 for _ in _daftar.codes(tingkat))


def test_kinds_from_code_and_name() -> None:
    assert wilayah.get("51.71").jenis is JenisDaerah.KOTA
    assert wilayah.get("51.03").jenis is JenisDaerah.KABUPATEN
    assert wilayah.get("51.03.05").jenis is JenisDaerah.KECAMATAN
    assert wilayah.get("51.03.05.1004").jenis is JenisDaerah.KELURAHAN
    assert wilayah.get("51.03.05.2001").jenis is JenisDaerah.DESA
    papua = wilayah.children("91.03")[0]
    assert papua.jenis is JenisDaerah.DISTRIK
    assert papua.jenis.tingkat is Tingkat.KECAMATAN
    assert wilayah.get("91.03.01.3007").jenis is JenisDaerah.DESA  # "Desa Adat Yoboi"


def test_zone_of_every_level_is_the_provinces() -> None:
    assert wilayah.get("51.03.05.2001").zona_waktu is ZonaWaktu.WITA
    assert wilayah.get("94.01").zona_waktu is ZonaWaktu.WIT
    assert wilayah.get("61.01.01").zona_waktu is ZonaWaktu.WIB  # Kalimantan Barat


def test_lineage_parent_and_counts() -> None:
    chain = wilayah.lineage("51.03.05.2001")
    assert [d.kode.kode for d in chain] == ["51.03.05.2001", "51.03.05", "51.03", "51"]
    assert chain[0].parent == chain[1]
    assert chain[-1].parent is None
    n = wilayah.counts("51.03.05")
    assert n == {JenisDaerah.KELURAHAN: 3, JenisDaerah.DESA: 3}
    assert sum(n.values()) == len(wilayah.children("51.03.05"))
    bali = wilayah.counts("51")
    assert bali[JenisDaerah.KABUPATEN] == 8
    assert bali[JenisDaerah.KOTA] == 1
    everything = wilayah.counts("51", Tingkat.DESA_KELURAHAN)
    assert sum(everything.values()) == sum(
        len(wilayah.children(kec.kode)) for kab in wilayah.children("51")
        for kec in wilayah.children(kab.kode)
    )  # fmt: skip


def test_counts_refuses_a_level_not_below() -> None:
    with pytest.raises(ValidationError, match="tingkat"):
        wilayah.counts("51.03", Tingkat.PROVINSI)


@pytest.mark.parametrize(
    ("kode", "files"),
    [("51.03.05.2001", ["4/51.csv.gz"]), ("51.03", ["2.csv.gz"]), ("51.03.05", ["3.csv.gz"])],
)
def test_a_lookup_in_a_fresh_process_reads_only_its_level(kode: str, files: list[str]) -> None:
    code = (
        "from perangkat_daerah.wilayah import _daftar, get\n"
        f"get({kode!r})\nprint(list(_daftar.loaded()))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == repr(files)


def test_unknown_codes_of_every_level() -> None:
    for kode in ("99", "51.10", "51.03.99", "51.03.05.2999", "10.01.01.1001"):
        with pytest.raises(UnknownRegionError) as info:
            wilayah.get(kode)
        assert info.value.kode == kode
    assert wilayah.children("51.03.05.2001") == ()


def test_sukamaju_stays_fictional_at_32_60() -> None:
    assert all(not k.startswith("32.6") for k in _daftar.children_codes("32"))
    suk = wilayah.get(wilayah.CONTOH)
    assert suk.fiktif
    assert suk.kode.kode == "32.60"
    assert suk.dasar == ()
    assert suk.penduduk is None
    assert suk.luas is None
    assert wilayah.children(wilayah.CONTOH) == ()


def test_warm_get_returns_the_same_object() -> None:
    assert wilayah.get("51.03") is wilayah.get("51.03") is wilayah.get("5103")
