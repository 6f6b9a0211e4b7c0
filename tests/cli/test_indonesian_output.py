"""Every subcommand and the whole demo, in the default ``--lang id``: no English-style figure
(``19.50%``, ``>=``, ``1,000``, ``NRR 3.05``) and none of the English words the command line
used to print (``unverified``, ``provisional``, ``no decree``, ``realised``, ...). With
``--lang en`` the command line's own words are English.

Findings are printed with their Indonesian message (``pelanggaran: PATH: pesan``,
``Finding.teks()``) and checked like every other line. The checker itself is tested on the
domain display strings the command line used to print, so it is known to catch them.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from perangkat_daerah import contoh
from perangkat_daerah import io as pio
from perangkat_daerah.akuntabilitas import BOBOT_AKIP, Kriteria, LembarKerjaEvaluasi
from perangkat_daerah.anggaran import check_rules
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli import main
from perangkat_daerah.sla import Duration, deadline

DATA = resources.files("perangkat_daerah.contoh") / "data"

ENGLISH_FIGURES = re.compile(
    r"\d\.\d+ ?%"  # 19.50%
    # 1,000 (a thousands comma; 0,111 is Indonesian, and an area keeps its 3 decimals:
    # 144,942 km2)
    r"|(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])(?! km2)"
    r"|>=|<="  # the ASCII signs where Indonesian text has ≥ and ≤
    r"|(?:NRR|IKM|Nilai|indeks|total|Selisih|target|realisasi|mencapai|=)\s*\(?-?\d+\.\d+(?![\d.])"
    r"|(?<![\d.])\d+\.\d+(?![\d.]) ->"  # 80.00 -> BB
    r"|\.\.\.: '?\d+\.\d+"  # a rule's value: 2003-07-08 - ...: 0.20
)
"""A figure written the English way (region codes such as ``32.60`` are not figures)."""

DOUBLED_MARK = re.compile(r"\[(sementara|provisional)\]\)? \[(sementara|provisional)\]")
"""A provisional day marked twice: by its holiday and again by the day."""

ENGLISH_WORDS = (
    "unverified",
    "provisional",
    "no decree",
    "no citation",
    "realised",
    "overrun",
    "skipped",
    "received",
    "findings",
    "weekend",
    "built-in",
    "entry point",
    "region plugin",
    "national data",
    "working day",
    "respondents",
    "passed,",
    "failed",
    "exactly",
    "for display",
    "rounded half up",
    "Weakest",
    "Rules for",
    "Request",
    "inherits",
    "Complaints",
    "signed",
    "extension",
    "Replaced",
    "packages",
    "post(s)",
    "Retirement",
    "may impose",
    "imposed by",
    "entitlement",
    "refused",
    "indicators",
    "one-level",
    "public items",
    "replayed",
    "next:",
    "Checks of",
    "proposals",
    "inaugurated",
    "The chain",
    "guided tour",
    "lies in",
    "autonomous",
    "whole instrument",
    "provinces",
    "time zones",
    "Codes:",
    "Law as data",
    "Validation against",
    "Org chart",
    "components",
    "published to users",
    "exact weights",
    "Minimum sample",
    "service users",
    "procurement plan",
    "by method",
    "construction ceiling",
    "won at",
    "Disciplinary case",
    "days absent",
    "Markdown lines",
    "(display)",
    "To reach",
    "next band",
    "sheet dated",
    "planning year",
    "customary default",
    "actually held",
    "by sector",
    "RPJMD deadlines",
    "Region plugins",
    "Run `",
    "rule files",
    "with citation",
    "validity period",
    "records (versions)",
    "distribution",
    "closing time",
    "Counting from",
    "Duration",
    "Finished",
    "LATE",
    "in time",
    "Days not counted",
    "legal basis",
    "Days off",
    "up to and including",
    "Score",
    "polarity",
    "fictional",
)
"""English words and phrases the command line printed in its Indonesian output."""

INDONESIAN_WORDS = (
    "belum terverifikasi",
    "tanpa keputusan",
    "[sementara]",
    "dilewati",
    "pelanggaran:",
)
"""The command line's own Indonesian markers, which ``--lang en`` must not print."""


def offending(text: str) -> list[str]:
    """What in ``text`` is not Indonesian style: English figures, doubled markers, English
    words, English severities."""
    found = ENGLISH_FIGURES.findall(text) + [m.group(0) for m in DOUBLED_MARK.finditer(text)]
    for line in text.splitlines():
        if re.match(r"^\s*(error|warning): ", line):
            found.append(line.split(":")[0].strip())
        found += [w for w in ENGLISH_WORDS if w in line]
    return found


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The inputs the commands read: the sample organisation, an LKE, a CSV of requests, a
    legal test case (named in Indonesian: the case's name is printed as written), and the
    sample models exported by ``dokumen contoh``."""
    root = tmp_path_factory.mktemp("masukan")
    org = root / "organisasi.json"
    org.write_text(pio.to_json(contoh.organisasi()), encoding="utf-8")
    subs = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    lke = LembarKerjaEvaluasi("Dinas Kesehatan", 2026, [Kriteria(s, "ada", "8/10") for s in subs])
    (root / "lke.json").write_text(pio.to_json(lke), encoding="utf-8")
    (root / "permohonan.csv").write_text(
        "id,received,finished\nA-1,2026-03-16T09:00,2026-04-20T10:00\nA-2,2026-03-17T09:00,\n",
        encoding="utf-8",
    )
    (root / "kasus.toml").write_text(
        '[[kasus]]\nnama = "Pemberitahuan KIP paling lambat 10 hari kerja"\n'
        'aturan = "sla.batas_waktu.kip_pemberitahuan"\npada = 2026-03-16\nhasil = 10\n'
        'dasar = ["UU 14/2008 Pasal 22 ayat (7)"]\nsumber = "UU 14/2008"\n',
        encoding="utf-8",
    )
    assert main(["dokumen", "contoh", "--output", str(root / "dokumen")], out=io.StringIO()) == 0
    return {"root": root, "organisasi": org}


def commands(f: dict[str, Path]) -> list[list[str]]:
    """Every subcommand on the sample data (and the demo)."""
    root = f["root"]
    return [
        ["apbd", "check", str(DATA / "apbd_2026.csv"), "--daerah", "32.60", "--tahun", "2026"],
        ["apbd", "siklus", "32.60", "2027"],
        ["deadline", "2026-03-16T09:00", "--duration", "14 hari kerja", "--daerah", "51"],
        [
            "deadline",
            "2026-03-16T16:30",
            "--batas-waktu",
            "kip_pemberitahuan",
            "--daerah",
            "51",
            "--finished",
            "2026-04-20T10:00",
        ],
        ["deadline", "2026-03-13T10:00", "--batas-waktu", "ap_fiktif_positif", "--daerah", "32.60"],
        ["deadline", "2026-03-16T09:00", "--layanan", "pbg", "--daerah", "32.60"],
        [
            "deadline",
            "--file",
            str(root / "permohonan.csv"),
            "--duration",
            "5 hari kerja",
            "--daerah",
            "51",
        ],
        ["deadline", "2030-03-16T09:00+07:00", "--duration", "3 hari kerja", "--estimates"],
        ["calendar", "month", "2026-03", "--daerah", "51"],
        ["calendar", "day", "2026-03-18", "--daerah", "51"],
        ["calendar", "day", "2024-06-22", "--daerah", "11"],
        ["calendar", "day", "2030-01-01", "--estimates"],
        ["calendar", "between", "2026-03-01", "2026-03-31"],
        ["calendar", "libur", "2026", "--daerah", "51"],
        ["skm", "ikm", str(DATA / "sukamaju_skm_akta_kelahiran.csv")],
        ["skm", "sampel", "100000"],
        ["organisasi", "validate", str(f["organisasi"])],
        ["organisasi", "chart", str(f["organisasi"]), "--pd", "dinsos", "--depth", "1"],
        ["akuntabilitas", "capaian", "80", "72.5", "--polaritas", "negatif"],
        ["akuntabilitas", "predikat", "80.01"],
        ["akuntabilitas", "predikat", "--lke", str(root / "lke.json")],
        ["cite", "PP 12/2019 Pasal 106 ayat (1)"],
        ["plugins"],
        ["wilayah", "31.74"],
        ["wilayah", "51", "--anak"],
        ["wilayah", "cari", "badung"],
        ["rules"],
        ["rules", "anggaran.aturan.pendidikan_min"],
        ["kasus", str(root / "kasus.toml")],
        ["dokumen", "skm", str(root / "dokumen" / "skm.json")],
        ["dokumen", "lkjip", str(root / "dokumen" / "lkjip.json")],
        ["demo"],
    ]


def run(args: list[str]) -> str:
    out = io.StringIO()
    assert main(args, out=out) in (0, 1)  # 1: a check found a breach, as the sample has
    return out.getvalue()


def test_every_command_writes_indonesian_figures_and_words(files: dict[str, Path]) -> None:
    for args in commands(files):
        text = run(args)
        assert text.strip(), args
        assert offending(text) == [], args


def test_english_output_has_english_words(files: dict[str, Path]) -> None:
    for args in commands(files):
        if args[0] == "dokumen":
            continue  # a document is Indonesian whatever the language of the command line
        text = run(["--lang", "en", *args])
        assert not [w for w in INDONESIAN_WORDS if w in text], args
        assert DOUBLED_MARK.search(text) is None, args


def test_the_figures_are_the_exact_values_written_the_indonesian_way() -> None:
    check = ["apbd", "check", str(DATA / "apbd_2026.csv"), "--daerah", "32.60", "--tahun", "2026"]
    apbd = run(check)
    assert "MELANGGAR       19,50% (≥ 20,00%)" in apbd
    assert "[belum terverifikasi]" in apbd
    en = run(["--lang", "en", *check])
    assert "breach          19.50% (>= 20.00%)" in en
    assert "[unverified]" in en
    bali = run(["deadline", "2026-03-16T09:00", "--duration", "14 hari kerja", "--daerah", "51"])
    assert "Tawur Kesanga (libur daerah, tanpa keputusan [sementara])\n" in bali
    demo = run(["demo"])
    assert "Semester I: realisasi belanja Rp906.418.750.000 = 46,32%" in demo
    assert "IKM 77,59 (bobot eksak 1/9)" in demo
    assert "Predikat AKIP: 80,00 -> BB, 80,01 -> A" in demo


def test_the_checker_catches_what_the_command_line_used_to_print() -> None:
    """The domain display strings the old output was made of, and lines of that output."""
    check = next(c for c in check_rules(contoh.apbd()) if c.aturan == "pendidikan_min")
    bali = WorkCalendar.for_region("51")
    d = deadline(
        datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Makassar")),
        Duration.working_days(14),
        bali,
    )
    tawur = next(s for s in d.trace if "Tawur" in s.alasan)
    old = [
        f"  pendidikan_min  MELANGGAR  {check.persen}  {check.basis}",
        f"  {tawur}",
        f"  - {bali.holidays_on(tawur.tanggal)[1]}",
        f"Semester I: belanja realised Rp906.418.750.000 = {contoh.realisasi().laporan_semester_i()['belanja'].persen}",
        "  U1 Persyaratan                                   NRR 3.05",
        "IKM 77.59 -> mutu B (Baik)",
        "Nilai 80.01 -> predikat A (Memuaskan)",
        "AKIP predikat: 80.00 -> BB, 80.01 -> A (exclusive lower bounds, PermenPAN-RB 88/2021)",
        "Minimum sample for 1,000 service users a year: 278 (Krejcie-Morgan)",
        "  IKU-1  Angka kematian bayi   target   10.5 realisasi   11.2 capaian   93.33% Sangat Tinggi",
        "  2003-07-08 - ...: '0.20'",
        "  error: dinsos: 3 bidang under one perangkat of a dinas tipe C (kabupaten/kota)",
        "144 passed, 0 failed",
    ]
    for line in old:
        assert offending(line), line
    # and the Indonesian lines that replace them pass
    for line in (
        "  pendidikan_min  MELANGGAR  19,50% (≥ 20,00%)  UU 1/2022 Pasal 147 ayat (3) [belum terverifikasi]",
        "  2026-03-18 Tawur Kesanga (libur daerah, tanpa keputusan [sementara])",
        "  luas       : 5.582,827 km2",
        "APBD 32.60 TA 2026: 25 baris",
        "  pelanggaran: dinsos: dinas tipe C (kabupaten/kota) memiliki 3 bidang; paling banyak 2",
    ):
        assert offending(line) == [], line
