"""Pages every section can use: the home page and a plain content page."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from cms import figures
from cms.blocks import BaseStreamBlock


class BasePage(Page):
    """Abstract base for public pages: a short summary used by listings, search and meta tags."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors; no query when there are none.

        Wagtail checks them on every page view; the restricted paths come from the
        content-version cache (cms.cache). Aliases keep Wagtail's own lookup (their source
        page's restrictions apply).
        """
        from wagtail.models import PageViewRestriction

        from cms.cache import restriction_ids_for

        if self.alias_of_id:
            return super().get_view_restrictions()
        ids = restriction_ids_for(self)
        return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()


class HomePage(BasePage):
    """The front page of one language: what the programme is, figures and the latest items."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    # Its children: standard pages and each app's section page (SectionIndexPage subclasses
    # name HomePage as their parent), so the core lists no app here.
    parent_page_types = ["wagtailcore.Page"]
    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from cms.cache import locale_by_id, memoize

        context = super().get_context(request, *args, **kwargs)
        locale = locale_by_id(self.locale_id)
        # Counts and the latest items change only with content: computed once per content version.
        context["figures"] = memoize(("home-figures", locale.pk), lambda: figures.collect(locale))
        context["latest_pages"] = memoize(("home-latest", locale.pk), lambda: list(self.latest_pages()))
        return context

    def latest_pages(self, limit=6):
        """The most recently published content of this language: home and section pages aside."""
        sections = [model for model in get_page_models() if issubclass(model, SectionIndexPage)]
        return (
            Page.objects.live()
            .public()
            .filter(locale_id=self.locale_id, depth__gt=2)
            .not_type(*sections)
            .order_by("-first_published_at")
            .specific()[:limit]
        )


class StandardPage(BasePage):
    """A plain content page: about the programme, accessibility statement, privacy notice."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    subpage_types = ["cms.StandardPage"]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class SectionIndexPage(BasePage):
    """Abstract landing page of a section (programme, practices, training): lists its children.

    Each app subclasses it once; the roles migration grants a group its permissions on
    the section's page, so the section and everything below it belong to that group.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["cms.HomePage"]
    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    # A section grows to hundreds of items; a phone on a slow connection gets them in pages.
    children_per_page = 24

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public().order_by("path").specific()
        # get_page() turns a malformed or out-of-range ?page= into the first or last page.
        page_obj = Paginator(children, self.children_per_page).get_page(request.GET.get("page"))
        context.update(children=page_obj.object_list, page_obj=page_obj)
        return context
