"""Thin adapters from pandas and Dask onto the bulk paths of :mod:`perangkat_daerah.sla` and
:mod:`perangkat_daerah.anggaran`.

The top floor of the library: it imports the domains and is never imported by them. Each
adapter is its own module, imported on demand so that neither pandas nor Dask is needed by
the rest of the library:

- :mod:`perangkat_daerah.integrasi.pandas` (the ``pandas`` extra): Series functions and the
  ``Series.sla`` accessor;
- :mod:`perangkat_daerah.integrasi.dask` (the ``dask`` extra): the same functions applied per
  partition of a ``dask.dataframe``, for a whole country's requests or APBD lines.
"""

__all__: list[str] = []
