"""The sample site the quality gates visit: one published sample of every public kind, in id, en and az.

Each project app brings its own samples in `tests/<app label>/samples.py`:

    AFTER = ("cms",)            # labels whose samples must exist first (the core's: taxonomy, image)

    def build(site):            # site: the SampleSite below
        for language in site.languages:
            section = site.section(MyIndexPage, language)
            page = site.create(MyPageFactory, section, language, slug="asan", title=...)
            site.sample_page(page, language)             # kind "app.MyPage"
            site.sample("myapp:calendar", language, reverse("myapp:calendar"))  # a route

`expected_kinds()` derives what must be sampled from the code itself: every Wagtail
page model, every named route of the taxonomy and of each app's `urls.py`, and the 404
page. Routes an app declares in `DATA_ROUTES` are not pages: the gates check their
content type and HEAD answer instead (`data_routes()`), and they need a sample too.
"""

from importlib import import_module

from django.urls import URLPattern
from django.utils.module_loading import module_has_submodule

from wagtail.models import Locale, Page, get_page_models

import tests
from cms import kit, urls_taxonomy

LANGUAGES = ("id", "en", "az")
NOT_FOUND = "404"
# search/urls.py predates DATA_ROUTES (the search helper owns it); its autocomplete answers JSON.
UNDECLARED_DATA_ROUTES = {"search:autocomplete": "application/json"}


def route_modules():
    """[(namespace, urls module)]: the core's taxonomy routes, then each app's urls.py."""
    return [(urls_taxonomy.app_name, urls_taxonomy)] + [
        (config.label, module) for config, module in kit.url_modules()
    ]


def named_routes():
    """Every named public route, as "<namespace>:<name>"."""
    return [
        f"{namespace}:{pattern.name}"
        for namespace, module in route_modules()
        for pattern in module.urlpatterns
        if isinstance(pattern, URLPattern) and pattern.name
    ]


def data_routes():
    """{"<namespace>:<name>": content type} of the routes that answer data, not a page."""
    routes = {**UNDECLARED_DATA_ROUTES, **kit.data_routes()}
    return {name: content_type for name, content_type in routes.items() if name in named_routes()}


def page_kinds():
    """The label ("app.Model") of every concrete Wagtail page model."""
    return [model._meta.label for model in get_page_models() if model is not Page]


def expected_kinds():
    """Every public kind of page: page models, named routes that are not data, and the 404 page."""
    data = data_routes()
    return page_kinds() + [name for name in named_routes() if name not in data] + [NOT_FOUND]


def sample_modules():
    """[(app label, module)] of every `tests/<app label>/samples.py`, each after those in its AFTER."""
    found = {}
    for config in kit.project_apps():
        package = f"tests.{config.label}"
        if module_has_submodule(tests, config.label) and module_has_submodule(
            import_module(package), "samples"
        ):
            found[config.label] = import_module(f"{package}.samples")
    return kit.in_dependency_order(found)


class SampleSite:
    """What an app's `samples.build(site)` works with, and the {(kind, language): path} it fills.

    `languages`, `locales` {code: Locale}; `urls` the samples so far; `shared` a dict
    where an app leaves what later apps reuse (the core leaves "taxonomy" and "image").
    """

    languages = LANGUAGES

    def __init__(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.urls = {}
        self.shared = {}
        self._keys = {}

    def section(self, model, language):
        """The section page of `model` in `language` (each app's migration builds it)."""
        return model.objects.get(locale=self.locales[language])

    def publish(self, page):
        """Publish a revision of `page`; returns it."""
        page.save_revision().publish()
        return page

    def create(self, factory, parent, language, *, slug, **fields):
        """The page `factory(parent=parent, slug=slug, **fields)` in `language`, published.

        Pages of one model and slug share a translation key across languages, so they
        are each other's translations (the language switcher links them).
        """
        key = (factory._meta.model, slug)
        if key in self._keys:
            fields["translation_key"] = self._keys[key]
        page = factory(parent=parent, locale=self.locales[language], slug=slug, **fields)
        self._keys.setdefault(key, page.translation_key)
        return self.publish(page)

    def sample(self, kind, language, path):
        """Record `path` as the sample of `kind` ("app.Model", "namespace:name") in `language`."""
        self.urls[(kind, language)] = path

    def sample_page(self, page, language):
        """Record a page as the sample of its page type in `language`."""
        self.sample(page.specific._meta.label, language, page.specific.url)


def build():
    """Build the sample site from every app's samples; returns {(kind, language): path}."""
    site = SampleSite()
    for _label, module in sample_modules():
        module.build(site)
    for language in LANGUAGES:
        site.sample(NOT_FOUND, language, f"/{language}/no-such-page/")
    return site.urls
