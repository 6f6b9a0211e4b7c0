"""Reading the embedded data files (TOML) of the package, once."""

from __future__ import annotations

import functools
import logging
import os
import sys
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Traversable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = ["load_toml", "package_files", "read_text", "tomllib"]


def package_files(package: str) -> Traversable:
    """The files of ``package`` (imported if it is not yet), as a traversable directory.

    An installed package is a directory on disk (a wheel is unpacked), and then this is a plain
    :class:`pathlib.Path`; only a package imported from a zip archive goes through
    :func:`importlib.resources.files`, whose import costs about 9 ms of a fresh process.
    """
    init = getattr(import_module(package), "__file__", None)
    if init is not None and os.path.isfile(init):
        return Path(init).parent
    from importlib import resources  # only for a package inside an archive

    return resources.files(package)


@functools.cache
def load_toml(package: str, *path: str) -> dict[str, Any]:
    """The parsed TOML file at ``path`` inside ``package`` (cached; treat it as read-only).

    Each load is logged at debug level on the logger of ``package``.
    """
    resource = package_files(package).joinpath(*path)
    with resource.open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    logging.getLogger(package).debug("loaded data file %s", "/".join(path))
    return data


def read_text(package: str, *path: str) -> str:
    """The UTF-8 text of the file at ``path`` inside ``package`` (not cached)."""
    return package_files(package).joinpath(*path).read_text(encoding="utf-8")
