from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from showcase.submissions import admin_views
from showcase.submissions.models import Submission


class NoAddingPolicy(ModelPermissionPolicy):
    """Submissions come from the public form only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Submission, NoAddingPolicy(Submission))


class SubmissionViewSet(ModelViewSet):
    """Admin > Submissions: what the public sent, with filters; moderators only."""

    model = Submission
    icon = "mail"
    menu_label = _("Submissions")
    add_to_admin_menu = True
    menu_order = 250
    copy_view_enabled = False
    list_filter = ["status", "language", "created_at"]
    form_fields = ["contact_name", "contact_email", "contact_phone", "country"]
    list_display = [
        TitleColumn(
            "page",
            label=_("innovation"),
            get_url=lambda submission: reverse("submissions_review", args=[submission.pk]),
        ),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("language", label=_("language"), accessor="get_language_display"),
        DateColumn("created_at", label=_("received")),
        TitleColumn(
            "draft",
            label=_("draft"),
            accessor=lambda submission: _("Edit the draft"),
            get_url=lambda submission: reverse("wagtailadmin_pages:edit", args=[submission.page_id]),
        ),
    ]

    def get_queryset(self, request):
        return Submission.objects.select_related("page")


@hooks.register("register_admin_viewset")
def register_viewset():
    return SubmissionViewSet("submissions")


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("submission/<int:pk>/", admin_views.review, name="submissions_review"),
        path("submission/<int:pk>/approve/", admin_views.approve, name="submissions_approve"),
        path("submission/<int:pk>/decline/", admin_views.decline, name="submissions_decline"),
        path("submission/<int:pk>/export/", admin_views.export, name="submissions_export"),
        path("submission/<int:pk>/erase/", admin_views.erase, name="submissions_erase"),
    ]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "submissions.received",
        _("Submitted by the public"),
        _("Submitted by the public through the website form"),
    )
