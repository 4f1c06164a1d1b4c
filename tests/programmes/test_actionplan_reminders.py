"""Reminders: owners of milestones due within 7 days or overdue get one mail, never twice."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import CommandError, call_command

from programmes.models import MilestoneReminder, MilestoneStatus
from tests.factories import PersonFactory, translate
from tests.factories.actionplan import ActivityFactory, MilestoneFactory

pytestmark = pytest.mark.django_db

TODAY = "2025-07-01"


@pytest.fixture
def owner_activity():
    return ActivityFactory(
        code="A1", contact_person=PersonFactory(name="Noviana Andrina", email="noviana@example.org")
    )


def remind(*args):
    out = io.StringIO()
    call_command("send_milestone_reminders", "--today", TODAY, *args, stdout=out)
    return out.getvalue()


def test_reminders_mail_each_owner_once_with_due_and_overdue_milestones(owner_activity):
    MilestoneFactory(activity=owner_activity, title="Lokakarya", due_on=datetime.date(2025, 6, 20))
    MilestoneFactory(activity=owner_activity, title="Forum", due_on=datetime.date(2025, 7, 8))
    MilestoneFactory(activity=owner_activity, title="Nanti", due_on=datetime.date(2025, 7, 9))
    MilestoneFactory(
        activity=owner_activity,
        title="Selesai",
        due_on=datetime.date(2025, 6, 1),
        status=MilestoneStatus.COMPLETED,
        progress=100,
    )

    first = remind()
    second = remind()

    assert (first, second) == (
        "1 mail(s) about 2 milestone(s); 0 milestone(s) without an owner's address.\n",
        "0 mail(s) about 0 milestone(s); 0 milestone(s) without an owner's address.\n",
    )
    [message] = mail.outbox
    assert (message.to, message.subject) == (["noviana@example.org"], "Jembatan: 2 tonggak perlu perhatian")
    assert "- A1 Lokakarya: tenggat 20 Juni 2025 (lewat tenggat), Belum dimulai, 0 %" in message.body
    assert "- A1 Forum: tenggat 8 Juli 2025, Belum dimulai, 0 %" in message.body
    assert "Nanti" not in message.body


def test_reminders_again_after_the_due_date_moves(owner_activity):
    milestone = MilestoneFactory(activity=owner_activity, due_on=datetime.date(2025, 7, 3))
    remind()
    milestone.due_on, milestone.change_reason = datetime.date(2025, 7, 5), "Bergeser."
    milestone.save()

    remind()

    assert (len(mail.outbox), MilestoneReminder.objects.count()) == (2, 2)


def test_reminders_in_the_owners_language(owner_activity):
    person = translate(owner_activity.contact_person, "az", name="Vüsal", email="vusal@example.org")
    owner_activity.contact_person = person
    owner_activity.save()
    MilestoneFactory(activity=owner_activity, due_on=datetime.date(2025, 7, 2))

    remind()

    assert mail.outbox[0].subject == "Jembatan: 1 mərhələ diqqət tələb edir"


def test_reminders_count_milestones_without_an_owner_address():
    MilestoneFactory(activity=ActivityFactory(contact_person=None), due_on=datetime.date(2025, 7, 2))

    assert (
        remind("--dry-run") == "0 mail(s) about 0 milestone(s); 1 milestone(s) without an owner's address.\n"
    )


def test_reminders_dry_run_sends_and_records_nothing(owner_activity):
    MilestoneFactory(activity=owner_activity, due_on=datetime.date(2025, 7, 2))

    remind("--dry-run")

    assert (len(mail.outbox), MilestoneReminder.objects.count()) == (0, 0)


def test_reminders_refuse_a_malformed_day():
    with pytest.raises(CommandError, match="--today must be a date as yyyy-mm-dd, not '1/7/2025'."):
        call_command("send_milestone_reminders", "--today", "1/7/2025")
