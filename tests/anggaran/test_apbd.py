"""The APBD: lines, phases, totals, loading from JSON and CSV."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from perangkat_daerah import contoh, io
from perangkat_daerah.anggaran import (
    APBD,
    Akun,
    BarisAnggaran,
    Fase,
    Kategori,
    KodeRekening,
    TingkatRekening,
    read_csv,
    read_json,
    write_csv,
    write_json,
)
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah


def _apbd() -> APBD:
    return APBD(
        "32.60",
        2027,
        [
            BarisAnggaran("4.1.01.01.01.0001", Rupiah(1000), "BKAD"),
            BarisAnggaran(
                "5.1.01.01.01.0001", Rupiah(400), "Disdik", sub_kegiatan="1.01.01.2.02.0001"
            ),
            BarisAnggaran(
                "5.1.02.01.01.0024", Rupiah("150.50"), "Disdik", sub_kegiatan="1.01.02.2.01.0001"
            ),
            BarisAnggaran(
                "5.2.02.05.01.0001", Rupiah(600), "Dinkes", sub_kegiatan="1.02.02.2.01.0001"
            ),
            BarisAnggaran("6.1.01.01.01.0001", Rupiah(200), "BKAD"),
            BarisAnggaran("6.2.02.01.01.0001", Rupiah(50), "BKAD"),
            BarisAnggaran(
                "5.1.02.01.01.0024",
                Rupiah(100),
                "Disdik",
                fase=Fase.RANCANGAN,
                sub_kegiatan="1.01.02.2.01.0001",
            ),
        ],
    )


def test_totals_at_each_level_and_akun() -> None:
    a = _apbd()
    assert a.total("5") == Rupiah("1150.50")
    assert a.total(Akun.BELANJA) == a.total("5")
    assert a.total("5.1") == Rupiah("550.50")
    assert a.total("5.1.02.01.01.0024") == Rupiah("150.50")
    assert a.total("5.3") == Rupiah(0)
    jenis = a.totals_at(TingkatRekening.JENIS)
    assert jenis[KodeRekening("5.2.02")] == Rupiah(600)
    assert list(jenis) == sorted(jenis)


def test_surplus_pembiayaan_and_silpa_follow_pp_12_2019() -> None:
    a = _apbd()
    assert a.surplus_defisit() == Rupiah("-150.50")  # Pasal 83 ayat (1)
    assert a.pembiayaan_netto() == Rupiah(150)  # Pasal 70 ayat (5)-(6)
    assert a.silpa() == Rupiah("-0.50")  # a SiKPA


def test_phases_are_kept_side_by_side_and_the_latest_is_the_default() -> None:
    a = _apbd()
    assert a.fases == (Fase.RANCANGAN, Fase.MURNI)
    assert a.total("5", fase=Fase.RANCANGAN) == Rupiah(100)
    assert a.total("5") == a.total("5", fase=Fase.MURNI)
    amended = APBD(
        a.daerah,
        a.tahun,
        [*a.baris, BarisAnggaran("5.2.02.05.01.0001", 1, "X", fase=Fase.PERUBAHAN)],
    )
    assert amended.total("5") == Rupiah(1)
    assert amended.total("5", fase=Fase.MURNI) == a.total("5")


def test_totals_by_perangkat_daerah_program_and_urusan() -> None:
    a = _apbd()
    assert dict(a.total_by_perangkat_daerah()) == {
        "Dinkes": Rupiah(600),
        "Disdik": Rupiah("550.50"),
    }
    assert dict(a.total_by_program("5.1")) == {"1.01.01": Rupiah(400), "1.01.02": Rupiah("150.50")}
    assert dict(a.total_by_urusan()) == {"1.01": Rupiah("550.50"), "1.02": Rupiah(600)}
    assert dict(a.total_by_perangkat_daerah(Akun.PENDAPATAN)) == {"BKAD": Rupiah(1000)}


def test_a_line_refuses_bad_values() -> None:
    with pytest.raises(ValidationError, match="negative"):
        BarisAnggaran("5.1.02", Rupiah(-1), "X")
    with pytest.raises(ValidationError, match="jenis level"):
        BarisAnggaran("5.1", Rupiah(1), "X")
    with pytest.raises(ValidationError, match="pendapatan, belanja or pembiayaan"):
        BarisAnggaran("1.1.01", Rupiah(1), "X")
    with pytest.raises(ValidationError, match="full sub kegiatan"):
        BarisAnggaran("5.1.02", Rupiah(1), "X", sub_kegiatan="1.02.02")
    with pytest.raises(ValidationError, match="float"):
        BarisAnggaran("5.1.02", 0.5, "X")  # type: ignore[arg-type]


def test_mixing_a_code_and_its_ancestor_in_one_phase_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        APBD("32.60", 2027, [BarisAnggaran("5.1.02", 1, "X"), BarisAnggaran("5.1.02.01", 1, "X")])
    assert err.value.problems[0].path == "baris[1].kode_rekening"
    # the same codes in different phases are fine
    APBD(
        "32.60",
        2027,
        [BarisAnggaran("5.1.02", 1, "X"), BarisAnggaran("5.1.02.01", 1, "X", fase=Fase.PERUBAHAN)],
    )


def test_json_round_trip_is_identity_and_goes_through_the_io_converter() -> None:
    a = _apbd()
    text = write_json(a)
    assert read_json(text) == a
    assert io.from_json(io.to_json(a), APBD) == a
    assert json.loads(text)["baris"][0]["akun"] == "pendapatan"


def test_csv_round_trip() -> None:
    a = APBD(
        "32.60",
        2027,
        [
            *_apbd().baris,
            BarisAnggaran("5.4.02.05.01.0001", 5, "DPMD", tags=[Kategori.ALOKASI_DANA_DESA]),
        ],
    )
    assert read_csv(write_csv(a), daerah="32.60", tahun=2027) == a


def test_every_bad_json_row_is_reported_at_once() -> None:
    rows = [
        {"akun": "belanja", "kode_rekening": "5.1.1", "perangkat_daerah": "X", "jumlah": "1"},
        {"akun": "pendapatan", "kode_rekening": "5.1.02", "perangkat_daerah": "X", "jumlah": "1"},
        {"akun": "belanja", "kode_rekening": "5.1.02", "perangkat_daerah": "X", "jumlah": 1.5},
        {"akun": "belanja", "kode_rekening": "5.1.02", "perangkat_daerah": "X", "jumlah": "abc"},
        {
            "akun": "belanja",
            "kode_rekening": "5.1.02",
            "perangkat_daerah": "",
            "jumlah": "1",
            "sub_kegiatan": "1.99.01.2.01.0001",
            "warna": "merah",
        },
        {"akun": "belanja", "kode_rekening": "5.1.03", "perangkat_daerah": "X", "jumlah": "1"},
    ]
    with pytest.raises(ValidationError) as err:
        read_json(json.dumps({"daerah": "32.60", "tahun": 2027, "baris": rows}))
    paths = [p.path for p in err.value.problems]
    assert paths == [
        "baris[0].kode_rekening",
        "baris[1].kode_rekening",
        "baris[2].jumlah",
        "baris[3].jumlah",
        "baris[4].warna",
        "baris[4].sub_kegiatan",
        "baris[4].perangkat_daerah",
    ]
    messages = {p.path: p.message for p in err.value.problems}
    assert "belanja code cannot stand under akun pendapatan" in messages["baris[1].kode_rekening"]
    assert "float" in messages["baris[2].jumlah"]
    assert "urusan catalogue" in messages["baris[4].sub_kegiatan"]


def test_every_bad_csv_row_is_reported_with_its_file_line() -> None:
    text = (
        "akun,kode_rekening,perangkat_daerah,jumlah\n"
        "belanja,5.1.02,X,1\n"
        "pembiayaan,5.1.02,X,1\n"
        "belanja,5.1.02,X,-3\n"
        "belanja,5.1.02,X,1,extra\n"
    )
    with pytest.raises(ValidationError) as err:
        read_csv(text, daerah="32.60", tahun=2027)
    assert [p.path for p in err.value.problems] == [
        "line 3.kode_rekening",
        "line 4.jumlah",
        "line 5.extra cells",
    ]


def test_csv_needs_its_columns_and_a_valid_header() -> None:
    with pytest.raises(ValidationError) as err:
        read_csv("kode_rekening,jumlah\n5.1.02,1\n", daerah="32.60", tahun=2027)
    assert [p.value for p in err.value.problems] == ["akun", "perangkat_daerah"]
    with pytest.raises(ValidationError) as err:
        read_csv("akun,kode_rekening,perangkat_daerah,jumlah\n", daerah="3", tahun=1999)
    assert [p.path for p in err.value.problems] == ["daerah", "tahun"]


def test_amounts_stay_exact() -> None:
    lines = [
        BarisAnggaran("5.1.02.01.01.0024", Rupiah("0.10"), "X", sub_kegiatan=None) for _ in range(3)
    ]
    a = APBD("32.60", 2027, lines)
    assert a.total("5").amount == Decimal("0.30")


def test_level_mixing_in_csv_names_the_file_lines() -> None:
    text = "akun,kode_rekening,perangkat_daerah,jumlah\nbelanja,5.1.02,X,1\nbelanja,5.1.02.01,X,1\n"
    with pytest.raises(ValidationError) as err:
        read_csv(text, daerah="32.60", tahun=2027)
    (problem,) = err.value.problems
    assert problem.path == "line 3.kode_rekening"
    assert "line 2" in problem.message


def test_lines_is_a_deprecated_name_of_baris_fase() -> None:
    """One name per legal thing: the lines of a phase are ``baris_fase`` (issue 16)."""
    apbd = contoh.apbd()
    with pytest.warns(
        DeprecationWarning, match=r"APBD\.lines is deprecated .* use APBD\.baris_fase"
    ):
        old = apbd.lines()
    assert old == apbd.baris_fase()
