"""How the site is served: the health check, the database-outage page, trusted proxies.

Not a Django app (no models, no templates of its own): middleware and views only.
"""
