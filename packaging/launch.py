"""Entry script of the PyInstaller bundle: the same as `python -m gradientdesk` (gradientdesk/__main__.py cannot be
the script itself, because PyInstaller runs a script as `__main__` outside its package)."""

import sys

from gradientdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
