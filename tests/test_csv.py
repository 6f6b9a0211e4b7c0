"""Every CSV loader: path, text or file; BOM; ';'; malformed input as a typed error naming
the line; and every CSV writer neutralises spreadsheet formulas (OWASP) reversibly."""

from __future__ import annotations

import contextlib
import io as stdio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import APBD, BarisAnggaran, read_csv, read_realisasi_csv, write_csv
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.pelayanan import SKM
from perangkat_daerah.wilayah import StaticProvider

APBD_CSV = "akun,kode_rekening,perangkat_daerah,jumlah\nbelanja,5.1.01,BKAD,1250000.50\n"
REALISASI_CSV = "kode_rekening,perangkat_daerah,bulan,jumlah\n5.1.01,BKAD,3,1000\n"
SKM_CSV = "responden,U1,U2\nr1,4,3\n"
WILAYAH_CSV = "kode,nama\n51.71,Kota Denpasar\n"

LOADERS: dict[str, tuple[Callable[[Any], object], str]] = {
    "apbd": (lambda s: read_csv(s, daerah="32.60", tahun=2027), APBD_CSV),
    "realisasi": (lambda s: read_realisasi_csv(s, APBD("32.60", 2027, [])), REALISASI_CSV),
    "skm": (lambda s: SKM.from_csv(s, layanan="KTP", periode="2026"), SKM_CSV),
    "wilayah": (StaticProvider.from_csv, WILAYAH_CSV),
}


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_text_path_file_bom_and_semicolon_give_the_same_result(name: str, tmp_path: Path) -> None:
    load, text = LOADERS[name]
    expected = load(text)
    path = tmp_path / "data.csv"
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    assert load(path) == expected
    with path.open(encoding="utf-8") as f:
        assert load(f) == expected
    assert load(stdio.BytesIO(path.read_bytes())) == expected
    assert load("\ufeff" + text) == expected
    assert load(text.replace(",", ";")) == expected
    assert load(text.replace("\n", "\r\n")) == expected


@pytest.mark.parametrize("name", sorted(LOADERS))
@pytest.mark.parametrize(
    "bad",
    [
        "\r",
        '"',
        "x" * 131_073,
        '"unterminated\nfield',
        "a\0b",
        b"\xff\xfe\x00",
    ],
)
def test_malformed_csv_is_a_typed_error(name: str, bad: str | bytes) -> None:
    load, text = LOADERS[name]
    header, _, row = text.partition("\n")
    source: str | bytes = (
        bad if isinstance(bad, bytes) else f"{header}\n{row.split(',', 1)[0]},{bad}\n"
    )
    # the library's own error or a value (a lone '\r' ends a line); anything else fails
    with contextlib.suppress(ValidationError):
        load(source)


def test_a_field_over_the_limit_names_the_line() -> None:
    text = APBD_CSV + "belanja,5.1.01,BKAD," + "1" * 131_073 + "\n"
    with pytest.raises(ValidationError, match="line 3: malformed CSV"):
        read_csv(text, daerah="32.60", tahun=2027)


def test_missing_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot read the file"):
        read_csv(tmp_path / "nope.csv", daerah="32.60", tahun=2027)


def test_bulan_follows_the_number_policy() -> None:
    apbd = APBD("32.60", 2027, [])
    for bad in ("١٢", "1_2", "03.0", "+3"):
        with pytest.raises(ValidationError, match=r"line 2\.bulan: expected a month 1-12"):
            read_realisasi_csv(REALISASI_CSV.replace(",3,", f",{bad},"), apbd)


def test_indonesian_amounts_only_where_declared() -> None:
    text = "akun;kode_rekening;perangkat_daerah;jumlah\nbelanja;5.1.01;BKAD;1.000\n"
    with pytest.raises(ValidationError, match=r"line 2\.jumlah: ambiguous"):
        read_csv(text, daerah="32.60", tahun=2027)
    apbd = read_csv(text, daerah="32.60", tahun=2027, format="id")
    assert str(apbd.total("5").amount) == "1000"
    with pytest.raises(ValidationError, match="Indonesian style"):
        read_csv(text.replace("1.000", "1,000.00"), daerah="32.60", tahun=2027, format="id")


FORMULAS = ["=1+1", "+1", "-x", "@SUM(A1)", "\tx", '=HYPERLINK("http://e.invalid")']


@pytest.mark.parametrize("payload", FORMULAS)
def test_write_csv_neutralises_formulas_and_reads_back(payload: str) -> None:
    line = BarisAnggaran("5.1.01", "1000", payload, sumber_dana=payload)
    apbd = APBD("32.60", 2027, [line])
    text = write_csv(apbd)
    for row in text.splitlines()[1:]:
        for cell in row.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@", "\t"))
    assert f"'{payload[:1]}" in text
    assert read_csv(text, daerah="32.60", tahun=2027) == apbd


def test_skm_to_csv_neutralises_formulas_and_reads_back() -> None:
    survey = contoh.skm()
    evil = SKM.from_csv(
        survey.to_csv()
        .replace("\n", "\n", 1)
        .replace(survey.responden[0].id, "=cmd|' /C calc'!A0", 1),
        layanan=survey.layanan,
        periode=survey.periode,
    )
    text = evil.to_csv()
    assert "\n'=cmd" in text or "\n\"'=cmd" in text
    again = SKM.from_csv(text, layanan=survey.layanan, periode=survey.periode)
    assert again.responden[0].id == "=cmd|' /C calc'!A0"


def test_negative_numbers_are_not_prefixed() -> None:
    from perangkat_daerah._csv import neutralise

    assert neutralise("-5") == "-5"
    assert neutralise("-1250.50") == "-1250.50"
    assert neutralise("-") == "'-"
