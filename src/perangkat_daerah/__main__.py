"""``python -m perangkat_daerah`` runs the command-line interface."""

from perangkat_daerah.cli import main

raise SystemExit(main())
