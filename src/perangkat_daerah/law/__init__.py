"""The law as data: citations of legal instruments and versioned, cited rule values.

Every threshold, deadline and formula constant of the library lives in a
:class:`RuleTable`, so each computed number can say which regulation produced it and
which version of the rule was in force on the date in question.
"""

from perangkat_daerah.law._citation import Citation, JenisPeraturan
from perangkat_daerah.law._finding import Finding, Severity
from perangkat_daerah.law._rules import Rule, RuleTable

__all__ = ["Citation", "Finding", "JenisPeraturan", "Rule", "RuleTable", "Severity"]
