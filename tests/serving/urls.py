"""A URLconf with one view whose SQL is wrong: a programming error, not an outage."""

from django.db import connection
from django.urls import path


def broken_query(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM table_that_does_not_exist")
    raise AssertionError("unreachable")


urlpatterns = [path("broken/", broken_query)]

handler500 = "serving.outage.server_error"
