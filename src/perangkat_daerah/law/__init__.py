"""The law as data: citations of legal instruments, versioned cited rule values, and the
rule tree that holds every rule file of the library.

Every threshold, deadline and formula constant of the library lives in a
:class:`RuleTable`, so each computed number can say which regulation produced it and
which version of the rule was in force on the date in question. Domains ask the tree
(:func:`rule`, :func:`value`, :func:`rule_table`, :func:`rules`) by a dotted path such as
``anggaran.aturan.pendidikan_min``.
"""

from perangkat_daerah.law._bands import Band, BandScale
from perangkat_daerah.law._citation import Citation, JenisPeraturan
from perangkat_daerah.law._finding import Finding, Severity
from perangkat_daerah.law._inventory import Inventory, inventory
from perangkat_daerah.law._rules import Rule, RuleTable
from perangkat_daerah.law._tree import (
    RuleFileError,
    Unit,
    check_rows,
    iter_rules,
    load_rule_file,
    rule,
    rule_files,
    rule_table,
    rules,
    value,
)

__all__ = [
    "Band",
    "BandScale",
    "Citation",
    "Finding",
    "Inventory",
    "JenisPeraturan",
    "Rule",
    "RuleFileError",
    "RuleTable",
    "Severity",
    "Unit",
    "check_rows",
    "inventory",
    "iter_rules",
    "load_rule_file",
    "rule",
    "rule_files",
    "rule_table",
    "rules",
    "value",
]
