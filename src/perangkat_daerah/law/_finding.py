"""Findings: what a validation reports when an input breaks a rule of law."""

from __future__ import annotations

import enum

import attrs

from perangkat_daerah.law._citation import Citation

__all__ = ["Finding", "Severity"]


class Severity(enum.Enum):
    """How serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Finding:
    """One rule an input breaks: where, which rule, its law, and the numbers involved.

    Validations in every domain (``organisasi.validate``, ``pelayanan.validate`` …) return
    tuples of findings and never stop at the first one. ``unverified`` marks a finding whose
    rule the project could not confirm in a legal source.

    >>> from perangkat_daerah.law import Citation, Finding, Severity
    >>> f = Finding(Severity.ERROR, "dinsos", "batas.bidang", "3 bidang, at most 2",
    ...             (Citation.parse("PP 18/2016 Pasal 83"),), (("jumlah", 3), ("batas", 2)))
    >>> print(f)
    error: dinsos: 3 bidang, at most 2 (PP 18/2016 Pasal 83)
    """

    severity: Severity
    path: str
    rule: str
    message: str
    citations: tuple[Citation, ...] = ()
    numbers: tuple[tuple[str, int], ...] = ()
    unverified: bool = False

    def __str__(self) -> str:
        law = "; ".join(str(c) for c in self.citations)
        law = f" ({law})" if law else ""
        flag = " [unverified]" if self.unverified else ""
        return f"{self.severity.value}: {self.path}: {self.message}{law}{flag}"
