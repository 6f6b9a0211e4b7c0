"""Every subcommand run as the installed console script on the sample region's files: the
Indonesian text output, and ``--json`` parsed back and compared with the library's own JSON
of the same result. Bad input: one line on stderr and exit 2 (see test_exit_codes.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from perangkat_daerah import contoh, io
from perangkat_daerah.akuntabilitas import BOBOT_AKIP, Kriteria, LembarKerjaEvaluasi
from perangkat_daerah.anggaran import check_rules
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.dokumen import organigram_dot as to_dot
from perangkat_daerah.dokumen import organigram_mermaid as to_mermaid
from perangkat_daerah.law import Citation
from perangkat_daerah.organisasi import validate_organisasi
from perangkat_daerah.pelayanan import ukuran_sampel
from perangkat_daerah.sla import Duration, deadline, kip

SCRIPT = Path(sys.executable).with_name("perangkat-daerah")
DATA = resources.files("perangkat_daerah.contoh") / "data"
APBD = str(DATA / "apbd_2026.csv")
SKM = str(DATA / "sukamaju_skm_akta_kelahiran.csv")
STANDAR = str(DATA / "sukamaju_standar_pelayanan.toml")
WIB = ZoneInfo("Asia/Jakarta")


def script(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed ``perangkat-daerah`` with ``args``."""
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, check=False, timeout=120
    )


def as_json(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.stderr == ""
    return json.loads(done.stdout)


def library(value: object) -> Any:
    """The library's own JSON of ``value``, parsed."""
    return json.loads(io.to_json(value))


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample organisation and an AKIP score sheet in the library's JSON format."""
    root = tmp_path_factory.mktemp("contoh")
    org = root / "sukamaju_organisasi.json"
    org.write_text(io.to_json(contoh.organisasi()), encoding="utf-8")
    subs = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    lke = LembarKerjaEvaluasi("Dinas Kesehatan", 2026, [Kriteria(s, "ada", "8/10") for s in subs])
    lke_file = root / "lke.json"
    lke_file.write_text(io.to_json(lke), encoding="utf-8")
    return {"organisasi": org, "lke": lke_file}


def test_the_console_script_is_installed() -> None:
    assert SCRIPT.exists()


# -- deadline -----------------------------------------------------------------------------


def test_deadline_of_a_kip_request_in_bali() -> None:
    done = script(
        "deadline", "2026-03-16T16:30", "--batas-waktu", "kip_pemberitahuan", "--daerah", "51"
    )
    assert done.returncode == 0, done.stderr
    assert "Jangka waktu  : 10 hari kerja (UU 14/2008 Pasal 22 ayat (7))" in done.stdout
    assert "Jatuh tempo   : 2026-04-09 16:00 +0800" in done.stdout
    assert "2026-03-19 Hari Suci Nyepi (libur nasional" in done.stdout


def test_deadline_json_is_the_library_deadline() -> None:
    done = script(
        "deadline", "2026-03-16T16:30+08:00", "--batas-waktu", "kip_pemberitahuan", "--daerah", "51",
        "--json",
    )  # fmt: skip
    bali = WorkCalendar.for_region("51")
    received = datetime(2026, 3, 16, 16, 30, tzinfo=ZoneInfo("Asia/Makassar"))
    assert as_json(done) == library(kip.pemberitahuan(received, bali))


def test_deadline_of_a_standard_finished_late_exits_1() -> None:
    done = script(
        "deadline", "2026-03-16T09:00", "--standar", STANDAR, "--layanan", "ktp-el",
        "--finished", "2026-03-30T10:00", "--json",
    )  # fmt: skip
    assert done.returncode == 1
    ktp = contoh.standar_pelayanan()[0]
    assert as_json(done) == library(ktp.deadline(datetime(2026, 3, 16, 9, tzinfo=WIB)))


def test_deadline_of_a_catalogue_service() -> None:
    done = script("deadline", "2026-03-16T09:00", "--layanan", "pbg", "--daerah", "32.60")
    assert done.returncode == 0, done.stderr
    assert "28 hari kerja (PP 16/2021 Pasal 254 ayat (8); PP 16/2021 Pasal 254 ayat (9))" in (
        done.stdout
    )
    assert "Jatuh tempo   : 2026-05-04" in done.stdout


REQUESTS = "id,received,finished\nA-1,2026-03-16T09:00,2026-03-20T10:00\nA-2,2026-03-17T15:00,\nA-3,2026-03-18T08:00,2026-04-30T10:00\n"


def test_deadlines_of_a_file_of_requests(tmp_path: Path) -> None:
    berkas = tmp_path / "permohonan.csv"
    berkas.write_text(REQUESTS, encoding="utf-8")
    args = ("deadline", "--file", str(berkas), "--duration", "3 hari kerja", "--daerah", "51")
    done = script(*args)
    assert done.returncode == 1, done.stderr
    assert (
        "A-3        2026-03-18 08:00  2026-03-30 16:00  2026-04-30 10:00 TERLAMBAT" in done.stdout
    )
    assert done.stdout.endswith("3 permohonan, 1 terlambat\n")
    data = as_json(script(*args, "--json"))
    bali = WorkCalendar.for_region("51")
    wita = ZoneInfo("Asia/Makassar")
    received = [datetime(2026, 3, 16, 9, tzinfo=wita), datetime(2026, 3, 17, 15, tzinfo=wita)]
    received.append(datetime(2026, 3, 18, 8, tzinfo=wita))
    assert [r["deadline"] for r in data] == [
        library(deadline(r, Duration.working_days(3), bali)) for r in received
    ]
    assert [(r["id"], r["late"]) for r in data] == [
        ("A-1", False),
        ("A-2", None),
        ("A-3", True),
    ]


# -- calendar -----------------------------------------------------------------------------


def test_calendar_day_explains_a_regional_holiday() -> None:
    done = script("calendar", "day", "2026-06-17", "--daerah", "51.71")
    assert done.returncode == 0, done.stderr
    assert "2026-06-17 (Rabu), Kota Denpasar: bukan hari kerja [sementara]" in done.stdout
    assert "Hari Raya Galungan (libur daerah" in done.stdout
    assert "dari plugin daerah 51 Bali (bawaan, perangkat-daerah)" in done.stdout


def test_calendar_day_json() -> None:
    cal = WorkCalendar.for_region("51.71")
    d = date(2026, 6, 17)
    assert as_json(script("calendar", "day", "2026-06-17", "--daerah", "51.71", "--json")) == {
        "date": "2026-06-17",
        "is_working_day": cal.is_working_day(d),
        "provisional": cal.is_provisional(d),
        "holidays": library(cal.holidays_on(d)),
        "extra_working_day": None,
    }


def test_calendar_month() -> None:
    done = script("calendar", "month", "2026-03", "--daerah", "51")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Maret 2026\n")
    # 18 (Tawur Kesanga) and 20 (Ngembak Geni) are Bali's own days besides national cuti bersama
    assert " 16  17  18L 19L 20L 21L 22L" in done.stdout
    assert "Hari kerja: 17" in done.stdout


def test_calendar_month_json_counts_what_the_calendar_counts() -> None:
    data = as_json(script("calendar", "month", "2026-03", "--daerah", "51", "--json"))
    cal = WorkCalendar.for_region("51")
    assert data["working_days"] == cal.working_days_between(date(2026, 2, 28), date(2026, 3, 31))
    assert [d["date"] for d in data["days"]][-1] == "2026-03-31"
    assert data["days"][18]["holidays"] == library(cal.holidays_on(date(2026, 3, 19)))


def test_calendar_between_in_english_and_json() -> None:
    done = script(
        "calendar", "between", "2026-03-17", "2026-03-25", "--daerah", "51", "--lang", "en"
    )
    assert done.stdout == "1 working days after 2026-03-17 up to and including 2026-03-25 (Bali)\n"
    data = as_json(script("calendar", "between", "2026-01-01", "2026-12-31", "--json"))
    expected = WorkCalendar.national().working_days_between(date(2026, 1, 1), date(2026, 12, 31))
    assert data == {"a": "2026-01-01", "b": "2026-12-31", "working_days": expected}


def test_calendar_libur_text_and_json() -> None:
    holidays = WorkCalendar.for_region("51").holidays(2026)
    done = script("calendar", "libur", "2026", "--daerah", "51")
    assert done.stdout.startswith(f"Hari libur 2026, Bali: {len(holidays)}\n")
    assert "2026-03-19 Hari Suci Nyepi (libur nasional, SKB 1497, 2, 5/2025)" in done.stdout
    assert as_json(script("calendar", "libur", "2026", "--daerah", "51", "--json")) == library(
        holidays
    )


def test_calendar_libur_as_icalendar(tmp_path: Path) -> None:
    target = tmp_path / "libur.ics"
    done = script("calendar", "libur", "2026", "--daerah", "51", "--ics", str(target))
    assert done.returncode == 0, done.stderr
    raw = target.read_bytes()
    lines = raw.decode("utf-8").split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-2:] == ["END:VCALENDAR", ""]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    holidays = WorkCalendar.for_region("51").holidays(2026)
    assert lines.count("BEGIN:VEVENT") == len(holidays)
    assert "DTSTART;VALUE=DATE:20260319" in lines
    assert "SUMMARY:Hari Suci Nyepi" in lines


# -- apbd ---------------------------------------------------------------------------------


def test_apbd_check_reports_the_breach_and_exits_1() -> None:
    done = script("apbd", "check", APBD, "--daerah", "32.60", "--tahun", "2026")
    assert done.returncode == 1, done.stderr
    assert "pendidikan_min" in done.stdout
    assert "MELANGGAR       19,50% (≥ 20,00%)" in done.stdout
    assert "belanja                   Rp1.957.000.000.000" in done.stdout


def test_apbd_check_json_is_the_library_check() -> None:
    done = script("apbd", "check", APBD, "--daerah", "32.60", "--tahun", "2026", "--json")
    assert done.returncode == 1
    data = as_json(done)
    apbd = contoh.apbd()
    assert data["rules"] == library(check_rules(apbd))
    assert data["total"]["belanja"] == library(apbd.total("5"))
    assert data["total"]["silpa"] == library(apbd.silpa())


def _spreadsheet_export(tmp_path: Path) -> Path:
    """The sample APBD as an Indonesian-locale spreadsheet exports it: BOM, ';' columns,
    amounts written 150.000.000.000,00."""
    import csv
    from decimal import Decimal

    rows = list(csv.reader(Path(APBD).read_text(encoding="utf-8").splitlines()))
    path = tmp_path / "apbd_id.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\n")
        writer.writerow(rows[0])
        for r in rows[1:]:
            whole, frac = f"{Decimal(r[5]):.2f}".split(".")
            r[5] = f"{int(whole):,}".replace(",", ".") + "," + frac
            writer.writerow(r)
    return path


def test_apbd_check_reads_an_indonesian_spreadsheet_when_told(tmp_path: Path) -> None:
    export = _spreadsheet_export(tmp_path)
    told = script(
        "apbd", "check", str(export), "--daerah", "32.60", "--tahun", "2026", "--format", "id"
    )
    plain = script("apbd", "check", APBD, "--daerah", "32.60", "--tahun", "2026")
    assert (told.returncode, told.stdout) == (plain.returncode, plain.stdout)
    # not told: refused, never guessed; one line naming the first rows and the count of the rest
    guessed = script("apbd", "check", str(export), "--daerah", "32.60", "--tahun", "2026")
    assert guessed.returncode == 2
    assert guessed.stdout == ""
    (line,) = guessed.stderr.splitlines()
    assert "line 2.jumlah" in line
    assert "'150.000.000.000,00'" in line
    assert line.endswith("more problems")


def test_apbd_siklus_text_and_json() -> None:
    siklus = contoh.siklus_apbd(2027)
    done = script("apbd", "siklus", "32.60", "2027")
    assert done.returncode == 0, done.stderr
    stage = siklus.tahap("persetujuan_bersama")
    assert f"  {stage.deadline}  {stage.nama} - {stage.basis}" in done.stdout
    data = as_json(script("apbd", "siklus", "32.60", "2027", "--json"))
    assert data["tahapan"] == library(siklus.tahapan)


# -- skm ----------------------------------------------------------------------------------


def test_skm_ikm_text_and_json() -> None:
    done = script("skm", "ikm", SKM, "--periode", "2026")
    assert done.returncode == 0, done.stderr
    assert "IKM 77,59 -> mutu B (Baik)" in done.stdout
    assert "Unsur terlemah: U3 Waktu penyelesaian" in done.stdout
    data = as_json(script("skm", "ikm", SKM, "--json"))
    survey = contoh.skm()
    assert data["ikm"] == library(survey.ikm())
    unsur, nrr = survey.unsur_terlemah()
    assert data["unsur_terlemah"] == {"kode": unsur.kode, "nama": unsur.nama, "nrr": library(nrr)}


def test_skm_sampel_text_and_json() -> None:
    assert "1.000: 278 responden" in script("skm", "sampel", "1000").stdout
    assert as_json(script("skm", "sampel", "1000", "--json"))["ukuran_sampel"] == ukuran_sampel(
        1000
    )


# -- organisasi ---------------------------------------------------------------------------


def test_organisasi_validate_finds_the_errors_and_exits_1(files: dict[str, Path]) -> None:
    done = script("organisasi", "validate", str(files["organisasi"]))
    assert done.returncode == 1
    assert "29 perangkat daerah, 3 temuan (2 pelanggaran)" in done.stdout
    assert "pelanggaran: dinsos: dinas tipe C (kabupaten/kota) memiliki 3 bidang" in done.stdout
    data = as_json(script("organisasi", "validate", str(files["organisasi"]), "--json"))
    assert data == library(validate_organisasi(contoh.organisasi()))


def test_organisasi_chart_mermaid_and_dot(files: dict[str, Path]) -> None:
    dinsos = next(p for p in contoh.organisasi().perangkat_daerah if p.kode == "dinsos")
    done = script("organisasi", "chart", str(files["organisasi"]), "--pd", "dinsos", "--depth", "1")
    assert done.stdout == to_mermaid(dinsos, 1)
    data = as_json(
        script(
            "organisasi",
            "chart",
            str(files["organisasi"]),
            "--pd",
            "dinsos",
            "--format",
            "dot",
            "--json",
        )
    )
    assert data == {"perangkat_daerah": "dinsos", "format": "dot", "text": to_dot(dinsos)}


# -- akuntabilitas ------------------------------------------------------------------------


def test_akuntabilitas_capaian_text_and_json() -> None:
    assert script("akuntabilitas", "capaian", "80", "72").stdout.startswith("Capaian 90,00% (")
    data = as_json(
        script("akuntabilitas", "capaian", "20", "25", "--polaritas", "negatif", "--json")
    )
    assert (data["capaian"], data["persen"], data["polaritas"]) == ("3/4", "75.00", "negatif")


def test_akuntabilitas_predikat_of_a_score_and_of_an_lke(files: dict[str, Path]) -> None:
    assert script("akuntabilitas", "predikat", "80.01").stdout == (
        "Nilai 80,01 -> predikat A (Memuaskan)\n"
    )
    data = as_json(script("akuntabilitas", "predikat", "--lke", str(files["lke"]), "--json"))
    lke = io.from_json(files["lke"].read_text(encoding="utf-8"), LembarKerjaEvaluasi)
    assert data == library(lke.evaluate())
    assert data["predikat"] == "BB"


# -- cite, plugins ------------------------------------------------------------------------


def test_cite_reads_the_long_form() -> None:
    done = script("cite", "Peraturan Pemerintah Nomor 18 Tahun 2016 Pasal 5")
    assert done.stdout.splitlines()[0] == "PP 18/2016 Pasal 5"
    data = as_json(script("cite", "PP No. 18 Tahun 2016", "--json"))
    assert data == library(Citation.parse("PP 18/2016"))


def test_plugins_text_and_json() -> None:
    done = script("plugins")
    assert done.returncode == 0, done.stderr
    assert "51 Bali" in done.stdout
    data = as_json(script("plugins", "--json"))
    assert {"kode": "51", "ok": True}.items() <= next(p for p in data if p["kode"] == "51").items()


def test_a_json_option_before_the_command_counts_too() -> None:
    done = script("--json", "skm", "sampel", "5000")
    assert as_json(done)["ukuran_sampel"] == ukuran_sampel(5000)


def test_bad_input_through_the_console_script_is_one_line_and_exit_2() -> None:
    done = script("apbd", "check", "tidak-ada.csv", "--daerah", "32.60", "--tahun", "2026")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "file: cannot read" in done.stderr
