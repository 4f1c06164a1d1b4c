"""The site's login backend answers exactly what Django's ModelBackend answers, in fewer queries."""

import pytest

from django.contrib.auth import backends, get_user_model
from django.contrib.auth.models import Group, Permission

from cms.auth import ModelBackend

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    User = get_user_model()
    coordinators = Group.objects.create(name="Koordinator program")
    coordinators.permissions.add(*Permission.objects.filter(codename__in=["add_page", "change_page"]))
    editors = Group.objects.create(name="Editor")
    editors.permissions.add(*Permission.objects.filter(codename__in=["change_page", "access_admin"]))
    both = User.objects.create_user("both", password="x")
    both.groups.add(coordinators, editors)
    both.user_permissions.add(Permission.objects.get(codename="delete_page"))
    direct = User.objects.create_user("direct", password="x")
    direct.user_permissions.add(Permission.objects.get(codename="view_group"))
    inactive = User.objects.create_user("inactive", password="x", is_active=False)
    inactive.groups.add(coordinators)
    return {
        "both": both,
        "direct": direct,
        "inactive": inactive,
        "none": User.objects.create_user("none", password="x"),
        "superuser": User.objects.create_superuser("root", password="x"),
    }


@pytest.mark.parametrize("name", ["both", "direct", "inactive", "none", "superuser"])
def test_permissions_and_users_equal_django_model_backend(people, name):
    User = get_user_model()
    ours, django = ModelBackend(), backends.ModelBackend()
    pk = people[name].pk

    mine, theirs = ours.get_user(pk), django.get_user(pk)

    assert (mine is None, theirs is None) == (name == "inactive", name == "inactive")
    fresh_a, fresh_b = User.objects.get(pk=pk), User.objects.get(pk=pk)
    assert ours.get_all_permissions(fresh_a) == django.get_all_permissions(fresh_b)
    perm = "wagtailcore.change_page"
    assert ours.has_perm(fresh_a, perm) == django.has_perm(fresh_b, perm)


def test_user_with_groups_costs_one_query_for_every_permission(people, django_assert_num_queries):
    user = get_user_model().objects.get(pk=people["both"].pk)

    with django_assert_num_queries(1):
        permissions = ModelBackend().get_all_permissions(user)
        ModelBackend().get_all_permissions(user)

    assert permissions == {
        "wagtailcore.add_page",
        "wagtailcore.change_page",
        "wagtailcore.delete_page",
        "wagtailadmin.access_admin",
    }


def test_unknown_user_is_none():
    assert ModelBackend().get_user(987654) is None
