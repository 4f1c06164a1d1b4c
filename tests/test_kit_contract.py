"""The app kit's contract, checked over every page model and every public route the code declares.

A page model (any concrete Wagtail page type of a project app) must have:
- a search registration (`<app>/search.py`, `search.registry.register_page`), or an entry
  with its reason in SEARCH_OPT_OUT;
- a factory in `tests/factories/` (section and home pages come from migrations instead);
- a template, `templates/<app>/<model_snake>.html`;
- a quality-gate sample in id, en and az (`tests/<app>/samples.py`);
- a query-count test: a test marked `@pytest.mark.query_count("<app>.<Model>")` that takes
  `django_assert_num_queries` or `django_assert_max_num_queries`.
Every named route of the taxonomy and of each app's `urls.py` must have a sample in id, en
and az (a DATA_ROUTES route too: the gates check its content type and HEAD answer).

Each test fails with one line per thing missing, saying where to add it.
"""

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from wagtail.models import Page, get_page_models

from cms import kit
from cms.models import HomePage, SectionIndexPage
from search.registry import kind_for_model
from tests import factories
from tests.browser import samples

TESTS = Path(__file__).resolve().parent
QUERY_FIXTURES = {"django_assert_num_queries", "django_assert_max_num_queries"}

# Page models deliberately not searchable: {"app.Model": "why"}. Empty: every page type is found.
SEARCH_OPT_OUT = {}


def page_models():
    """Every concrete page model of the project's own apps."""
    labels = {config.label for config in kit.project_apps()}
    return [model for model in get_page_models() if model is not Page and model._meta.app_label in labels]


def built_by_migrations(model):
    """Home and section pages exist once per language, from the migrations: no factory makes them."""
    return issubclass(model, (HomePage, SectionIndexPage))


def factory_models():
    """The models some factory in tests/factories/ builds."""
    models = set()
    for info in pkgutil.iter_modules(factories.__path__):
        module = importlib.import_module(f"{factories.__name__}.{info.name}")
        for value in vars(module).values():
            model = getattr(getattr(value, "_meta", None), "model", None)
            if isinstance(value, type) and model is not None:
                models.add(model)
    return models


def query_count_kinds():
    """{kind: [test]} of the tests marked `query_count(kind, ...)` that take a query-counting fixture."""
    found = {}
    for path in sorted(TESTS.rglob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if not isinstance(node, ast.FunctionDef):
                continue
            arguments = {argument.arg for argument in node.args.args}
            for decorator in node.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and ast.unparse(decorator.func) == "pytest.mark.query_count"
                    and arguments & QUERY_FIXTURES
                ):
                    for argument in decorator.args:
                        kind = ast.literal_eval(argument)
                        found.setdefault(kind, []).append(f"{path.relative_to(TESTS)}::{node.name}")
    return found


def owner(kind):
    """The app label that owns a kind: "app.Model" or "namespace:name" (the taxonomy is the core's)."""
    if ":" in kind:
        namespace = kind.split(":")[0]
        return kit.ROOT_APP if namespace == "taxonomy" else namespace
    return kind.split(".")[0]


def problems_of_pages(check):
    """`check(model)` returns what is missing for one model, or None; one line per model missing it."""
    return [f"{model._meta.label}: {missing}" for model in page_models() if (missing := check(model))]


def test_every_page_model_has_a_search_registration():
    def check(model):
        if model._meta.label in SEARCH_OPT_OUT or kind_for_model(model) is not None:
            return None
        return f"no search registration: add register_page(...) to {model._meta.app_label}/search.py"

    problems = problems_of_pages(check)

    assert not problems, "\n".join(problems)


def test_every_page_model_has_a_factory():
    made = factory_models()

    def check(model):
        if built_by_migrations(model) or model in made:
            return None
        return f"no factory: add one to tests/factories/{model._meta.app_label}.py"

    problems = problems_of_pages(check)

    assert not problems, "\n".join(problems)


def test_every_page_model_has_its_template():
    def check(model):
        try:
            get_template(model.template)
        except TemplateDoesNotExist:
            return f"no template: add templates/{model.template}"
        return None

    problems = problems_of_pages(check)

    assert not problems, "\n".join(problems)


def test_every_page_model_has_a_query_count_test():
    counted = query_count_kinds()

    def check(model):
        if model._meta.label in counted:
            return None
        return (
            f'no query-count test: mark one @pytest.mark.query_count("{model._meta.label}") '
            f"(taking django_assert_num_queries) in tests/{model._meta.app_label}/"
        )

    problems = problems_of_pages(check)

    assert not problems, "\n".join(problems)


def test_every_query_count_mark_names_a_page_model_or_route():
    known = {model._meta.label for model in page_models()} | set(samples.named_routes())

    unknown = sorted(
        f"{kind}: marked in {tests}" for kind, tests in query_count_kinds().items() if kind not in known
    )

    assert unknown == []


@pytest.mark.django_db
def test_every_page_model_and_route_has_a_sample_in_each_language():
    urls = samples.build()
    kinds = [model._meta.label for model in page_models()] + samples.named_routes()

    missing = [
        f"{kind}: no quality-gate sample in {language}: add it to tests/{owner(kind)}/samples.py"
        for kind in kinds
        for language in samples.LANGUAGES
        if (kind, language) not in urls
    ]

    assert not missing, "\n".join(missing)


def test_data_routes_are_named_routes_of_their_app():
    routes = samples.named_routes()

    assert [name for name in samples.data_routes() if name not in routes] == []
