"""The SKB 3 Menteri cited with its issuers and title (addendum-2026-12 section 1)."""

from __future__ import annotations

from perangkat_daerah.calendar import tahun_kalender

# the customary long form, as the addendum writes it
LONG_2026 = (
    "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan "
    "Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, "
    "Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026"
)


def test_2026_skb_in_the_customary_long_form() -> None:
    assert tahun_kalender(2026).sitasi_skb() == LONG_2026


def test_other_years_carry_issuers_and_numbers_without_an_invented_title() -> None:
    text = tahun_kalender(2020).sitasi_skb()
    assert text is not None
    assert text.startswith("Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan")
    assert text.endswith("Nomor 744 Tahun 2020, Nomor 05 Tahun 2020, Nomor 06 Tahun 2020")
    assert "tentang" not in text


def test_a_year_without_an_skb_has_no_citation() -> None:
    assert tahun_kalender(2027).sitasi_skb() is None
