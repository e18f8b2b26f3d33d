"""Editing safeguards for the Wagtail admin shared by every page type."""
