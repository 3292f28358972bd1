"""``python -m qarnot_facade.cli``: the same as the ``qarnot`` command."""

from qarnot_facade.cli import main

main()
