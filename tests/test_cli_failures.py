"""The command line fails in one line with a non-zero status, whatever goes wrong with its
output; a closed pipe ends it quietly; the demo writes only where it is told."""

from __future__ import annotations

import io as stdio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perangkat_daerah.cli import main
from perangkat_daerah.cli._demo import run_demo
from perangkat_daerah.cli._output import OutputError

CMD = [sys.executable, "-m", "perangkat_daerah"]


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("perangkat-daerah: error: ")
    return lines[0]


def test_broken_pipe_exits_quietly() -> None:
    proc = subprocess.Popen([*CMD, "demo"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.read(1)
    proc.stdout.close()  # the reader goes away, like `| head -c1`
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) != 0
    assert err == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_device_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([*CMD, "demo"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 3
    assert "No space left on device" in _one_error_line(done.stderr)


def test_a_closed_stdout_is_one_line() -> None:
    done = subprocess.run(
        [*CMD, "wilayah", "51"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 3
    assert "closed" in _one_error_line(done.stderr)


def test_an_ascii_terminal_gets_escapes_not_a_crash() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([*CMD, "demo"], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    done.stdout.decode("ascii")


def test_demo_writes_no_file_without_output(tmp_path: Path) -> None:
    done = subprocess.run([*CMD, "demo"], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0
    assert list(tmp_path.iterdir()) == []
    assert "--output DIR" in done.stdout


def test_demo_output_refuses_symlinks_and_files(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    link = tmp_path / "link"
    link.symlink_to(target)
    for bad, needle in ((link, "symbolic link"), (tmp_path / "file", "not a directory")):
        if bad.name == "file":
            bad.write_text("x")
        out, err = stdio.StringIO(), stdio.StringIO()
        sys_err = sys.stderr
        sys.stderr = err
        try:
            assert main(["demo", "--output", str(bad)], out=out) == 2
        finally:
            sys.stderr = sys_err
        assert needle in _one_error_line(err.getvalue())
        assert out.getvalue() == ""  # refused before printing anything
    assert list(target.iterdir()) == []

    real = tmp_path / "real"
    real.mkdir()
    trap = tmp_path / "trap.md"
    (real / "lkjip-dinkes-2026.md").symlink_to(trap)
    with pytest.raises(OutputError, match="symbolic link"):
        run_demo(stdio.StringIO(), real)
    assert not trap.exists()
    assert not (real / "lkjip-dinkes-2026.html").exists()  # nothing half-written


def test_demo_output_creates_the_directory(tmp_path: Path) -> None:
    out = stdio.StringIO()
    assert main(["demo", "--output", str(tmp_path / "a" / "b")], out=out) == 0
    assert sorted(p.name for p in (tmp_path / "a" / "b").iterdir()) == [
        "dip-sukamaju.html",
        "lkjip-dinkes-2026.html",
        "lkjip-dinkes-2026.md",
        "spbe-sukamaju-2026.html",
    ]
