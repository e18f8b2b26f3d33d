"""How pages are served: one query for the page tree a request needs (route, view
restrictions, breadcrumbs, menu), the health check, the database-outage page, trusted proxies.

Not a Django app (no models of its own): middleware, views and helpers.
"""
