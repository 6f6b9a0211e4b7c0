"""Old names kept for one minor release: they work and emit a :class:`DeprecationWarning`."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["REMOVED_IN", "deprecated", "renamed_attributes", "warn_renamed"]

REMOVED_IN = "0.2"
"""The minor release that drops the deprecated names of this one."""

F = TypeVar("F", bound=Callable[..., Any])


def warn_renamed(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` is deprecated in favour of ``new``."""
    warnings.warn(
        f"{old} is deprecated and will be removed in {REMOVED_IN}; use {new}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def deprecated(old: str, new: str) -> Callable[[F], F]:
    """Decorate a function kept under its old name ``old``; each call warns to use ``new``."""

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def inner(*args: Any, **kwargs: Any) -> Any:
            warn_renamed(old, new)
            return func(*args, **kwargs)

        return inner  # type: ignore[return-value]

    return wrap


def renamed_attributes(module: str, renamed: dict[str, tuple[str, object]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that serves each old name in ``renamed`` (old → (new, object))
    with a warning to use ``module.new``; any other unknown name is an ``AttributeError``."""

    def attribute(name: str) -> Any:
        if name not in renamed:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        new, value = renamed[name]
        short = module.removeprefix("perangkat_daerah.")
        warn_renamed(f"{short}.{name}", f"{short}.{new}")
        return value

    return attribute
