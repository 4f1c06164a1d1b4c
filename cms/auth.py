"""The site's authentication backend: Django's ModelBackend, in two queries per admin request instead of four.

Every request of a signed-in editor reads the user, and every admin page then reads the
user's Wagtail profile (language, time zone) and checks permissions. Django's backend does
that in four queries: the user, the profile, the user's own permissions and the
permissions of the user's groups. This one reads the user with the profile (a reverse
one-to-one, so one row) and both kinds of permission in one query. What it answers is
exactly what ModelBackend answers: the same users may sign in, with the same permissions;
superusers keep Django's path.
"""

from django.contrib.auth import backends, get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

UserModel = get_user_model()


class ModelBackend(backends.ModelBackend):
    def get_user(self, user_id):
        """The active user with this id and their Wagtail profile (or none), in one query; None if unknown."""
        try:
            user = UserModel._default_manager.select_related("wagtail_userprofile").get(pk=user_id)
        except UserModel.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        """{"app_label.codename"} granted directly or through a group: one query per request."""
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None or user_obj.is_superuser:
            return super().get_all_permissions(user_obj, obj=obj)
        if not hasattr(user_obj, "_perm_cache"):
            granted = Permission.objects.filter(Q(user=user_obj) | Q(group__user=user_obj))
            pairs = granted.order_by().values_list("content_type__app_label", "codename").distinct()
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in pairs}
        return user_obj._perm_cache
