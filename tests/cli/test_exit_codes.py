"""Exit codes, one-line errors, --lang, -v logging and the progress bar, run in-process."""

from __future__ import annotations

import io as stdio
import logging
from importlib import resources
from pathlib import Path

import pytest

from perangkat_daerah import contoh, io, regions
from perangkat_daerah.cli import main
from perangkat_daerah.cli._progress import track, working
from perangkat_daerah.cli._shared import number, whole
from perangkat_daerah.errors import ValidationError


def run(*args: str) -> tuple[int, str]:
    out = stdio.StringIO()
    return main(list(args), out=out), out.getvalue()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["deadline", "16 Maret", "--duration", "3 hari kerja"], "received: expected a date"),
        (["deadline", "2026-03-16T09:00", "--duration", "3 minggu"], "duration: expected 'N hari"),
        (["deadline", "2026-03-16T09:00", "--duration", "1.000 hari kerja"], "ambiguous number"),
        (["deadline", "2026-03-16T09:00", "--duration", "3 hari kerja"], "needs a time zone"),
        (["deadline", "2026-03-16T09:00", "--layanan", "ktp-el"], "no time limit"),
        (
            ["deadline", "2026-03-16T09:00", "--batas-waktu", "nope", "--daerah", "51"],
            "batas_waktu: unknown",
        ),
        (["calendar", "day", "2026-02-30"], "date: day is out of range"),
        (["calendar", "month", "2026-13"], "month: expected a month 01-12"),
        (["calendar", "between", "2026-01-01", "kemarin"], "b: expected a date"),
        (["calendar", "libur", "1990"], "1990"),
        (["calendar", "day", "2030-01-01"], "no official holiday data for 2030"),
        (["calendar", "day", "2026-06-17", "--daerah", "99"], "unknown region code '99'"),
        (["apbd", "check", "-", "--daerah", "32.60", "--tahun", "20.26"], "tahun: expected"),
        (["apbd", "siklus", "32.60", "1999"], "tahun: expected a fiscal year"),
        (["skm", "sampel", "0"], "populasi: expected a whole number, at least 1"),
        (["skm", "ikm", "tidak-ada.csv"], "file: cannot read"),
        (["organisasi", "validate", "tidak-ada.json"], "file: cannot read"),
        (["akuntabilitas", "capaian", "0", "5"], "target: a capaian divides by the target"),
        (["akuntabilitas", "capaian", "80", "1e3"], "realisasi: expected a number"),
        (["akuntabilitas", "predikat"], "give either a score or --lke FILE"),
        (["cite", "Peraturan Pemerintah Nomor 18"], "citation: expected"),
        (["calendar"], "required"),
        (["deadline", "2026-03-16T09:00"], "one of the arguments"),
        (["deadline", "--duration", "1 hari"], "give either RECEIVED or --file FILE"),
        (
            ["deadline", "--file", "x.csv", "--duration", "1 hari", "--finished", "x"],
            "finished: with --file",
        ),
        (["deadline", "--file", "tidak-ada.csv", "--duration", "1 hari"], "file: cannot read"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code, out = run(*args)
    except SystemExit as exc:  # argparse usage errors
        code, out = int(str(exc.code)), ""
    err = capsys.readouterr().err
    assert code == 2
    assert out == ""
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_organisasi_json_and_toml_files_that_do_not_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "org.toml"
    bad.write_text("perangkat_daerah = [", encoding="utf-8")
    assert run("organisasi", "validate", str(bad))[0] == 2
    assert "file: invalid TOML" in capsys.readouterr().err


def test_a_file_that_does_not_fit_the_model_shows_its_first_problems(
    capsys: pytest.CaptureFixture[str],
) -> None:
    compact = resources.files("perangkat_daerah.contoh") / "data" / "sukamaju_organisasi.toml"
    assert run("organisasi", "validate", str(compact)) == (2, "")
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.count(" | ") == 5
    assert "perangkat_daerah[0].berlaku_mulai: required field is missing" in err
    assert f"more problems in {compact}" in err


def test_organisasi_chart_of_an_unknown_perangkat_daerah(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org = tmp_path / "org.json"
    org.write_text(io.to_json(contoh.organisasi()), encoding="utf-8")
    assert run("organisasi", "chart", str(org), "--pd", "dinas-entah") == (2, "")
    err = capsys.readouterr().err
    assert err.startswith("perangkat-daerah: error: pd: pick one perangkat daerah: setda, ")
    assert err.count("\n") == 1


def test_a_bad_row_of_requests_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    berkas = tmp_path / "permohonan.csv"
    berkas.write_text("received\n2026-03-16T09:00\n2040-01-01T09:00\n", encoding="utf-8")
    assert run(
        "deadline", "--file", str(berkas), "--duration", "1 hari kerja", "--daerah", "51"
    ) == (
        2,
        "",
    )
    err = capsys.readouterr().err
    assert err.startswith("perangkat-daerah: error: line 3.received: no official holiday data")
    assert err.count("\n") == 1


def test_estimates_answer_a_year_without_a_decree_as_provisional() -> None:
    code, out = run("calendar", "day", "2030-01-01", "--estimates")
    assert code == 0
    assert out.startswith("2030-01-01 (Selasa), nasional: bukan hari kerja [sementara]\n")


def test_plugins_exits_1_when_a_plugin_failed() -> None:
    assert run("plugins")[0] == 0
    twin = regions.RegionPlugin("51", "Bali (kedua)")
    regions.register(twin)
    try:
        code, out = run("plugins")
        assert code == 1
        assert "two or more plugins claim region 51" in out
    finally:
        regions.unregister(twin)


def test_lang_switches_the_text_not_the_json() -> None:
    _, id_text = run("calendar", "day", "2026-08-17")
    _, en_text = run("calendar", "day", "2026-08-17", "--lang", "en")
    assert "(Senin), nasional: bukan hari kerja" in id_text
    assert "(Monday), national: not a working day" in en_text
    assert run("--lang", "en", "calendar", "day", "2026-08-17", "--json") == run(
        "calendar", "day", "2026-08-17", "--json"
    )


def test_verbose_logs_rule_selection_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    run(
        "-v", "deadline", "2026-03-16T09:00", "--batas-waktu", "kip_pemberitahuan", "--daerah", "51"
    )
    err = capsys.readouterr().err
    assert "DEBUG perangkat_daerah.law: rule sla.batas_waktu.kip_pemberitahuan on 2026-03-16" in err
    run("deadline", "2026-03-16T09:00", "--batas-waktu", "kip_pemberitahuan", "--daerah", "51")
    assert capsys.readouterr().err == ""
    assert logging.getLogger("perangkat_daerah").handlers == []
    assert logging.getLogger("perangkat_daerah").level == logging.NOTSET


def test_the_library_logs_without_configuring_logging(caplog: pytest.LogCaptureFixture) -> None:
    from perangkat_daerah.sla import kip  # noqa: F401 - the rule tables are read lazily

    regions.refresh()
    with caplog.at_level(logging.DEBUG, logger="perangkat_daerah"):
        regions.installed()
    assert any(r.name == "perangkat_daerah.regions" for r in caplog.records)
    assert any("discovered" in r.getMessage() for r in caplog.records)


class _Terminal(stdio.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_only_on_a_terminal() -> None:
    pytest.importorskip("rich")
    pipe, tty = stdio.StringIO(), _Terminal()
    with working("membaca apbd.csv", pipe):
        pass
    with working("membaca apbd.csv", tty):
        pass
    assert pipe.getvalue() == ""
    assert "membaca apbd.csv" in tty.getvalue()


def test_a_counted_bar_yields_every_item() -> None:
    pytest.importorskip("rich")
    pipe, tty = stdio.StringIO(), _Terminal()
    assert list(track([1, 2, 3], "menghitung", pipe)) == [1, 2, 3]
    assert list(track([1, 2, 3], "menghitung", tty)) == [1, 2, 3]
    assert pipe.getvalue() == ""
    assert "menghitung" in tty.getvalue()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.000", "ambiguous number"),
        ("12.345.678", "ambiguous number"),
        ("1,5", "expected a number like"),
        ("1_000", "expected a number like"),
        ("١٢", "expected a number like"),
        ("1" * 31, "more than 30 significant digits"),
    ],
)
def test_the_number_policy(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        number(text, "x")


def test_numbers_that_are_read() -> None:
    assert str(number("-1250000.50", "x")) == "-1250000.50"
    assert str(number("1.5", "x")) == "1.5"
    assert str(number("12.345.678,9", "x", format="id")) == "12345678.9"
    assert whole("0" * 40 + "7", "x") == 7
    with pytest.raises(ValidationError, match="whole number"):
        whole("7.5", "x")
