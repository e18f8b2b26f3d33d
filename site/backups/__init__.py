"""Backing up and restoring the whole site: database and uploads in one archive."""
