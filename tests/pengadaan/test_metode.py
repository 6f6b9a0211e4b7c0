"""Methods by kind and value: every threshold on both sides of its value and its start date.

Source: the project's reference pengadaan.md section 3.2 (Perpres 16/2018 Pasal 38 ayat (3),
Pasal 41 ayat (3); Perpres 46/2025 Pasal 1 angka 40/40a/41, Pasal 38 ayat (3)).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.pengadaan import MetodePemilihan as M
from perangkat_daerah.pengadaan import PaketPengadaan, batas_pengadaan_langsung, metode

SEN = Decimal("0.01")
DAY = timedelta(days=1)
P46 = date(2025, 4, 30)


def paket(jenis: str, pagu: Decimal | str, **kw: object) -> PaketPengadaan:
    return PaketPengadaan("X-1", "Paket uji", jenis, pagu=pagu, **kw)  # type: ignore[arg-type]


def test_done_when_construction_350_juta_either_side_of_2025_04_30() -> None:
    p = paket("pekerjaan konstruksi", "350000000")
    before = metode(p, date(2025, 4, 29))
    after = metode(p, P46)
    assert before.metode == (M.TENDER_CEPAT, M.TENDER)
    assert Citation.parse("Perpres 16/2018 Pasal 38 ayat (3)") in before.citations
    assert Citation.parse("Perpres 16/2018 Pasal 38 ayat (6)") in before.citations
    assert after.metode == (M.PENGADAAN_LANGSUNG,)
    assert Citation.parse("Perpres 46/2025 Pasal 38 ayat (3) huruf b") in after.citations
    assert Citation.parse("Perpres 46/2025 Pasal 1 angka 40a") in after.citations


CEILINGS = [
    # jenis, start, ceiling, method above
    ("barang", date(2018, 3, 22), Decimal(200_000_000), M.TENDER),
    ("jasa lainnya", date(2018, 3, 22), Decimal(200_000_000), M.TENDER),
    ("pekerjaan konstruksi", date(2018, 3, 22), Decimal(200_000_000), M.TENDER),
    ("jasa konsultansi badan usaha", date(2018, 3, 22), Decimal(100_000_000), M.SELEKSI),
    ("jasa konsultansi perorangan", date(2018, 3, 22), Decimal(100_000_000), M.SELEKSI),
    ("barang", P46, Decimal(200_000_000), M.TENDER),
    ("jasa lainnya", P46, Decimal(200_000_000), M.TENDER),
    ("pekerjaan konstruksi", P46, Decimal(400_000_000), M.TENDER),
    ("jasa konsultansi badan usaha", P46, Decimal(100_000_000), M.SELEKSI),
    ("jasa konsultansi perorangan", P46, Decimal(100_000_000), M.SELEKSI),
]


@pytest.mark.parametrize(("jenis", "start", "ceiling", "above"), CEILINGS)
def test_ceiling_both_sides_of_value(jenis: str, start: date, ceiling: Decimal, above: M) -> None:
    for on in (start, start + 400 * DAY if start < P46 else start + 300 * DAY):
        if start < P46 and on >= P46:
            on = P46 - DAY
        assert metode(paket(jenis, ceiling), on).metode == (M.PENGADAAN_LANGSUNG,)
        assert above in metode(paket(jenis, ceiling + SEN), on).metode
        assert M.PENGADAAN_LANGSUNG not in metode(paket(jenis, ceiling + SEN), on).metode


def test_ceilings_both_sides_of_start_date() -> None:
    assert batas_pengadaan_langsung("pekerjaan konstruksi", P46 - DAY).value == 200_000_000
    assert batas_pengadaan_langsung("pekerjaan konstruksi", P46).value == 400_000_000
    for jenis in ("barang", "jasa lainnya", "jasa konsultansi perorangan"):
        before, after = (batas_pengadaan_langsung(jenis, d) for d in (P46 - DAY, P46))
        assert before.value == after.value
        assert before.citations[0].nomor == "16"
        assert after.citations[0].nomor == "46"
    with pytest.raises(RuleNotInForceError):
        batas_pengadaan_langsung("barang", date(2018, 3, 21))
    assert batas_pengadaan_langsung("barang", date(2018, 3, 22)).value == 200_000_000


def test_hps_counts_when_above_pagu_is_impossible_but_pagu_decides() -> None:
    p = paket("pekerjaan konstruksi", "401088000", hps="400699516")
    assert metode(p, P46).metode == (M.TENDER_CEPAT, M.TENDER)
    with pytest.raises(ValidationError, match="hps"):
        paket("barang", "100", hps="101")


def test_catalogue_mandatory_from_2025_only() -> None:
    p = paket("barang", "5000000000", katalog=True)
    assert metode(p, P46).metode == (M.E_PURCHASING,)
    assert metode(p, P46 - DAY).metode == (M.E_PURCHASING, M.TENDER_CEPAT, M.TENDER)
    exempt = paket("barang", "5000000000", katalog=True, pengecualian_katalog=True)
    assert metode(exempt, P46).metode == (M.TENDER_CEPAT, M.TENDER)


def test_catalogue_konsultansi_only_from_2025() -> None:
    p = paket("jasa konsultansi perorangan", "90000000", katalog=True)
    assert metode(p, P46 - DAY).metode == (M.PENGADAAN_LANGSUNG,)
    assert "belum tersedia" in str(metode(p, P46 - DAY).alasan[2])
    assert metode(p, P46).metode == (M.E_PURCHASING,)


def test_direct_appointment_conditions_are_asserted_and_dated() -> None:
    p = paket("barang", "3000000000", keadaan_tertentu=["satu_penyedia"])
    assert metode(p, P46).metode == (M.PENUNJUKAN_LANGSUNG, M.TENDER_CEPAT, M.TENDER)
    prioritas = paket("barang", "3000000000", keadaan_tertentu=["program_prioritas"])
    assert M.PENUNJUKAN_LANGSUNG in metode(prioritas, P46).metode
    with pytest.raises(ValidationError, match="program_prioritas"):
        metode(prioritas, P46 - DAY)
    with pytest.raises(ValidationError, match="keadaan_tertentu"):
        paket("barang", "1", keadaan_tertentu="rahasia")


def test_trace_names_value_kind_and_marks_interpretation() -> None:
    r = metode(paket("jasa lainnya", "150000000"), P46)
    text = [str(a) for a in r.alasan]
    assert text[0].startswith("jenis jasa lainnya: metode yang tersedia")
    assert "Rp150.000.000" in text[1]
    assert text[1].endswith("[unverified]")
    assert "paling banyak Rp200.000.000: pengadaan langsung" in text[2]
    assert r.permits("pengadaan langsung")
    assert not r.permits(M.TENDER)


def test_bad_input() -> None:
    with pytest.raises(ValidationError, match="pagu"):
        paket("barang", "0")
    with pytest.raises(ValidationError, match="jenis: expected one of"):
        paket("jasa konsultansi", "1")
    with pytest.raises(ValidationError, match="metode: expected one of"):
        paket("barang", "1", metode="lelang")
    with pytest.raises(ValidationError, match=r"rekening\[0\]"):
        paket("barang", "1", rekening=["4.1.01"])
    with pytest.raises(ValidationError, match="paket"):
        metode("X", P46)  # type: ignore[arg-type]
