"""perangkat_daerah: Indonesian regional government as typed, cited, exact Python.

The library is organised in layers (imports point downwards only):

- :mod:`perangkat_daerah.law`, :mod:`perangkat_daerah.wilayah`, :mod:`perangkat_daerah.money`,
  :mod:`perangkat_daerah.io`: citations and versioned rules, regions and codes, Rupiah,
  serialization;
- the legal domains on top of them; the CLI and reports at the top.

>>> import perangkat_daerah
>>> perangkat_daerah.__version__  # doctest: +ELLIPSIS
'0...'
"""

from perangkat_daerah._version import __version__

__all__ = ["__version__"]
