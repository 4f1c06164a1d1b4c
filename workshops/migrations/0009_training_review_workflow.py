"""Training modules go through review: Trainers submit, Moderators approve or reject with a comment.

- A "Training review" workflow (one Moderators group-approval task) is assigned to every
  training section page, so everything below it is reviewed before it is published.
- Trainers lose `publish_page` on the training sections: a user with that permission could
  publish straight past the workflow. They keep add, edit and delete there (and nothing
  elsewhere), and submit for review from the editor.
Reversing gives Trainers their publish permission back and removes the workflow.
"""

from django.db import migrations

WORKFLOW = "Training review"
TASK = "Moderator review of training"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    TrainingIndexPage = apps.get_model("workshops", "TrainingIndexPage")

    sections = list(TrainingIndexPage.objects.all())
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:  # a site without the platform's roles: nothing to wire
        return

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    for section in sections:
        WorkflowPage.objects.update_or_create(page_id=section.pk, defaults={"workflow": workflow})

    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.filter(
        group__name="Trainers", permission=publish, page_id__in=[s.pk for s in sections]
    ).delete()


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    TrainingIndexPage = apps.get_model("workshops", "TrainingIndexPage")

    WorkflowPage.objects.filter(workflow__name=WORKFLOW).delete()
    Workflow.objects.filter(name=WORKFLOW).delete()
    trainers = Group.objects.filter(name="Trainers").first()
    if trainers is None:
        return
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    for section in TrainingIndexPage.objects.all():
        GroupPagePermission.objects.get_or_create(group=trainers, page_id=section.pk, permission=publish)


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0008_training_modules"),
        ("cms", "0002_site_structure_and_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
