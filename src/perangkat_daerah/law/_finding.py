"""Findings: what a validation reports when an input breaks a rule of law."""

from __future__ import annotations

import enum

import attrs

from perangkat_daerah.law._citation import Citation

__all__ = ["Finding", "Severity"]


class Severity(enum.Enum):
    """How serious a finding is (:attr:`nama`: the word Indonesian reports use)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def nama(self) -> str:
        """``pelanggaran`` (a rule broken), ``peringatan`` or ``catatan``."""
        return _NAMA[self]


_NAMA = {Severity.ERROR: "pelanggaran", Severity.WARNING: "peringatan", Severity.INFO: "catatan"}


@attrs.frozen
class Finding:
    """One rule an input breaks: where, which rule, its law, and the numbers involved.

    Validations in every domain (``organisasi.validate``, ``pelayanan.validate`` …) return
    tuples of findings and never stop at the first one. ``unverified`` marks a finding whose
    rule the project could not confirm in a legal source.

    ``message`` is English (``str(finding)``); ``pesan`` is the same message in Bahasa
    Indonesia, with figures written the Indonesian way (``19,50%``, ``Rp1.250.000``), and
    :meth:`teks` is the Indonesian line that reports and the command line show. A finding made
    without ``pesan`` (by older plugin code) shows its ``message`` there.

    >>> from perangkat_daerah.law import Citation, Finding, Severity
    >>> f = Finding(Severity.ERROR, "dinsos", "batas.bidang", "3 bidang, at most 2",
    ...             (Citation.parse("PP 18/2016 Pasal 83"),), (("jumlah", 3), ("batas", 2)),
    ...             pesan="3 bidang, paling banyak 2")
    >>> print(f)
    error: dinsos: 3 bidang, at most 2 (PP 18/2016 Pasal 83)
    >>> print(f.teks())
    pelanggaran: dinsos: 3 bidang, paling banyak 2 (PP 18/2016 Pasal 83)
    """

    severity: Severity
    path: str
    rule: str
    message: str
    citations: tuple[Citation, ...] = ()
    numbers: tuple[tuple[str, int], ...] = ()
    unverified: bool = False
    pesan: str = ""

    def __str__(self) -> str:
        flag = " [unverified]" if self.unverified else ""
        return f"{self.severity.value}: {self.path}: {self.message}{self._law()}{flag}"

    def teks(self) -> str:
        """The finding as one line in Bahasa Indonesia (``[belum terverifikasi]`` when the
        rule is unverified)."""
        flag = " [belum terverifikasi]" if self.unverified else ""
        pesan = self.pesan or self.message
        return f"{self.severity.nama}: {self.path}: {pesan}{self._law()}{flag}"

    def _law(self) -> str:
        law = "; ".join(str(c) for c in self.citations)
        return f" ({law})" if law else ""
