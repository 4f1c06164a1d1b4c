"""The coordinators' admin: who may change plans and milestones, through the admin's own views."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from programmes.actionplan.admin import MilestoneEditView
from programmes.models import (
    ActionPlanPage,
    Milestone,
    MilestoneChange,
    MilestoneEvidence,
    MilestoneStatus,
    ProgrammeIndexPage,
    Side,
)
from tests.factories import MODERATORS, PROGRAMME_COORDINATORS, TRAINERS, UserFactory, section_page
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory

pytestmark = pytest.mark.django_db

SIDE_GROUPS = {
    Side.INDONESIA: "Programme coordinators (Indonesia)",
    Side.AZERBAIJAN: "Programme coordinators (Azerbaijan)",
}


def coordinator(side=None, **kwargs):
    user = UserFactory(role=PROGRAMME_COORDINATORS, **kwargs)
    if side:
        user.groups.add(Group.objects.get(name=SIDE_GROUPS[side]))
    return user


def edit_url(milestone):
    return reverse("wagtailsnippets_programmes_milestone:edit", args=[milestone.pk])


def milestone_post(milestone, evidence=(), **changes):
    """The edit form's data for `milestone` as loaded, with `changes` applied."""
    data = {
        "activity": milestone.activity_id,
        "title": milestone.title,
        "title_en": milestone.title_en,
        "title_az": milestone.title_az,
        "due_on": milestone.due_on.isoformat(),
        "side": milestone.side,
        "status": milestone.status,
        "progress": milestone.progress,
        "status_note": milestone.status_note,
        "loaded_version": milestone.version,
        "change_reason": "",
        # The evidence it has, then the new addresses: the formset replaces the whole list.
        "evidence": inline_formset(
            [
                {
                    "id": item.pk,
                    "page": item.page_id or "",
                    "document": item.document_id or "",
                    "url": item.url,
                }
                for item in milestone.evidence.all()
            ]
            + [{"page": "", "document": "", "url": url, "label": ""} for url in evidence],
            initial=milestone.evidence.count(),
        ),
    }
    data.update(changes)
    return nested_form_data(data)


def test_coordinator_updates_milestone_and_history_names_them(client):
    milestone = MilestoneFactory(due_on=datetime.date(2025, 3, 31))
    user = coordinator(username="noviana")
    client.force_login(user)

    response = client.post(
        edit_url(milestone),
        milestone_post(
            milestone, status=MilestoneStatus.IN_PROGRESS, progress=50, change_reason="Lokakarya dimulai."
        ),
    )

    milestone.refresh_from_db()
    assert (response.status_code, milestone.status, milestone.progress) == (302, "in_progress", 50)
    assert sorted(
        MilestoneChange.objects.filter(milestone=milestone).values_list(
            "field", "old_value", "new_value", "user"
        )
    ) == [("progress", "0", "50", user.pk), ("status", "not_started", "in_progress", user.pk)]


@pytest.mark.parametrize(
    ("role", "status"), [(MODERATORS, 200), (PROGRAMME_COORDINATORS, 200), (TRAINERS, 302)]
)
def test_milestone_edit_view_follows_role(client, role, status):
    milestone = MilestoneFactory()
    client.force_login(UserFactory(role=role))

    assert client.get(edit_url(milestone)).status_code == status


def test_trainer_cannot_change_milestone(client):
    milestone = MilestoneFactory()
    client.force_login(UserFactory(role=TRAINERS))

    client.post(
        edit_url(milestone), milestone_post(milestone, status="in_progress", progress=10, change_reason="x")
    )

    milestone.refresh_from_db()
    assert (milestone.status, MilestoneChange.objects.count()) == ("not_started", 0)


def test_anonymous_is_sent_to_login(client):
    response = client.get(edit_url(MilestoneFactory()))

    assert (response.status_code, response["Location"].startswith("/admin/login/")) == (302, True)


def test_change_without_reason_is_refused(client):
    milestone = MilestoneFactory()
    client.force_login(coordinator())

    response = client.post(edit_url(milestone), milestone_post(milestone, status="in_progress", progress=10))

    milestone.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors["change_reason"] == [
        "Jelaskan mengapa status, tenggat atau kemajuan berubah."
    ]
    assert milestone.status == "not_started"


def test_completion_without_evidence_is_refused_in_the_admin(client):
    milestone = MilestoneFactory()
    client.force_login(coordinator())

    response = client.post(
        edit_url(milestone),
        milestone_post(milestone, status="completed", progress=100, change_reason="Selesai."),
    )

    assert response.context["form"].errors["status"] == [
        "Tonggak tidak dapat diselesaikan tanpa bukti: tambahkan setidaknya satu tautan."
    ]


def test_completion_with_evidence_added_in_the_same_form(client):
    milestone = MilestoneFactory()
    client.force_login(coordinator())

    response = client.post(
        edit_url(milestone),
        milestone_post(
            milestone,
            evidence=["https://www.menpan.go.id/laporan"],
            status="completed",
            progress=100,
            change_reason="Laporan terbit.",
        ),
    )

    milestone.refresh_from_db()
    assert (response.status_code, milestone.status, [e.url for e in milestone.evidence.all()]) == (
        302,
        "completed",
        ["https://www.menpan.go.id/laporan"],
    )


def test_second_editor_gets_a_conflict_and_nothing_is_overwritten(client):
    milestone = MilestoneFactory()
    stale = milestone_post(milestone, status="delayed", progress=10, change_reason="Tertunda.")
    milestone.status, milestone.progress = MilestoneStatus.IN_PROGRESS, 60
    milestone.change_reason = "Editor pertama."
    milestone.save()
    client.force_login(coordinator())

    response = client.post(edit_url(milestone), stale)

    milestone.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Orang lain menyimpan tonggak ini saat Anda menyuntingnya. Tidak ada yang ditimpa: buka kembali "
        "untuk melihat perubahan mereka, lalu buat perubahan Anda."
    ]
    assert (milestone.status, milestone.progress) == ("in_progress", 60)


def test_editor_who_loses_the_race_at_save_gets_the_conflict_message(client, monkeypatch):
    """Both editors pass the form's version check; the other one commits just before this save."""
    milestone = MilestoneFactory()
    data = milestone_post(milestone, status="in_progress", progress=30, change_reason="Mulai.")
    is_valid = MilestoneEditView.is_valid

    def other_editor_commits_first(view, form):
        valid = is_valid(view, form)
        other = Milestone.objects.get(pk=milestone.pk)
        other.status, other.progress, other.change_reason = MilestoneStatus.DELAYED, 10, "Editor lain."
        other.save()
        return valid

    monkeypatch.setattr(MilestoneEditView, "is_valid", other_editor_commits_first)
    client.force_login(coordinator())

    response = client.post(edit_url(milestone), data)

    milestone.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Orang lain baru saja menyimpan tonggak ini. Tidak ada yang ditimpa: buka kembali."
    ]
    assert (milestone.status, milestone.progress) == ("delayed", 10)
    assert list(MilestoneChange.objects.filter(milestone=milestone).values_list("reason", flat=True)) == [
        "Editor lain.",
        "Editor lain.",
    ]


def test_joint_milestone_counts_completed_after_both_coordinators_confirm(client):
    milestone = MilestoneFactory(
        side=Side.JOINT, status=MilestoneStatus.COMPLETED, progress=100, evidence=["https://example.org/a"]
    )
    indonesian, azerbaijani = coordinator(Side.INDONESIA), coordinator(Side.AZERBAIJAN)
    evidence = ["https://example.org/a"]

    client.force_login(indonesian)
    client.post(edit_url(milestone), milestone_post(milestone, confirm_completion="on"))
    milestone.refresh_from_db()
    halfway = (milestone.confirmed_indonesia_by_id, milestone.counts_completed)
    client.force_login(azerbaijani)
    client.post(edit_url(milestone), milestone_post(milestone, confirm_completion="on"))
    milestone.refresh_from_db()

    assert halfway == (indonesian.pk, False)
    assert (milestone.confirmed_azerbaijan_by_id, milestone.counts_completed) == (azerbaijani.pk, True)
    assert [e.url for e in milestone.evidence.all()] == evidence


def test_coordinator_without_side_cannot_confirm(client):
    milestone = MilestoneFactory(
        side=Side.JOINT, status=MilestoneStatus.COMPLETED, progress=100, evidence=["https://example.org/a"]
    )
    client.force_login(coordinator())

    client.post(edit_url(milestone), milestone_post(milestone, confirm_completion="on"))

    milestone.refresh_from_db()
    assert (milestone.confirmed_indonesia_at, milestone.confirmed_azerbaijan_at) == (None, None)


def test_coordinator_adds_an_action_plan_page_in_the_admin(client):
    parent = section_page(ProgrammeIndexPage)
    client.force_login(coordinator())

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["programmes", "actionplanpage", parent.pk]),
        nested_form_data(
            {
                "title": "Rencana Aksi 2024–2026",
                "slug": "rencana-aksi-2024",
                "summary": "",
                "starts_on": "2024-07-01",
                "ends_on": "2026-06-30",
                "signed_on": "2024-07-01",
                "signed_at": "Jakarta",
                "signatories": "",
                "goals": rich_text("<p>Lokakarya dan berbagi pengetahuan.</p>"),
                "action-publish": "publish",
            }
        ),
    )

    plan = ActionPlanPage.objects.get(slug="rencana-aksi-2024")
    assert (response.status_code, plan.live, plan.get_parent().pk) == (302, True, parent.pk)


def test_trainer_cannot_add_an_action_plan_page(client):
    parent = section_page(ProgrammeIndexPage)
    client.force_login(UserFactory(role=TRAINERS))

    response = client.get(reverse("wagtailadmin_pages:add", args=["programmes", "actionplanpage", parent.pk]))

    assert response.status_code == 302
    assert ActionPlanPage.objects.count() == 0


# Dashboard


@pytest.mark.parametrize(
    ("role", "status"), [(MODERATORS, 200), (PROGRAMME_COORDINATORS, 200), (TRAINERS, 302)]
)
def test_dashboard_is_for_coordinators_and_moderators(client, role, status):
    ActionPlanPageFactory()
    client.force_login(UserFactory(role=role))

    # The admin turns a refusal into a redirect to its home page with a message.
    assert client.get(reverse("programmes_actionplan:dashboard")).status_code == status


def test_dashboard_lists_overdue_due_soon_and_recent_changes(client, today):
    plan = ActionPlanPageFactory()
    activity = ActivityFactory(plan=plan)
    MilestoneFactory(activity=activity, title="Terlambat", due_on=datetime.date(2025, 6, 1))
    MilestoneFactory(activity=activity, title="Segera", due_on=datetime.date(2025, 7, 20))
    changed = MilestoneFactory(activity=activity, title="Berubah", due_on=datetime.date(2026, 1, 1))
    changed.status, changed.progress, changed.change_reason = MilestoneStatus.IN_PROGRESS, 20, "Mulai."
    changed.save()
    client.force_login(coordinator())

    response = client.get(reverse("programmes_actionplan:dashboard"))

    state = response.context["progress"]
    assert ([m.title for m in state.late], [m.title for m in state.due_soon]) == (["Terlambat"], ["Segera"])
    assert [(c.milestone.title, c.field) for c in response.context["recent"]] == [
        ("Berubah", "progress"),
        ("Berubah", "status"),
    ]


@pytest.mark.parametrize("chosen", [False, True])
@pytest.mark.parametrize("count", [3, 300])
def test_dashboard_query_count(client, django_assert_num_queries, count, chosen):
    plan = ActionPlanPageFactory()
    ActionPlanPageFactory(starts_on=datetime.date(2022, 1, 1))
    activities = [ActivityFactory(plan=plan) for _ in range(3)]
    milestones = Milestone.objects.bulk_create(
        Milestone(
            activity=activities[index % 3], title=f"T{index}", due_on=datetime.date(2025, 1, 1), side="joint"
        )
        for index in range(count)
    )
    MilestoneEvidence.objects.bulk_create(
        MilestoneEvidence(milestone=milestone, url="https://example.org/bukti") for milestone in milestones
    )
    changed = milestones[0]
    changed.status, changed.progress, changed.change_reason = MilestoneStatus.IN_PROGRESS, 10, "Mulai."
    changed.save()
    client.force_login(coordinator())
    url = reverse("programmes_actionplan:dashboard") + (f"?plan={plan.pk}" if chosen else "")
    client.get(url)

    # Eight are the admin's own: the session, the user with their profile, their permissions
    # (cms.auth), the locales, and the menu's page, collection and site permissions and
    # explorable root. Four are the dashboard's: the plans (the one shown among them), the
    # activities, the milestones with their evidence counted, the recent changes.
    with django_assert_num_queries(12):
        response = client.get(url)

    state = response.context["progress"]
    assert (response.context["plan"], len(state.milestones)) == (plan, count)
    assert [m.evidence_count for m in state.milestones] == [1] * count
    assert [c.milestone.title for c in response.context["recent"]] == ["T0", "T0"]
