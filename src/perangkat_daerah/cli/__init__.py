"""The ``perangkat-daerah`` command line.

``perangkat-daerah demo`` runs the guided tour; ``deadline``, ``calendar``, ``apbd``,
``skm``, ``organisasi``, ``akuntabilitas``, ``cite``, ``plugins`` and ``wilayah`` answer the
main jobs (see the command-line reference). ``--json`` prints the library's JSON of the
result. Exit status: 0 ok, 1 the check found a breach, 2 bad input (one line on stderr,
never a traceback).
"""

from perangkat_daerah.cli._main import main

__all__ = ["main"]
