"""Counting the law the library ships: records, citations, validity periods, open doubts."""

from __future__ import annotations

import attrs

from perangkat_daerah.law._tree import iter_rules, rule_files

__all__ = ["Inventory", "inventory"]


def _share(part: int, whole: int) -> str:
    return f"{part * 100 // whole}%" if whole else "-"


@attrs.frozen
class Inventory:
    """How many rule records (versions) the rule files hold, and how well they are founded.

    Every record has a ``valid_from`` by construction (the loader refuses one without), so
    ``with_validity`` equals ``records``; it is counted, not assumed.
    """

    files: int
    rules: int
    records: int
    with_citation: int
    with_validity: int
    unverified: int
    provisional: int

    def lines(self) -> tuple[str, ...]:
        """The inventory as text lines (percentages rounded down)."""
        n = self.records
        return (
            f"rule files            {self.files}",
            f"rules                 {self.rules}",
            f"records (versions)    {n}",
            f"with citation         {self.with_citation} ({_share(self.with_citation, n)})",
            f"with validity period  {self.with_validity} ({_share(self.with_validity, n)})",
            f"unverified            {self.unverified} ({_share(self.unverified, n)})",
            f"provisional           {self.provisional} ({_share(self.provisional, n)})",
        )


def inventory() -> Inventory:
    """Count every version of every rule in every rule file (loads them all).

    >>> inv = inventory()
    >>> inv.with_validity == inv.records > 0
    True
    """
    rules = list(iter_rules())
    versions = [v for table in rules for v in table.versions]
    return Inventory(
        files=len(rule_files()),
        rules=len(rules),
        records=len(versions),
        with_citation=sum(1 for v in versions if v.citations),
        with_validity=sum(1 for v in versions if v.valid_from is not None),
        unverified=sum(1 for v in versions if v.unverified),
        provisional=sum(1 for v in versions if v.provisional),
    )
