"""Locations of the data shipped beside the code: scorecards in forms/, demo media and icons in resources/."""

from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = REPOSITORY_ROOT / "resources"
FORMS_DIR = REPOSITORY_ROOT / "forms"
DEMO_CALLS_DIR = RESOURCES_DIR / "demo" / "calls"
FONTS_DIR = RESOURCES_DIR / "fonts"
