"""Versioned rule values: a value, the period it is in force, and the law behind it."""

from __future__ import annotations

import bisect
import itertools
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Generic, TypeVar

import attrs

from perangkat_daerah.errors import Problem, RuleNotInForceError, ValidationError
from perangkat_daerah.law._citation import Citation

__all__ = ["Rule", "RuleTable"]

T = TypeVar("T")
_log = logging.getLogger("perangkat_daerah.law")


def _to_citations(value: Iterable[Citation | str]) -> tuple[Citation, ...]:
    if isinstance(value, (str, Citation)):
        value = [value]
    return tuple(c if isinstance(c, Citation) else Citation.parse(c) for c in value)


@attrs.frozen
class Rule(Generic[T]):
    """One version of a rule: its value, the period it is in force, and its legal basis.

    The period is half-open: in force from ``valid_from`` (inclusive) until
    ``valid_until`` (exclusive), or without end when ``valid_until`` is ``None``.
    ``unverified`` marks a value whose legal source the project could not confirm; such a
    value is a documented default that callers may override, never settled law.
    ``provisional`` marks a value announced but not yet final (e.g. a year's holidays known
    only from one secondary source).

    >>> from datetime import date
    >>> r = Rule(5, date(2020, 11, 2), citations=["UU 11/2020 Pasal 175 angka 7"])
    >>> r.in_force(date(2021, 1, 1)), r.in_force(date(2020, 1, 1))
    (True, False)
    >>> str(r.citations[0])
    'UU 11/2020 Pasal 175 angka 7'
    """

    value: T
    valid_from: date
    valid_until: date | None = None
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_to_citations)
    unverified: bool = False
    note: str = ""
    provisional: bool = False

    def __attrs_post_init__(self) -> None:
        if self.valid_until is not None and self.valid_until <= self.valid_from:
            raise ValidationError.single(
                "valid_until",
                f"must be after valid_from {self.valid_from.isoformat()}",
                self.valid_until,
            )
        if not self.citations and not self.unverified:
            raise ValidationError.single(
                "citations", "a verified rule needs at least one citation", self.citations
            )

    def in_force(self, on: date) -> bool:
        """Whether this version is in force on ``on``."""
        return self.valid_from <= on and (self.valid_until is None or on < self.valid_until)

    @property
    def basis(self) -> str:
        """The citations as one line, ``;``-separated, marked when unverified."""
        text = "; ".join(str(c) for c in self.citations) or "no citation"
        return f"{text} [unverified]" if self.unverified else text


def _check_versions(
    table: RuleTable[object], attribute: object, versions: tuple[Rule[T], ...]
) -> None:
    if not versions:
        raise ValidationError.single(f"{table.name}.versions", "a rule table needs a version")
    problems: list[Problem] = []
    for i, (prev, nxt) in enumerate(itertools.pairwise(versions), start=1):
        path = f"{table.name}.versions[{i}].valid_from"
        if prev.valid_until is None or nxt.valid_from < prev.valid_until:
            problems.append(
                Problem(
                    path,
                    f"overlaps the version in force from {prev.valid_from.isoformat()}",
                    nxt.valid_from,
                )
            )
        elif nxt.valid_from > prev.valid_until:
            problems.append(
                Problem(path, f"leaves a gap after {prev.valid_until.isoformat()}", nxt.valid_from)
            )
    if problems:
        raise ValidationError(problems)


def _sorted_versions(versions: Iterable[Rule[T]]) -> tuple[Rule[T], ...]:
    return tuple(sorted(versions, key=lambda r: r.valid_from))


@attrs.frozen
class RuleTable(Generic[T]):
    """The successive versions of one rule, without overlaps or gaps.

    Answers "what was in force on date D?" in O(log n).

    >>> from datetime import date
    >>> deemed = RuleTable("fiktif_positif_hari_kerja", [
    ...     Rule(10, date(2014, 10, 17), date(2020, 11, 2),
    ...          citations=["UU 30/2014 Pasal 53 ayat (2)"]),
    ...     Rule(5, date(2020, 11, 2), citations=["UU 11/2020 Pasal 175 angka 7"]),
    ... ])
    >>> deemed.value_at(date(2019, 5, 1)), deemed.value_at(date(2026, 5, 1))
    (10, 5)
    >>> deemed.at(date(2010, 1, 1))
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.RuleNotInForceError: rule 'fiktif_positif_hari_kerja' has no version in force on 2010-01-01 (in force from 2014-10-17)
    """

    name: str
    versions: tuple[Rule[T], ...] = attrs.field(
        converter=_sorted_versions, validator=_check_versions
    )
    description: str = ""
    unit: str = ""
    uraian: str = ""
    """The description in Bahasa Indonesia (``description`` is English), as the command line in
    ``--lang id`` shows it; empty for a rule table built without one."""
    _starts: tuple[date, ...] = attrs.field(init=False, repr=False, eq=False)

    @_starts.default
    def _compute_starts(self) -> tuple[date, ...]:
        return tuple(v.valid_from for v in self.versions)

    @classmethod
    def constant(
        cls,
        name: str,
        value: T,
        valid_from: date,
        *citations: Citation | str,
        unverified: bool = False,
        note: str = "",
    ) -> RuleTable[T]:
        """A table with a single open-ended version."""
        return cls(name, [Rule(value, valid_from, None, citations, unverified, note)])

    @property
    def covered(self) -> str:
        """The period the table covers, as text."""
        start = self.versions[0].valid_from.isoformat()
        end = self.versions[-1].valid_until
        return f"in force from {start}" + (f" until {end.isoformat()}" if end else "")

    @property
    def latest(self) -> Rule[T]:
        """The most recent version (for values not asked by date, such as a table's layout)."""
        return self.versions[-1]

    def at(self, on: date) -> Rule[T]:
        """The version in force on ``on``; :class:`RuleNotInForceError` if none is."""
        i = bisect.bisect_right(self._starts, on) - 1
        if i < 0 or not self.versions[i].in_force(on):
            raise RuleNotInForceError(self.name, on, self.covered)
        rule = self.versions[i]
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug(
                "rule %s on %s: version from %s (%s)", self.name, on, rule.valid_from, rule.basis
            )
        return rule

    def value_at(self, on: date) -> T:
        """The value in force on ``on``."""
        return self.at(on).value

    def __iter__(self) -> Iterator[Rule[T]]:
        return iter(self.versions)

    def __len__(self) -> int:
        return len(self.versions)
