"""The exceptions of the library, all rooted at :class:`PerangkatDaerahError`.

Every error carries structured fields, not only a message, so an application can show
the field path, the offending value and the rule that was broken in its own words.

>>> from perangkat_daerah.errors import Problem, ValidationError
>>> err = ValidationError([Problem("kode", "must be two digits", "5")])
>>> print(err)
kode: must be two digits (got '5')
>>> err.problems[0].path
'kode'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

__all__ = [
    "CalendarCoverageError",
    "NotSerializableError",
    "PerangkatDaerahError",
    "PluginError",
    "Problem",
    "RuleNotInForceError",
    "UnknownRegionError",
    "ValidationError",
]


class PerangkatDaerahError(Exception):
    """Base class of every error raised on purpose by ``perangkat_daerah``."""


_NO_VALUE = object()


@attrs.frozen
class Problem:
    """One thing wrong with an input: where it is, what rule it breaks, and what was given.

    ``path`` is a dotted field path (``lines[3].amount``); ``""`` means the input itself.
    """

    path: str
    message: str
    value: object = attrs.field(default=_NO_VALUE, repr=False)

    @property
    def has_value(self) -> bool:
        """Whether the offending value is known."""
        return self.value is not _NO_VALUE

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        got = f" (got {_show(self.value)})" if self.has_value else ""
        return f"{where}{self.message}{got}"

    def under(self, prefix: str) -> Problem:
        """The same problem with its path placed below ``prefix``."""
        if not prefix:
            return self
        if not self.path:
            path = prefix
        elif self.path.startswith("["):
            path = prefix + self.path
        else:
            path = f"{prefix}.{self.path}"
        return attrs.evolve(self, path=path)


def _show(value: object) -> str:
    if isinstance(value, (date, Decimal, Fraction)):
        return str(value)
    return repr(value)


class ValidationError(PerangkatDaerahError, ValueError):
    """Input that breaks a rule. Lists *every* problem found, not only the first.

    Each line of ``str(error)`` reads ``path.to.field: message (got VALUE)``.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: str, message: str, value: object = _NO_VALUE) -> ValidationError:
        """An error with one problem."""
        return cls([Problem(path, message, value)])

    def under(self, prefix: str) -> ValidationError:
        """The same error with every path placed below ``prefix``."""
        return type(self)(p.under(prefix) for p in self.problems)


class UnknownRegionError(PerangkatDaerahError, LookupError):
    """A Kemendagri region code that no catalogue or provider knows."""

    def __init__(self, kode: str) -> None:
        self.kode = kode
        super().__init__(
            f"unknown region code {kode!r}: not in the code list of Kepmendagri "
            "300.2.2-2138/2025, a region plugin or a registered data provider "
            "(see perangkat_daerah.wilayah.register_provider)"
        )


class RuleNotInForceError(PerangkatDaerahError, LookupError):
    """A rule table was asked for a date that none of its versions covers."""

    def __init__(self, rule: str, on: date, covered: str) -> None:
        self.rule = rule
        self.on = on
        self.covered = covered
        super().__init__(f"rule {rule!r} has no version in force on {on.isoformat()} ({covered})")


class CalendarCoverageError(PerangkatDaerahError, LookupError):
    """A calendar was asked about a year for which it has no official data."""

    def __init__(self, year: int, covered: tuple[int, int], hint: str = "") -> None:
        self.year = year
        self.covered = covered
        msg = f"no official holiday data for {year} (covered: {covered[0]}-{covered[1]})"
        super().__init__(f"{msg}; {hint}" if hint else msg)


class NotSerializableError(PerangkatDaerahError, TypeError):
    """An object that :mod:`perangkat_daerah.io` does not write or read (behaviour, not data:
    a plugin, a registry entry, a cycle bound to a calendar object)."""

    def __init__(self, kind: str, reason: str) -> None:
        self.kind = kind
        self.reason = reason
        super().__init__(f"{kind} cannot be written as JSON or TOML: {reason}")


class PluginError(PerangkatDaerahError):
    """A region plugin could not be loaded or conflicts with another one."""

    def __init__(self, plugin: str, distribution: str | None, reason: str) -> None:
        self.plugin = plugin
        self.distribution = distribution
        self.reason = reason
        dist = f" (from {distribution})" if distribution else ""
        super().__init__(f"region plugin {plugin!r}{dist}: {reason}")
