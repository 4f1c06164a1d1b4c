"""Reminders to the owners of milestones that are due within 7 days or overdue.

The owner of a milestone is its activity's contact person (their private e-mail address,
never published). Each owner gets one mail listing their milestones, in their language;
`MilestoneReminder` rows make sure nobody is reminded twice about the same milestone,
kind and due date, so the command can run from cron every day.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from programmes.actionplan.records import Milestone, MilestoneReminder, MilestoneStatus, ReminderKind

SOON_DAYS = 7


@dataclass
class ReminderRun:
    sent: int = 0
    milestones: int = 0
    without_address: int = 0


def due(today):
    """Open milestones due within SOON_DAYS days or overdue on `today`, with their owners."""
    return (
        Milestone.objects.filter(due_on__lte=today + datetime.timedelta(days=SOON_DAYS))
        .exclude(status__in=[MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED])
        .select_related("activity__contact_person__locale", "activity__plan")
        .order_by("due_on", "pk")
    )


def send_reminders(today=None, dry_run=False):
    """Mail every owner their due and overdue milestones not reminded yet; returns a ReminderRun."""
    today = today or timezone.localdate()
    already = set(
        MilestoneReminder.objects.filter(due_on__lte=today + datetime.timedelta(days=SOON_DAYS)).values_list(
            "milestone_id", "kind", "due_on", "recipient"
        )
    )
    run = ReminderRun()
    by_owner = defaultdict(list)
    for milestone in due(today):
        person = milestone.activity.contact_person
        if person is None or not person.email:
            run.without_address += 1
            continue
        kind = ReminderKind.OVERDUE if milestone.due_on < today else ReminderKind.DUE_SOON
        if (milestone.pk, kind, milestone.due_on, person.email) in already:
            continue
        by_owner[person.email].append((milestone, kind, person))
    for recipient, items in by_owner.items():
        language = items[0][2].locale.language_code
        with translation.override(language):
            subject = render_to_string("programmes/email/reminder_subject.txt", {"count": len(items)}).strip()
            body = render_to_string(
                "programmes/email/reminder.txt",
                {"person": items[0][2], "items": items, "today": today, "overdue": ReminderKind.OVERDUE},
            )
        if dry_run:
            continue
        with transaction.atomic():
            try:
                MilestoneReminder.objects.bulk_create(
                    MilestoneReminder(milestone=m, kind=kind, due_on=m.due_on, recipient=recipient)
                    for m, kind, _person in items
                )
            except IntegrityError:
                # Another run recorded them first: it sends the mail.
                continue
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
        run.sent += 1
        run.milestones += len(items)
    return run
