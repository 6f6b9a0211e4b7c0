"""Runs every legal test case under tests/kasus/ (TOML files; see docs/how-to/add-a-legal-test-case.md)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from perangkat_daerah.cli import main
from perangkat_daerah.cli._kasus import load_cases, run_case
from perangkat_daerah.errors import ValidationError

KASUS = Path(__file__).parents[1] / "kasus"
CASES = [(f, k) for f in sorted(KASUS.glob("*.toml")) for k in load_cases(f)]


def test_there_are_at_least_40_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    ("file", "kasus"), CASES, ids=[f"{f.stem}:{k.nama[:50]}" for f, k in CASES]
)
def test_kasus(file: Path, kasus: object) -> None:
    result = run_case(kasus, file.name)  # type: ignore[arg-type]
    assert result.ok, str(result)


def test_a_wrong_expectation_fails(tmp_path: Path) -> None:
    f = tmp_path / "salah.toml"
    f.write_text(
        '[[kasus]]\nnama = "wrong on purpose"\naturan = "sla.batas_waktu.kip_pemberitahuan"\n'
        'pada = 2026-01-01\nhasil = 11\nsumber = "test"\n',
        encoding="utf-8",
    )
    (kasus,) = load_cases(f)
    result = run_case(kasus, f.name)
    assert not result.ok
    assert "expected 11, got 10" in str(result)


def test_a_citation_not_behind_the_rule_fails(tmp_path: Path) -> None:
    f = tmp_path / "dasar.toml"
    f.write_text(
        '[[kasus]]\nnama = "wrong basis"\naturan = "sla.batas_waktu.kip_pemberitahuan"\n'
        'pada = 2026-01-01\nhasil = 10\ndasar = ["UU 25/2009 Pasal 44"]\nsumber = "test"\n',
        encoding="utf-8",
    )
    (kasus,) = load_cases(f)
    assert "not among the rule's citations" in str(run_case(kasus))


def test_a_case_sets_its_working_week(tmp_path: Path) -> None:
    f = tmp_path / "minggu.toml"
    f.write_text(
        "".join(
            f'[[kasus]]\nnama = "{hari} days"\nkalender = {{ minggu_kerja = {hari} }}\n'
            f'metode = "is_working_day"\nmasukan = [2026-03-28]\nhasil = {hasil}\n'
            'sumber = "test"\n'
            for hari, hasil in ((6, "true"), (5, "false"), (7, "true"))
        ),
        encoding="utf-8",
    )
    six, five, seven = (run_case(k, f.name) for k in load_cases(f))
    assert six.ok, str(six)  # Saturday 28 March 2026 is no holiday
    assert five.ok, str(five)
    assert not seven.ok
    assert "kalender.minggu_kerja: a working week has 5 or 6 days" in str(seven)


def test_a_misspelt_key_in_a_case_file_names_file_and_key(tmp_path: Path) -> None:
    f = tmp_path / "typo.toml"
    f.write_text('[[kasus]]\nnama = "x"\nsumber = "y"\nhasill = 1\n', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"typo.toml:kasus\[0\]\.hasill: unknown field"):
        load_cases(f)


def test_the_cli_runs_cases_and_exits_1_on_a_failure(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["kasus", str(KASUS)], out=out) == 0
    assert f"{len(CASES)} lulus, 0 gagal" in out.getvalue()
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[kasus]]\nnama = "n"\naturan = "pelayanan.skm.faktor_konversi"\npada = 2026-01-01\n'
        'hasil = 20\nsumber = "s"\n',
        encoding="utf-8",
    )
    out = io.StringIO()
    assert main(["kasus", str(bad)], out=out) == 1
    assert "0 lulus, 1 gagal" in out.getvalue()
    assert out.getvalue().startswith("GAGAL ")
    out = io.StringIO()
    assert main(["kasus", str(bad), "--lang", "en"], out=out) == 1
    assert "0 passed, 1 failed" in out.getvalue()
