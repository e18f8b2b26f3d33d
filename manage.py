#!/usr/bin/env python
"""Django's command-line utility for the Innovative Hajj Camp site."""

import os
import sys
from pathlib import Path

# `site/` holds the project-wide packages (`config`, `core`). The folder cannot itself be a
# package, because the standard library's `site` module is imported first; so it goes on
# the import path instead.
ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "site"))


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
