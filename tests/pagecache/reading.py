"""Reading pages through the cache in tests: a hit is a response that cost no query."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def fetch(client, url, **extra):
    """(response, hit): `hit` when the response came without a single database query."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries) == 0


def body(client, url):
    return client.get(url).content.decode()
