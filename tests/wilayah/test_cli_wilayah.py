"""``perangkat-daerah wilayah``: any level, children, search, each with --json."""

from __future__ import annotations

import io
import json

import pytest

from perangkat_daerah.cli import main


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_done_when_cari_badung_json_first_item_is_51_03() -> None:
    status, text = _run("wilayah", "cari", "badung", "--json")
    assert status == 0
    found = json.loads(text)
    assert isinstance(found, list)
    assert found[0]["kode"] == "51.03"
    assert found[0]["nama"] == "Kabupaten Badung"


def test_kab_kota_of_bogor_shows_population_area_and_children() -> None:
    status, text = _run("wilayah", "32.01")
    assert status == 0
    assert text.startswith("32.01  Kabupaten Bogor\n")
    assert "penduduk   :" in text
    assert "luas       :" in text
    assert "kecamatan" in text
    assert "Kepmendagri 300.2.2-2138/2025" in text


def test_json_of_one_region_has_its_figures_and_parents() -> None:
    status, text = _run("wilayah", "31.71", "--json")
    assert status == 0
    d = json.loads(text)
    assert d["nama"] == "Kota Administrasi Jakarta Pusat"
    assert d["jenis"] == "kota administrasi"
    assert d["induk"] == [{"kode": "31", "nama": "Daerah Khusus Ibukota Jakarta"}]
    assert d["penduduk"]["total"] == d["penduduk"]["pria"] + d["penduduk"]["wanita"]
    assert d["penduduk"]["tanggal"] == "2024-12-31"
    assert d["luas"]["km2"] == "47.565"
    assert sum(d["jumlah_anak"].values()) > 0


def test_desa_level_text() -> None:
    status, text = _run("wilayah", "5103052001")
    assert status == 0
    assert "51.03.05.2001  Pecatu" in text
    assert "Kuta Selatan (51.03.05)" in text


def test_anak_lists_children_in_text_and_json() -> None:
    status, text = _run("wilayah", "51", "--anak")
    assert status == 0
    assert len(text.splitlines()) == 9
    status, text = _run("wilayah", "51", "--anak", "--json")
    assert [d["kode"] for d in json.loads(text)][:2] == ["51.01", "51.02"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["wilayah", "99"], "unknown region code '99'"),
        (["wilayah", "cari"], "teks"),
        (["wilayah", "51", "extra"], "only 'wilayah cari'"),
        (["wilayah", "5.1"], "kode: expected"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run(*argv)
    err = capsys.readouterr().err
    assert status == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
