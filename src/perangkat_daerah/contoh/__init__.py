"""The fictional sample region Kabupaten Sukamaju (``32.60``) and its embedded data.

Everything here is invented for demonstrations and tests; the deliberate problems in the
data are listed in each loader's docstring.
"""

from perangkat_daerah.contoh._anggaran import apbd, realisasi, siklus_apbd

__all__ = ["apbd", "realisasi", "siklus_apbd"]
