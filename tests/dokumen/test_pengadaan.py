"""Procurement documents: the package sheet and the year's recap, in Indonesian style, in
every format, with the CONTOH notice."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.calendar import WorkCalendar

ON = date(2026, 1, 5)
ENGLISH_STYLE = re.compile(r"(?<![\w.])\d+\.\d{1,2}(?![\w.])|\d{4}-\d{2}-\d{2}")


def _sheet(**kw: object) -> dokumen.Dokumen:
    paket = next(p for p in contoh.rencana_pengadaan().paket if p.kode == "PUPR-K3")
    return dokumen.lembar_paket(paket, ON, daerah="32.60", **kw)  # type: ignore[arg-type]


def _recap() -> dokumen.Dokumen:
    return dokumen.rekap_pengadaan(contoh.rencana_pengadaan(), ON, apbd=contoh.apbd())


@pytest.mark.parametrize("build", [_sheet, _recap])
def test_renders_in_every_format(build: object, tmp_path: Path) -> None:
    doc = build()  # type: ignore[operator]
    assert doc.contoh
    md = doc.to_markdown()
    assert "CONTOH" in md
    assert ENGLISH_STYLE.findall(md) == []
    assert doc.to_html().startswith("<!DOCTYPE html>")
    for fmt in dokumen.FORMATS:
        assert doc.write(tmp_path / f"x.{fmt}").stat().st_size > 0


def test_sheet_shows_method_obligations_and_deadlines() -> None:
    announced = datetime(2026, 3, 13, 10, tzinfo=ZoneInfo("Asia/Jakarta"))
    md = _sheet(diumumkan=announced).to_markdown()
    assert "Metode yang diizinkan: tender cepat, tender." in md
    assert (
        "Perpres 46/2025 Pasal 38 ayat \\(3\\) huruf b" in md
        or "Perpres 46/2025 Pasal 38 ayat (3) huruf b" in md
    )
    assert "jaminan penawaran" in md
    assert "Rp95.000.000.000" in md
    assert "Rabu, 25 Maret 2026 pukul 16:00" in md
    assert "Cuti bersama dihitung sebagai hari libur" in md
    no_cuti = _sheet(diumumkan=announced, calendar=WorkCalendar.national(cuti_bersama=False))
    text = no_cuti.to_markdown()
    assert "Rabu, 18 Maret 2026 pukul 16:00" in text
    assert "Cuti bersama dihitung sebagai hari kerja" in text


def test_recap_by_method_and_umk_share() -> None:
    md = _recap().to_markdown()
    assert "| e-purchasing | 5 | Rp345.000.000.000 | 68,55% |" in md
    assert "| Porsi | 28,96% |" in md
    assert "belum memenuhi" in md
    assert "DISDIK-B2.metode" in md
