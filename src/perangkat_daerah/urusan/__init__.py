"""Urusan pemerintahan: the 32 concurrent affairs of UU 23/2014 and the support functions.

Each :class:`Urusan` carries its Permendagri 90/2019 code (``1.02``), its
:class:`KelompokUrusan` (the first digit) and, for affairs that can be merged into one
dinas or badan, its :class:`Rumpun` under PP 18/2016. The catalogue is embedded data;
models refer to an urusan by its code, and JSON carries the code.

>>> from perangkat_daerah import urusan
>>> [u.kode for u in urusan.all_urusan(urusan.KelompokUrusan.WAJIB_PELAYANAN_DASAR)]
['1.01', '1.02', '1.03', '1.04', '1.05', '1.06']
>>> urusan.get("2.12").nama
'Administrasi Kependudukan dan Pencatatan Sipil'
"""

from perangkat_daerah.urusan._catalogue import (
    DASAR_KODE,
    KelompokUrusan,
    Rumpun,
    UnknownUrusanError,
    Urusan,
    all_urusan,
    find,
    get,
)

__all__ = [
    "DASAR_KODE",
    "KelompokUrusan",
    "Rumpun",
    "UnknownUrusanError",
    "Urusan",
    "all_urusan",
    "find",
    "get",
]
