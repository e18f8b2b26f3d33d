from django.urls import path
from wagtail import hooks

from signin.views import EnrolView, VerifyView


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", VerifyView.as_view(), name="signin_verify"),
        path("two-factor/enrol/", EnrolView.as_view(), name="signin_enrol"),
    ]
