"""The desktop bundle's entry point (PyInstaller freezes this file; the installed command uses
``drafter.cli:entry_point``).

``freeze_support`` must run first: ``drafter check --jobs N`` starts worker processes with
*spawn*, and in a frozen app each worker is this same executable, started with arguments
that only multiprocessing understands.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from drafter.cli import entry_point

    entry_point()
