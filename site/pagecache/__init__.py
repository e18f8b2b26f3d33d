"""The full-page cache: anonymous GET/HEAD of public pages, answered before the session,
the database and the templates, and purged exactly (both languages) when content changes.

- `middleware`: looks up and stores pages; headers for browsers and shared caches.
- `keys`: which requests qualify and the key of each (host, path, cleaned query string).
- `store`: the cache itself, with per-path generations so a purge drops every variant.
- `front`: each worker's recent entries in memory, in front of the shared cache.
- `invalidation`: with Redis, purge messages that empty every worker's front at once.
- `targets`: which URLs a change to a page touches; apps register what else shows a page.
- `purge`: `purge_urls`, `purge_everything`, also sent on to a CDN (frontend_cache).
- `signals`: the receivers that purge on publish, unpublish, move, delete and edits.
"""
