"""Where the project lives and how a setting is read from the environment."""

import os
from pathlib import Path

SITE_DIR = Path(__file__).resolve().parents[2]
BASE_DIR = SITE_DIR.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]
