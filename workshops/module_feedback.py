"""Feedback results per training-module version, for the module's trainers, in the admin.

A workshop session records the module version it taught (`WorkshopSession.module_release`);
the anonymous feedback on that event (`EventFeedback`, joined over the event's translations
by `event_key`) then counts for that version. The trainers of a module are the users who
may edit its page (its owner with "add" rights, or a group with "edit" rights on it or
above: the Trainers role in the training section); they see, per version they may edit,
the number of answers, the mean rating (1–5), how many gave each rating and the comments.
Nobody else does: the index lists only those versions, and a version's page refuses anyone
who may not edit its module, and an unknown id alike (PermissionDenied: Wagtail sends the
user back to the dashboard with its "permission denied" message).

Admin routes (`register_admin_urls`): `/admin/module-feedback/` and
`/admin/module-feedback/<release id>/`.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.cache import memoize

from .models import EventFeedback, TrainingModulePage, TrainingModuleRelease, WorkshopSession

RATINGS = (5, 4, 3, 2, 1)


@dataclass
class VersionFeedback:
    """The feedback results of one module version (`release`): every answer given on its events."""

    release: TrainingModuleRelease
    events: dict = field(default_factory=dict)  # event key → title, in the order first seen
    answers: list = field(default_factory=list)  # EventFeedback, newest first

    @property
    def count(self):
        return len(self.answers)

    @property
    def mean(self):
        """The mean rating rounded to one decimal, or None without answers."""
        if not self.answers:
            return None
        return round(sum(answer.rating for answer in self.answers) / len(self.answers), 1)

    @property
    def distribution(self):
        """`[(rating, count, percent)]` from 5 down to 1; percent of all answers, whole numbers."""
        counts = dict.fromkeys(RATINGS, 0)
        for answer in self.answers:
            counts[answer.rating] = counts.get(answer.rating, 0) + 1
        total = len(self.answers) or 1
        return [(rating, counts[rating], round(100 * counts[rating] / total)) for rating in RATINGS]

    @property
    def comments(self):
        return [answer for answer in self.answers if answer.comment.strip()]


def editable_modules(user):
    """The training module pages `user` may edit (owner with "add" rights, "edit" rights, superuser)."""
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return TrainingModulePage.objects.filter(pk__in=pages.values("pk"))


def results_for(releases):
    """`[VersionFeedback]` for `releases`, in their order; three queries whatever their number."""
    results = {release.pk: VersionFeedback(release) for release in releases}
    if not results:
        return []
    links = (
        WorkshopSession.objects.filter(module_release_id__in=results)
        .values_list("module_release_id", "page__translation_key")
        .distinct()
    )
    by_event = {}
    for release_id, event_key in links:
        by_event.setdefault(event_key, set()).add(release_id)
    answers = EventFeedback.objects.filter(event_key__in=by_event).select_related("workshop")
    for answer in answers.order_by("-created_at", "-pk"):
        for release_id in sorted(by_event.get(answer.event_key, ())):
            result = results[release_id]
            result.events.setdefault(answer.event_key, answer.workshop.title)
            result.answers.append(answer)
    return list(results.values())


def releases_for(user):
    """The module versions whose feedback `user` may read, by module code then newest version."""
    return (
        TrainingModuleRelease.objects.filter(page__in=editable_modules(user))
        .select_related("page", "page__locale")
        .order_by("page__code", "page__locale__language_code", "-published_at", "-pk")
    )


class ModuleFeedbackIndexView(WagtailAdminTemplateMixin, TemplateView):
    """Every module version the user trains (may edit), with its answers, mean rating and spread."""

    template_name = "workshops/admin/module_feedback_index.html"
    page_title = _("Feedback by module version")
    header_icon = "comment"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["results"] = results_for(list(releases_for(self.request.user)))
        return context


class ModuleFeedbackDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One module version's results and every comment; refused to a user who may not edit the module."""

    template_name = "workshops/admin/module_feedback_detail.html"
    header_icon = "comment"

    def get_page_title(self):
        return _("Feedback on %(module)s") % {"module": self.result.release}

    def get(self, request, *args, **kwargs):
        release = releases_for(request.user).filter(pk=kwargs["release_id"]).first()
        if release is None:  # no such version, or not one this user trains: the same answer
            raise PermissionDenied(_("No such module version, or it is not one you train."))
        self.result = results_for([release])[0]
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["result"] = self.result
        return context


def _module_pages():
    """`[(path, owner id)]` of every training module page, drafts included; no query when warm."""
    return memoize(
        "training-module-paths", lambda: list(TrainingModulePage.objects.values_list("path", "owner_id"))
    )


def may_read_module_feedback(user):
    """Whether the admin menu offers the page: users who may edit at least one module.

    The same answer as `editable_modules(user).exists()`, drawn from the user's page
    permissions Wagtail has already loaded for the menu and the module paths kept in the
    content-version cache, so the menu costs no query on every admin page.
    """
    policy = PagePermissionPolicy()
    if not user.is_active:
        return False
    if user.is_superuser:
        return bool(_module_pages())
    for permission in policy.get_cached_permissions_for_user(user):
        codename, root = permission.permission.codename, permission.page.path
        for path, owner_id in _module_pages():
            if path.startswith(root) and (
                codename == "change_page" or (codename == "add_page" and owner_id == user.pk)
            ):
                return True
    return False
