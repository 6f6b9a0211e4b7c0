"""Citation.parse reads the long customary forms and str() gives the short canonical one."""

from __future__ import annotations

import pytest
from hypothesis import given

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, JenisPeraturan
from perangkat_daerah.testing import citations


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Peraturan Pemerintah Nomor 18 Tahun 2016", "PP 18/2016"),
        ("PP No. 18 Tahun 2016", "PP 18/2016"),
        ("PP No 18 Tahun 2016", "PP 18/2016"),
        ("PP Nomor 18 Tahun 2016", "PP 18/2016"),
        ("PP No. 12/2019 Pasal 106 ayat (1)", "PP 12/2019 Pasal 106 ayat (1)"),
        (
            "PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 12 TAHUN 2019 Pasal 106 ayat (1)",
            "PP 12/2019 Pasal 106 ayat (1)",
        ),
        (
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
            "UU 23/2014 tentang Pemerintahan Daerah",
        ),
        (
            "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 Pasal 18 ayat (2)",
            "UUD 1945 Pasal 18 ayat (2)",
        ),
        ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022", "Perppu 2/2022"),
        ("Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020", "Permendagri 77/2020"),
        (
            "Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025",
            "Kepmendagri 300.2.2-2138/2025",
        ),
        ("Peraturan Daerah Provinsi Bali Nomor 4 Tahun 2020", "Perda Provinsi Bali 4/2020"),
        ("  Peraturan   Presiden Nomor 21 Tahun 2023 ", "Perpres 21/2023"),
    ],
)
def test_long_forms_read_to_the_canonical_short_form(text: str, canonical: str) -> None:
    c = Citation.parse(text)
    assert str(c) == canonical
    assert Citation.parse(canonical) == c


def test_the_long_form_keeps_its_parts() -> None:
    c = Citation.parse("Peraturan Pemerintah Nomor 18 Tahun 2016 Pasal 5 ayat (2)")
    assert (c.jenis, c.nomor, c.tahun, c.pasal, c.ayat) == (JenisPeraturan.PP, "18", 2016, "5", "2")


def test_the_title_is_left_as_written() -> None:
    c = Citation.parse("Undang-Undang Nomor 23 Tahun 2014 tentang Nomor  Tahun 2014 Daerah")
    assert c.judul == "Nomor  Tahun 2014 Daerah"


@given(citations())
def test_every_short_form_still_reads_back(c: Citation) -> None:
    assert Citation.parse(str(c)) == c


@pytest.mark.parametrize(
    "text",
    [
        "Peraturan Pemerintah Nomor 18",
        "Peraturan Entah Nomor 1 Tahun 2020",
        "Nomor 5 Tahun 2020",
        "Peraturan Pemerintah Nomor 18 Tahun 2016 Pasal 5 ayat 2",
    ],
)
def test_incomplete_or_unknown_long_forms_are_rejected(text: str) -> None:
    with pytest.raises(ValidationError, match="citation: expected"):
        Citation.parse(text)
