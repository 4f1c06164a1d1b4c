"""Who may see a module's restricted material: Wagtail's collection privacy, applied to documents and images.

Wagtail protects a document in a private collection when it is served (`serve_view`), but
not its presence in a page, a kit or an image rendition. `MaterialAccess` answers, for one
request, which restricted collections it may see; everything that lists or packs material
asks it. Images in a restricted collection are never rendered (a rendition is a public file),
whoever asks.
"""

from wagtail.models import BaseViewRestriction, CollectionViewRestriction

from cms.cache import memoize


def _accepts(restriction, request):
    """Whether the request passes one restriction, without a query for anonymous readers."""
    user = getattr(request, "user", None)
    authenticated = bool(user and user.is_authenticated)
    if restriction.restriction_type in (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS):
        if not authenticated:
            return False
        if restriction.restriction_type == BaseViewRestriction.GROUPS and user.is_superuser:
            return True
    if not hasattr(request, "session"):
        return False
    return restriction.accept_request(request)


class MaterialAccess:
    """The collection restrictions of the site, and which of them one reader passes.

    No query for the restrictions once cached; a logged-in reader facing a group restriction costs
    one more per such restriction. `passed` is the set of restriction ids the reader
    passed (empty for an anonymous reader without a password session).
    """

    def __init__(self, request=None, passed=None):
        # Restrictions change only with content: read once per content version (cms.cache).
        self.restrictions = memoize(
            ("collection-view-restrictions",),
            lambda: list(CollectionViewRestriction.objects.select_related("collection")),
        )
        if passed is not None:
            self.passed = set(passed)
        elif request is None:
            self.passed = set()
        else:
            self.passed = {r.pk for r in self.restrictions if _accepts(r, request)}

    def restrictions_for(self, collection):
        """Restrictions on the collection or any of its ancestors (privacy is inherited)."""
        if collection is None:
            return []
        return [r for r in self.restrictions if collection.path.startswith(r.collection.path)]

    def is_restricted(self, collection):
        return bool(self.restrictions_for(collection))

    def may_see(self, collection):
        return all(r.pk in self.passed for r in self.restrictions_for(collection))

    def relevant_passed(self, collections):
        """The passed restriction ids that matter for these collections (keys a kit variant)."""
        relevant = {r.pk for collection in collections for r in self.restrictions_for(collection)}
        return sorted(relevant & self.passed)


def may_see_trainer_notes(user, page):
    """Trainer notes and assessment answers: for those who may edit the module (trainers, editors)."""
    if user is None or not user.is_authenticated:
        return False
    return page.permissions_for_user(user).can_edit()


def is_public_image(access, image):
    """An image may be rendered (a public rendition) only outside every restricted collection."""
    return image is not None and not access.is_restricted(image.collection)
