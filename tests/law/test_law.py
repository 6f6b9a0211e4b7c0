"""Citations and versioned rule tables."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.law import Citation, JenisPeraturan, Rule, RuleTable
from perangkat_daerah.testing import citations, rule_tables


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "PP 12/2019 Pasal 106 ayat (1)",
            {"jenis": JenisPeraturan.PP, "nomor": "12", "tahun": 2019, "pasal": "106", "ayat": "1"},
        ),
        ("UUD 1945 Pasal 18 ayat (2)", {"jenis": JenisPeraturan.UUD, "nomor": None, "tahun": 1945}),
        ("Kepmendagri 300.2.2-2138/2025", {"nomor": "300.2.2-2138", "tahun": 2025}),
        ("Kepmendagri 100.3.3.1/845/2024", {"nomor": "100.3.3.1/845", "tahun": 2024}),
        ("Kepmendagri 050-5889/2021", {"nomor": "050-5889"}),
        ("SKB 728, 213, 01/2019", {"jenis": JenisPeraturan.SKB, "nomor": "728, 213, 01"}),
        ("SE Gubernur Bali 3/2024", {"penerbit": "Gubernur Bali", "nomor": "3"}),
        (
            "SE Menaker B.70/M.NAKER.PHIJSK-SES/V/2018",
            {"penerbit": "Menaker", "nomor": "B.70/M.NAKER.PHIJSK-SES/V"},
        ),
        ("PermenPAN-RB 88/2021 Lampiran", {"jenis": JenisPeraturan.PERMENPAN_RB, "lampiran": ""}),
        ("PP 18/2016 Lampiran I.A", {"lampiran": "I.A"}),
        (
            "UU 23/2014 Pasal 12 ayat (1) huruf a angka 3 tentang Pemerintahan Daerah",
            {"huruf": "a", "angka": "3", "judul": "Pemerintahan Daerah"},
        ),
        ("UU 11/2020 Pasal 175 angka 7", {"pasal": "175", "angka": "7", "ayat": None}),
    ],
)
def test_parse_reads_the_customary_form(text: str, fields: dict[str, object]) -> None:
    c = Citation.parse(text)
    for name, value in fields.items():
        assert getattr(c, name) == value, name
    assert str(c) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "PP",
        "PP 12",
        "Pasal 5 PP 1/2020",
        "PX 1/2020",
        "PP 12/19",
        "PP 12/2019 ayat (1)",
        "PP 12/2019 Pasal",
        "pp 12/2019",
        "PP 12/2019 Pasal 106 ayat 1",
    ],
)
def test_parse_rejects_anything_else_with_the_expected_shape(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        Citation.parse(text)
    problem = info.value.problems[0]
    assert problem.path == "citation"
    assert problem.value == text
    assert "JENIS" in problem.message or "needs a pasal" in problem.message


def test_nomor_is_stored_without_the_repeated_year() -> None:
    assert Citation(JenisPeraturan.SE, "B.70/V/2018", 2018) == Citation(
        JenisPeraturan.SE, "B.70/V", 2018
    )


def test_bad_fields_name_the_field() -> None:
    with pytest.raises(ValidationError, match=r"tahun: expected a four-digit year \(got 19\)"):
        Citation(JenisPeraturan.PP, "12", 19)
    with pytest.raises(ValidationError, match="ayat: an ayat needs a pasal"):
        Citation(JenisPeraturan.PP, "12", 2019, ayat="1")
    with pytest.raises(ValidationError, match="nomor"):
        Citation(JenisPeraturan.PP, "1 2", 2019)


def test_instrument_and_at() -> None:
    c = Citation.parse("PP 12/2019 Pasal 106 ayat (1)")
    assert str(c.instrument) == "PP 12/2019"
    assert str(c.instrument.at(107, 2, "b")) == "PP 12/2019 Pasal 107 ayat (2) huruf b"


@given(citations())
def test_parse_inverts_str(c: Citation) -> None:
    assert Citation.parse(str(c)) == c


def _table() -> RuleTable[int]:
    return RuleTable(
        "deemed",
        [
            Rule(5, date(2020, 11, 2), citations=["UU 11/2020 Pasal 175 angka 7"]),
            Rule(
                10,
                date(2014, 10, 17),
                date(2020, 11, 2),
                citations=["UU 30/2014 Pasal 53 ayat (2)"],
            ),
        ],
    )


def test_rule_table_answers_by_date_at_the_edges() -> None:
    t = _table()
    assert [v.value for v in t] == [10, 5]  # sorted on construction
    assert t.value_at(date(2014, 10, 17)) == 10
    assert t.value_at(date(2020, 11, 1)) == 10
    assert t.value_at(date(2020, 11, 2)) == 5
    assert str(t.at(date(2030, 1, 1)).citations[0]) == "UU 11/2020 Pasal 175 angka 7"
    with pytest.raises(RuleNotInForceError) as info:
        t.at(date(2014, 10, 16))
    assert info.value.rule == "deemed"


def test_rule_table_refuses_overlaps_and_gaps_listing_each() -> None:
    with pytest.raises(ValidationError) as info:
        RuleTable(
            "x",
            [
                Rule(1, date(2020, 1, 1), date(2021, 1, 1), citations=["PP 1/2020"]),
                Rule(2, date(2020, 6, 1), date(2021, 6, 1), citations=["PP 2/2020"]),
                Rule(3, date(2022, 1, 1), citations=["PP 3/2021"]),
            ],
        )
    messages = [str(p) for p in info.value.problems]
    assert messages == [
        "x.versions[1].valid_from: overlaps the version in force from 2020-01-01 (got 2020-06-01)",
        "x.versions[2].valid_from: leaves a gap after 2021-06-01 (got 2022-01-01)",
    ]
    with pytest.raises(ValidationError, match="needs a version"):
        RuleTable("empty", [])


def test_a_verified_rule_needs_a_citation_and_an_unverified_one_is_marked() -> None:
    with pytest.raises(
        ValidationError, match="citations: a verified rule needs at least one citation"
    ):
        Rule(1, date(2020, 1, 1))
    r = Rule(1, date(2020, 1, 1), unverified=True, note="UNCERTAIN in the reference")
    assert r.basis == "no citation [unverified]"
    with pytest.raises(ValidationError, match="valid_until: must be after valid_from"):
        Rule(1, date(2020, 1, 1), date(2020, 1, 1), citations=["PP 1/2020"])


@given(rule_tables(st.integers()), st.dates())
def test_exactly_one_version_is_in_force_inside_the_covered_period(
    t: RuleTable[int], d: date
) -> None:
    in_force = [v for v in t if v.in_force(d)]
    assert len(in_force) <= 1
    if in_force:
        assert t.at(d) is in_force[0]
    else:
        with pytest.raises(RuleNotInForceError):
            t.at(d)
