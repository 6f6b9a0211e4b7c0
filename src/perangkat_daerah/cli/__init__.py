"""The ``perangkat-daerah`` command line.

``perangkat-daerah demo`` runs the guided tour; ``perangkat-daerah wilayah 51`` shows a
region; ``perangkat-daerah cite "PP 12/2019 Pasal 106"`` checks a citation. Bad input
prints one line to stderr and exits with status 2, never a traceback.
"""

from perangkat_daerah.cli._main import main

__all__ = ["main"]
