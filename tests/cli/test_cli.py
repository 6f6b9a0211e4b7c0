"""The command line: version, demo, and one-line errors with exit status 2."""

from __future__ import annotations

import io as stdio
import subprocess
import sys

import pytest

from perangkat_daerah import __version__
from perangkat_daerah.cli import main


def run(*args: str) -> tuple[int, str]:
    out = stdio.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_demo_prints_the_tour() -> None:
    code, text = run("demo")
    assert code == 0
    assert "38 provinsi" in text
    assert "Papua Barat Daya" in text
    assert "PP 12/2019 Pasal 106 ayat (1)" in text
    assert "Rp1.250.000.000,00" in text
    assert "IKM 77,59 (bobot eksak 1/9) -> mutu B, Baik" in text


def test_demo_in_english() -> None:
    code, text = run("--lang", "en", "demo")
    assert code == 0
    assert run("demo", "--lang", "en") == (code, text)  # the option also after the command
    assert "the 38 provinces" in text
    assert "IKM 77.59 (exact weights 1/9) -> mutu B, Baik" in text


def test_wilayah_command() -> None:
    code, text = run("wilayah", "5171")
    assert code == 0
    assert "51.71  Kota Denpasar" in text
    assert "WITA" in text


def test_rules_lists_the_rules_of_a_file_or_a_group() -> None:
    from perangkat_daerah import law

    code, text = run("rules", "anggaran.aturan")
    assert code == 0
    listed = [line.split()[0] for line in text.splitlines()]
    assert listed == [f"anggaran.aturan.{k}" for k in law.rules("anggaran.aturan")]
    code, text = run("rules", "anggaran.aturan.defisit_max")
    assert [line.split()[0].rsplit(".", 1)[1] for line in text.splitlines()] == [
        "ta_2020", "ta_2022", "ta_2023", "ta_2025", "ta_2026",
    ]  # fmt: skip
    assert law.rule_table("anggaran.aturan.defisit_max.ta_2026").uraian in text
    code, text = run("--lang", "en", "rules", "anggaran.aturan.defisit_max")
    assert law.rule_table("anggaran.aturan.defisit_max.ta_2026").description in text


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["rules", "anggaran.aturan.nope"], "no rule 'nope' in anggaran.aturan"),
        (["wilayah", "99"], "unknown region code '99'"),
        (["wilayah", "5.1"], "kode: expected"),
        (["cite", "Pasal 5"], "citation: expected"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(*args)
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_console_script_version_and_usage_errors() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "perangkat_daerah", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"perangkat-daerah {__version__}"
    done = subprocess.run(
        [sys.executable, "-m", "perangkat_daerah", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
