"""Where the package's data files are read from (``perangkat_daerah._data.package_files``)."""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from perangkat_daerah._data import load_toml, package_files


def test_an_installed_package_is_a_plain_directory() -> None:
    files = package_files("perangkat_daerah.calendar")
    assert isinstance(files, Path)
    assert files.joinpath("__init__.py").is_file()


@pytest.fixture
def zipped_package(tmp_path: Path) -> Iterator[str]:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pd_zipped_probe/__init__.py", "")
        zf.writestr("pd_zipped_probe/data/aturan.toml", 'nama = "dari arsip"\n')
    sys.path.insert(0, str(archive))
    try:
        yield "pd_zipped_probe"
    finally:
        sys.path.remove(str(archive))
        sys.modules.pop("pd_zipped_probe", None)


def test_a_package_inside_a_zip_archive_is_read_through_importlib_resources(
    zipped_package: str,
) -> None:
    files = package_files(zipped_package)
    assert not isinstance(files, Path)
    assert files.joinpath("data", "aturan.toml").read_text(encoding="utf-8") == (
        'nama = "dari arsip"\n'
    )
    assert load_toml(zipped_package, "data", "aturan.toml") == {"nama": "dari arsip"}
