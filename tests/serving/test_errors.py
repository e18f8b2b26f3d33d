"""A database that answers is not an outage: wrong SQL stays a 500, never a 503."""

from django.test import Client, override_settings


@override_settings(ROOT_URLCONF="tests.serving.urls")
def test_programming_errors_are_not_hidden_as_503():
    # SQLite reports a missing table as OperationalError, PostgreSQL as ProgrammingError: in
    # both, the database still answers, so this is a bug to see, not an outage to wait out.
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert "Retry-After" not in response.headers
