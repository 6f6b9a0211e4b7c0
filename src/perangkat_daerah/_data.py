"""Reading the embedded data files (TOML) through importlib.resources, once."""

from __future__ import annotations

import functools
import logging
import sys
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = ["load_toml", "tomllib"]


@functools.cache
def load_toml(package: str, *path: str) -> dict[str, Any]:
    """The parsed TOML file at ``path`` inside ``package`` (cached; treat it as read-only).

    Each load is logged at debug level on the logger of ``package``.
    """
    resource = resources.files(package).joinpath(*path)
    with resource.open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    logging.getLogger(package).debug("loaded data file %s", "/".join(path))
    return data
