"""The training module journey in a browser: a trainer writes a module in the admin and submits it,
a moderator approves it, a reader sees it and downloads its kit; restricted material stays out of
every public address."""

import html.parser
import io
import json
import zipfile

import pytest

from django.test import testcases

from wagtail.images.models import Rendition
from wagtail.users.models import UserProfile

from search.indexing import rebuild
from tests.browser.conftest import database_beside_playwright
from tests.factories import MODERATORS, TRAINERS, UserFactory, section_page
from tests.factories.modules import DocumentFactory, ImageFactory, restricted_collection
from workshops.models import DeliveryKit, TrainingIndexPage, TrainingModulePage

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"
TITLE = "Complaint handling at the front desk"
SECRET_DOCUMENT = "Participants list Baku 2018"
SECRET_IMAGE = "ToT participants photo"


class _Parser(html.parser.HTMLParser):
    """Collects the guide's headings: proof that the HTML parses and says what it should."""

    def __init__(self):
        super().__init__()
        self.headings, self._in_heading = [], False

    def handle_starttag(self, tag, attrs):
        self._in_heading = tag in ("h1", "h2")

    def handle_endtag(self, tag):
        self._in_heading = False

    def handle_data(self, data):
        if self._in_heading and data.strip():
            self.headings.append(data.strip())


def english_admin_user(role):
    user = UserFactory(role=role)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    return user


@pytest.fixture
def journey(django_db_blocker, sample_urls, monkeypatch, settings):
    """The two editors and the material of the journey; everything it made is deleted afterwards.

    Django's live server answers /media/ from MEDIA_ROOT itself, before the site's URLs; in
    production /media/ reaches the site's own view (cms.serving.media, docs/deploy.md), which
    is what this journey must probe, so the live server's shortcut is turned off meanwhile.
    The admin's autosave is off too: on the shared in-memory SQLite of the tests, a save racing
    the submit fails with "table is locked" instead of waiting as the file database does.
    """
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    monkeypatch.setattr(testcases._MediaFilesHandler, "_should_handle", lambda handler, path: False)
    with django_db_blocker.unblock(), database_beside_playwright():
        collection = restricted_collection(name="ToT Baku participants")
        made = {
            "trainer": english_admin_user(TRAINERS),
            "moderator": english_admin_user(MODERATORS),
            "public": DocumentFactory(title="Complaint flow handout"),
            "secret_document": DocumentFactory(title=SECRET_DOCUMENT, collection=collection),
            "secret_image": ImageFactory(title=SECRET_IMAGE, collection=collection),
            "section": section_page(TrainingIndexPage, "en"),
        }
    yield made
    with django_db_blocker.unblock(), database_beside_playwright():
        TrainingModulePage.objects.filter(code="MPP-ADU-09").delete()
        for name in ("trainer", "moderator", "public", "secret_document", "secret_image"):
            made[name].delete()
        collection.delete()


def log_in(context, live_server, user):
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def choose(page, chooser, title):
    """Open the chooser `chooser` (its widget's selector) and pick `title` in its modal."""
    page.locator(f"{chooser} [data-chooser-action-choose]").first.click()
    page.locator("[data-chooser-modal-choice]", has_text=title).click()
    page.locator(f"{chooser} [data-chooser-title]", has_text=title).wait_for()


def trainer_writes_and_submits(page, live_server, section):
    page.goto(f"{live_server.url}/admin/pages/{section.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_role("link", name="Training module", exact=True).click()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_code").fill("MPP-ADU-09")
    page.locator("#id_change_note").fill("First version for the regional ToT.")
    page.locator("#id_audience").select_option("front-office")

    page.get_by_role("button", name="Add session").click()
    page.locator("#id_sessions-0-title").fill("Receiving a complaint")
    page.locator("#id_sessions-0-minutes").fill("60")
    page.locator("#id_sessions-0-method").select_option("role-play")
    page.locator("#id_sessions-0-trainer_notes").fill("Groups of three; swap roles after ten minutes.")

    for position, (field, title) in enumerate(
        (("document", "Complaint flow handout"), ("document", SECRET_DOCUMENT), ("image", SECRET_IMAGE))
    ):
        page.get_by_role("button", name="Add material").click()
        choose(page, f"#id_materials-{position}-{field}-chooser", title)

    page.locator("footer").get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Training review").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{section.pk}/")


def moderator_approves(page, live_server, module_id):
    page.goto(f"{live_server.url}/admin/pages/{module_id}/edit/")
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve with comment and Publish").click()
    page.locator(".modal textarea[name=comment]").fill("Ready for the Padang ToT.")
    with page.expect_navigation():
        page.locator(".modal form button[type=submit]").click()


@pytest.fixture
def unrouted_context(browser):
    """A browser context without the harness's /media/ route: every request reaches the live server."""
    context = browser.new_context()
    context.set_default_timeout(10_000)
    yield context
    context.close()


def test_trainer_module_goes_through_review_to_public_page_and_kit_and_restricted_material_stays_hidden(
    new_context, unrouted_context, live_server, django_db_blocker, journey
):
    trainer = log_in(new_context(), live_server, journey["trainer"])
    trainer_writes_and_submits(trainer, live_server, journey["section"])
    with django_db_blocker.unblock(), database_beside_playwright():
        module = TrainingModulePage.objects.get(code="MPP-ADU-09")
        live_after_submit = module.live
    anonymous = unrouted_context
    before_approval = anonymous.request.get(live_server.url + module.url)

    moderator = log_in(new_context(), live_server, journey["moderator"])
    moderator_approves(moderator, live_server, module.pk)
    with django_db_blocker.unblock(), database_beside_playwright():
        module.refresh_from_db()
        rebuild(progress_enabled=False)
        renditions = list(
            Rendition.objects.filter(image=journey["secret_image"]).values_list("file", flat=True)
        )

    reader = anonymous.new_page()
    reader.goto(live_server.url + module.url)
    heading = reader.locator("h1").inner_text()
    materials = reader.locator(".module__materials").inner_text()
    with reader.expect_download() as download_info:
        reader.get_by_role("link", name="Download the kit in English").click()
    archive = zipfile.ZipFile(io.BytesIO(download_info.value.path().read_bytes()))
    manifest = json.loads(archive.read("manifest.json"))
    guide = archive.read("guide.html").decode()
    parser = _Parser()
    parser.feed(guide)

    document = journey["secret_document"]
    image = journey["secret_image"]
    with django_db_blocker.unblock(), database_beside_playwright():
        kit_file = DeliveryKit.objects.get(release__page=module).file.name
    document_page = anonymous.request.get(live_server.url + document.url)
    served_document = (document_page.headers["content-type"], document_page.text())
    statuses = {
        name: anonymous.request.get(f"{live_server.url}/media/{path}").status
        for name, path in {
            "document file": document.file.name,
            "original image": image.file.name,
            "stored kit": kit_file,
            **{f"rendition {name}": name for name in renditions},
        }.items()
    }
    texts = {
        "listing": anonymous.request.get(live_server.url + journey["section"].url).text(),
        "search": anonymous.request.get(f"{live_server.url}/en/search/?q=participants").text(),
        "search api": anonymous.request.get(f"{live_server.url}/api/search/?q=participants&lang=en").text(),
        "autocomplete": anonymous.request.get(f"{live_server.url}/en/search/autocomplete/?q=Partic").text(),
        "page": reader.content(),
        "kit": "\n".join(
            archive.read(name).decode(errors="replace") for name in archive.namelist() if name != "guide.pdf"
        ),
        "practices feed": anonymous.request.get(f"{live_server.url}/en/practices/feed.rss").text(),
        "workshops feed": anonymous.request.get(f"{live_server.url}/en/workshops/feeds/all.ics").text(),
    }

    assert (live_after_submit, module.live, before_approval.status) == (False, True, 404)
    assert heading == TITLE
    assert materials == "Complaint flow handout (Handout, PDF)"
    assert sorted(archive.namelist()) == [
        "MANIFEST.txt",
        "agenda.csv",
        "guide.html",
        "guide.pdf",
        "manifest.json",
        "materials/01-complaint-flow-handout.pdf",
    ]
    assert archive.read("guide.pdf").startswith(b"%PDF-")
    assert (manifest["module"]["code"], manifest["module"]["title"], manifest["module"]["version"]) == (
        "MPP-ADU-09",
        TITLE,
        "1.0",
    )
    assert manifest["omitted"] == [
        {"title": None, "reason": "restricted"},
        {"title": None, "reason": "restricted"},
    ]
    assert TITLE in parser.headings
    assert renditions, "the admin's chooser made no rendition of the restricted image"
    assert statuses == dict.fromkeys(statuses, 404)
    content_type, body = served_document
    assert (content_type.startswith("text/html"), 'type="password"' in body, "%PDF" in body) == (
        True,
        True,
        False,
    )
    leaks = {name: (SECRET_DOCUMENT in text or SECRET_IMAGE in text) for name, text in texts.items()}
    assert leaks == dict.fromkeys(texts, False)
