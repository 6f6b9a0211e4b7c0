"""The converter: round trips, strict types, and errors that name every bad field."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import io
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, RuleTable
from perangkat_daerah.money import Rupiah
from perangkat_daerah.testing import citations, daerah, kode_wilayah, rule_tables, rupiah
from perangkat_daerah.wilayah import Daerah, KodeWilayah


@given(citations())
def test_citation_round_trip(c: Citation) -> None:
    assert io.from_json(io.to_json(c), Citation) == c


@given(kode_wilayah())
def test_kode_round_trip(k: KodeWilayah) -> None:
    assert io.from_json(io.to_json(k), KodeWilayah) == k


@given(daerah())
def test_daerah_round_trip(d: Daerah) -> None:
    assert io.from_json(io.to_json(d), Daerah) == d


@given(rupiah())
def test_rupiah_round_trip(r: Rupiah) -> None:
    assert io.from_json(io.to_json(r), Rupiah) == r


@given(rule_tables(st.decimals(min_value=-(10**20), max_value=10**20, places=4)))
def test_rule_table_round_trip(t: RuleTable[Decimal]) -> None:
    assert io.from_json(io.to_json(t), RuleTable[Decimal]) == t


@attrs.frozen
class _Sample:
    kapan: date
    waktu: datetime
    pagu: Rupiah
    dasar: tuple[Citation, ...]
    jumlah: int = 0


def test_plain_shapes_are_iso_and_exact_text() -> None:
    s = _Sample(
        date(2026, 3, 19),
        datetime(2026, 3, 19, 8, tzinfo=timezone(timedelta(hours=8))),
        Rupiah("1250000.50"),
        (Citation.parse("PP 12/2019 Pasal 106"),),
    )
    assert io.unstructure(s) == {
        "kapan": "2026-03-19",
        "waktu": "2026-03-19T08:00:00+08:00",
        "pagu": "1250000.50",
        "dasar": ["PP 12/2019 Pasal 106"],
        "jumlah": 0,
    }
    assert io.from_json(io.to_json(s), _Sample) == s


def test_every_bad_field_is_listed_with_path_and_value() -> None:
    bad = {
        "kapan": "19-03-2026",
        "waktu": "2026-03-19T08:00:00",
        "pagu": 1.5,
        "dasar": ["PP 12/2019", "Pasal 1"],
        "jumlah": "3",
        "lain": 1,
    }
    with pytest.raises(ValidationError) as info:
        io.structure(bad, _Sample)
    lines = str(info.value).splitlines()
    assert lines == [
        "kapan: expected an ISO 8601 date like 2026-03-19 (got '19-03-2026')",
        "waktu: a date-time needs a time zone offset (got '2026-03-19T08:00:00')",
        "pagu: a float cannot hold Rupiah exactly; pass a str, int or Decimal (got 1.5)",
        "dasar[1]: expected 'JENIS [PENERBIT] NOMOR/TAHUN [Pasal N [ayat (N)] [huruf x] [angka N]] [Lampiran L] [tentang JUDUL]' with JENIS one of UUD, UU, Perppu, PP, ... (got 'Pasal 1')",
        "jumlah: expected a whole number (got '3')",
        "lain: unknown field (got 1)",
    ]


def test_missing_field_and_bad_enum_and_non_list() -> None:
    with pytest.raises(ValidationError) as info:
        io.structure({"kode": "51", "jenis": "negara", "zona_waktu": "WITA"}, Daerah)
    assert [str(p) for p in info.value.problems] == [
        "nama: required field is missing",
        "jenis: expected one of 'provinsi', 'kabupaten', 'kota', 'kota administrasi', 'kabupaten administrasi', 'kecamatan', 'distrik', 'kelurahan', 'desa' (got 'negara')",
    ]
    with pytest.raises(ValidationError, match=r"dasar: expected a list \(got 'PP 12/2019'\)"):
        io.structure(
            {
                "kapan": "2026-01-01",
                "waktu": "2026-01-01T00:00:00+07:00",
                "pagu": "1",
                "dasar": "PP 12/2019",
            },
            _Sample,
        )


def test_model_validators_are_reported_under_their_path() -> None:
    with pytest.raises(ValidationError) as info:
        io.structure(
            [{"kode": "51.71", "nama": "X", "jenis": "provinsi", "zona_waktu": "WITA"}],
            list[Daerah],
        )
    assert str(info.value) == "[0].kode: a provinsi needs a level-1 code (got '51.71')"


def test_rule_table_loader_is_deprecated_but_still_works() -> None:
    rows = [{"value": "0.2", "valid_from": "2020-01-01", "citations": ["UU 20/2003 Pasal 49"]}]
    with pytest.warns(DeprecationWarning, match=r"io.rule_table is deprecated .* removed in 0.2"):
        table = io.rule_table("pendidikan", rows, Decimal)
    assert table.value_at(date(2026, 1, 1)) == Decimal("0.2")


def test_rule_table_loader_names_the_table_and_version() -> None:
    rows = [
        {"value": "0.2", "valid_from": "2020-01-01", "citations": ["UU 20/2003 Pasal 49"]},
        {"value": 0.3, "valid_from": "2021-01-01", "citations": ["PP 1/2021"]},
        {"value": "0.4", "valid_from": "2022-01-01", "citations": []},
    ]
    with pytest.raises(ValidationError) as info, pytest.deprecated_call():
        io.rule_table("pendidikan", rows, Decimal)
    assert [p.path for p in info.value.problems] == [
        "pendidikan.versions[1].value",
        "pendidikan.versions[2].citations",
    ]


def test_json_and_toml_syntax_errors_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="not valid JSON"):
        io.from_json("{", Daerah)
    with pytest.raises(ValidationError, match="not valid TOML"):
        io.from_toml("kode = ", Daerah)
    d = io.from_toml(
        'kode = "51"\nnama = "Bali"\njenis = "provinsi"\nzona_waktu = "WITA"\n', Daerah
    )
    assert d.nama == "Bali"
