"""``perangkat-daerah dokumen``: export the sample models, render each kind in each format."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from perangkat_daerah.cli import main
from perangkat_daerah.cli._dokumen import KINDS


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("contoh")
    out = io.StringIO()
    assert main(["dokumen", "contoh", "--output", str(folder)], out=out) == 0
    assert sorted(Path(line).name for line in out.getvalue().split()) == sorted(
        f"{k}.json" for k in KINDS
    )
    return folder


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_each_kind_renders_in_each_format(samples: Path, kind: str, fmt: str) -> None:
    target = samples / f"{kind}-out.{fmt}"
    assert main(["dokumen", kind, str(samples / f"{kind}.json"), "-o", str(target)]) == 0
    data = target.read_bytes()
    if fmt == "docx":
        assert data[:2] == b"PK"
    else:
        assert "CONTOH" in data.decode("utf-8")


def test_markdown_goes_to_standard_output(samples: Path) -> None:
    out = io.StringIO()
    assert main(["dokumen", "skm", str(samples / "skm.json")], out=out) == 0
    assert out.getvalue().startswith("# Laporan Survei Kepuasan Masyarakat")
    assert "77,59" in out.getvalue()


def test_siklus_json_is_the_build_input(samples: Path) -> None:
    assert json.loads((samples / "siklus-apbd.json").read_text(encoding="utf-8")) == {
        "daerah": "32.60",
        "tahun": 2027,
        "overrides": {},
    }
    spec = samples / "mine.json"
    spec.write_text('{"daerah": "32.60", "tahun": 2027, "overrides": {"rkpd": "2026-05-29"}}')
    out = io.StringIO()
    assert main(["dokumen", "siklus-apbd", str(spec)], out=out) == 0
    assert "Jumat, 29 Mei 2026" in out.getvalue()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["dokumen", "akip", "missing.json"], "FILE: cannot read it"),
        (["dokumen", "akip"], "FILE: give the model's JSON file"),
        (["dokumen", "contoh"], "--output: contoh needs a directory"),
        (["dokumen", "akip", "{samples}/akip.json", "--format", "docx"], "DOCX is binary"),
        (["dokumen", "akip", "{samples}/lkjip.json"], "required field is missing"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    samples: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    args = [a.replace("{samples}", str(samples)) for a in argv]
    assert main(args, out=out) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert out.getvalue() == ""
