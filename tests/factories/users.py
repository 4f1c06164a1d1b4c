"""Factories for admin users, optionally in one of the platform's roles."""

import factory
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

MODERATORS = "Moderators"
PROGRAMME_COORDINATORS = "Programme coordinators"
TRAINERS = "Trainers"
ROLES = (MODERATORS, PROGRAMME_COORDINATORS, TRAINERS)


class UserFactory(DjangoModelFactory):
    """A staff-less user; `UserFactory(role="Trainers")` puts it in that group (made by the migration)."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(Group.objects.get(name=extracted))


class SuperuserFactory(UserFactory):
    is_superuser = True
    is_staff = True
