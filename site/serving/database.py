"""Is the database answering? Shared by /health/ and the outage handling."""

import contextlib
import logging

from django.db import InterfaceError, OperationalError, connections

logger = logging.getLogger(__name__)

try:  # psycopg2's own errors, should one escape Django's wrapper (connection set-up, pooling)
    import psycopg2

    CONNECTION_ERRORS = (OperationalError, InterfaceError, psycopg2.OperationalError, psycopg2.InterfaceError)
except ImportError:  # pragma: no cover - psycopg2 is pinned, but SQLite-only installs work too
    CONNECTION_ERRORS = (OperationalError, InterfaceError)


def database_answers(alias="default"):
    """Run `SELECT 1` on a fresh connection, so a broken pooled connection does not decide."""
    connection = connections.create_connection(alias)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return True
    except CONNECTION_ERRORS as error:
        logger.warning("Database %r does not answer: %s", alias, error)
        return False
    finally:
        with contextlib.suppress(*CONNECTION_ERRORS):
            connection.close()


def is_outage(exception):
    """A connection-level error *and* a database that does not answer a fresh `SELECT 1`.

    SQLite reports programming mistakes such as a missing table as OperationalError too; those
    find the database answering, so they stay 500s (and get fixed) instead of hiding as 503s.
    """
    return isinstance(exception, CONNECTION_ERRORS) and not database_answers()
