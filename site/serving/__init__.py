"""Serving pages with few queries: one query for the page tree a request needs (route, view
restrictions, breadcrumbs, menu), specific pages with their images, renditions in bulk."""
