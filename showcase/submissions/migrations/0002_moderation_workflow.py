"""The "Moderators approve" workflow (one Moderators approval task) that submissions go
through, and the Moderators group's permission to see and decide submissions. The workflow
is set on the showcase index when the first submission arrives (services.moderation_workflow),
since a fresh database has no showcase yet."""

from django.db import migrations

WORKFLOW_NAME = "Moderators approve"


def create(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    if not Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_type, active=True)
        task.groups.set([moderators])
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    submission_type, _ = ContentType.objects.get_or_create(app_label="submissions", model="submission")
    for codename, name in [
        ("view_submission", "Can view submission"),
        ("change_submission", "Can change submission"),
        ("delete_submission", "Can delete submission"),
    ]:
        permission, _ = Permission.objects.get_or_create(
            content_type=submission_type, codename=codename, defaults={"name": name}
        )
        moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("submissions", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
