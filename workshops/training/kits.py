"""Delivery kits: one ZIP per module release, language and kind of reader, built once and served from storage.

A kit holds the facilitator guide (PDF and HTML), the session plan as a timed agenda (CSV),
every material the reader may see, and a manifest (`manifest.json`, `MANIFEST.txt`) listing
each file with its version, licence, size and SHA-256, and what was left out and why
(restricted or missing). Trainer notes and assessment answers are only in kits for those who
may edit the module. Kits are stored under an unguessable name on the default storage and
only ever served through `serve_kit`, which the page's privacy guards.
"""

import csv
import hashlib
import io
import json
import logging
import os
import secrets
import zipfile
from datetime import timedelta

import weasyprint

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.pdf import StaticFilesFetcher
from workshops.training.presentation import timed_agenda
from workshops.training.privacy import MaterialAccess, may_see_trainer_notes

logger = logging.getLogger(__name__)

# Materials larger than this in total are packed by the task worker, not in the request.
BACKGROUND_BUILD_BYTES = 8 * 1024 * 1024
# A kit still "being built" after this long is assumed lost (a worker restart) and rebuilt.
STALE_BUILD = timedelta(minutes=15)


def ordered_materials(module):
    """The module's materials in the editor's order; ties (no order yet) by creation, on every database."""
    return sorted(module.materials.all(), key=lambda m: (m.sort_order is None, m.sort_order or 0, m.pk or 0))


def release_files(release):
    """The documents and images the materials of `release` attach, with their collections.

    Read from the release's revision content (`{"materials": [{"document": id, "image": id}]}`)
    rather than `release.as_page()`, which checks every child's foreign keys one query at a
    time: two queries whatever the number of materials (a deleted file is simply absent).
    """
    if release.revision_id and release.revision is not None:
        rows = release.revision.content.get("materials") or []
    else:
        rows = release.page.materials.values("document", "image")
    document_ids = {row.get("document") for row in rows} - {None}
    image_ids = {row.get("image") for row in rows} - {None}
    files = []
    if document_ids:
        files += get_document_model().objects.filter(pk__in=document_ids).select_related("collection")
    if image_ids:
        files += get_image_model().objects.filter(pk__in=image_ids).select_related("collection")
    return files


def kit_variant(release_id, include_notes, allowed_restrictions, files, access):
    """The digest naming one kit: the release, what the reader may see, and each file's content hash.

    Each file also brings the ids of the restrictions on its collection (`access`, a
    `MaterialAccess`): a collection restricted after a kit was built names a new kit, so the
    old one, which packed the file, is never served again to a reader who has not passed it.
    """
    key = json.dumps(
        {
            "release": release_id,
            "notes": include_notes,
            "restrictions": sorted(allowed_restrictions),
            "files": sorted(
                (
                    type(item).__name__,
                    item.pk,
                    getattr(item, "file_hash", ""),
                    item.collection_id,
                    sorted(r.pk for r in access.restrictions_for(item.collection)),
                )
                for item in files
            ),
        },
        sort_keys=True,
    )
    return hashlib.sha256(key.encode()).hexdigest()


def _safe_name(position, title, stored_name):
    """'materials/01-slide-integrasi.pdf': from the title, never from the stored path (no '../')."""
    ext = os.path.splitext(os.path.basename(stored_name))[1].lower()
    ext = ext if ext[1:].isalnum() else ""
    return f"materials/{position:02d}-{slugify(title)[:60] or 'file'}{ext[:8]}"


def _file_size(item):
    if getattr(item, "file_size", None):
        return item.file_size
    try:
        return item.file.size
    except (OSError, ValueError):
        return 0


def _sha256(data):
    return hashlib.sha256(data).hexdigest()


def build_archive(module, release, include_notes, allowed_restrictions, built_at):
    """The kit's ZIP bytes and its manifest dict, for a module as published in `release`.

    `module` is the page as it read in that release (`release.as_page()`); materials are
    re-read from the database to know their current file and collection.
    """
    access = MaterialAccess(passed=allowed_restrictions)
    sessions = list(module.sessions.all())
    agenda = timed_agenda(sessions)
    questions = list(module.assessment_questions.all())
    files, omitted, packed = [], [], []
    for position, material in enumerate(ordered_materials(module), start=1):
        item = material.file_object
        if item is None:
            omitted.append({"title": material.title or None, "reason": "missing"})
            continue
        if not access.may_see(item.collection):
            # The title of a restricted material is itself restricted: only say that one was left out.
            omitted.append({"title": None, "reason": "restricted"})
            continue
        try:
            with item.file.open("rb") as handle:
                data = handle.read()
        except (OSError, ValueError):
            omitted.append({"title": material.display_title, "reason": "missing"})
            continue
        path = _safe_name(position, material.display_title, item.file.name)
        packed.append({"material": material, "path": path})
        files.append((path, material.display_title, data))

    language = module.locale.language_code
    with translation.override(language):
        context = {
            "module": module,
            "release": release,
            "agenda": agenda,
            "total_minutes": sum(s.minutes for s in sessions),
            "questions": questions,
            "include_notes": include_notes,
            "packed": packed,
            "omitted": omitted,
            "built_at": built_at,
        }
        guide_html = render_to_string("workshops/kit/guide.html", context)
        guide_pdf = weasyprint.HTML(string=guide_html, url_fetcher=StaticFilesFetcher()).write_pdf()
        agenda_csv = io.StringIO()
        writer = csv.writer(agenda_csv)
        writer.writerow(
            [_("Day"), _("Start"), _("End"), _("Minutes"), _("Session"), _("Method"), _("Materials used")]
        )
        for item in agenda:
            writer.writerow(
                [
                    item.day,
                    item.start,
                    item.end,
                    item.minutes,
                    item.session.title,
                    item.session.get_method_display(),
                    item.session.materials_used,
                ]
            )
        generated = [
            ("guide.pdf", _("Facilitator guide (PDF)"), guide_pdf),
            ("guide.html", _("Facilitator guide (HTML)"), guide_html.encode()),
            ("agenda.csv", _("Timed agenda"), agenda_csv.getvalue().encode("utf-8-sig")),
        ]
        entries = [
            {
                "path": path,
                "title": str(title),
                "version": module.version,
                "licence": module.licence,
                "bytes": len(data),
                "sha256": _sha256(data),
            }
            for path, title, data in generated + files
        ]
        manifest = {
            "module": {
                "code": module.code,
                "title": module.title,
                "version": module.version,
                "language": language,
                "licence": module.licence,
                "licence_url": module.licence_url,
                "published_at": release.published_at.isoformat(),
            },
            "built_at": built_at.isoformat(),
            "trainer_notes_included": include_notes,
            "files": entries,
            "omitted": omitted,
        }
        manifest_text = render_to_string("workshops/kit/manifest.txt", {**context, "manifest": manifest})

    buffer = io.BytesIO()
    stamp = timezone.localtime().timetuple()[:6]
    contents = [(path, data) for path, _title, data in generated + files] + [
        ("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2)),
        ("MANIFEST.txt", manifest_text),
    ]
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in contents:
            # Readable by everyone once unpacked (rw-r--r--): a kit goes onto shared training PCs,
            # and zipfile would otherwise mark each file as its owner's only (rw-------).
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue(), manifest


def build_kit(kit):
    """Build one stored kit (a `DeliveryKit` row) and mark it ready, or failed on error."""
    release = kit.release
    module = release.as_page()
    built_at = timezone.now()
    try:
        data, _manifest = build_archive(
            module, release, kit.include_trainer_notes, kit.allowed_restrictions, built_at
        )
    except Exception:
        # A broken material or template must not become a 500 for the reader: log, mark, move on.
        logger.exception("Delivery kit %s of release %s failed to build", kit.pk, release.pk)
        kit.status = kit.Status.FAILED
        kit.save(update_fields=["status"])
        return kit
    # The random folder keeps a kit with restricted material unguessable in the media storage.
    language = module.locale.language_code
    name = f"kits/{secrets.token_hex(16)}/{slugify(module.code)}-v{module.version}-{language}.zip"
    kit.file.name = default_storage.save(name, ContentFile(data))
    kit.sha256 = _sha256(data)
    kit.size = len(data)
    kit.built_at = built_at
    kit.status = kit.Status.READY
    kit.save(update_fields=["file", "sha256", "size", "built_at", "status"])
    return kit


@task()
def build_delivery_kit(kit_id):
    """Background task: build the kit `kit_id` unless another worker already did."""
    kit = apps.get_model("workshops", "DeliveryKit").objects.select_related("release").get(pk=kit_id)
    if kit.status != kit.Status.READY:
        build_kit(kit)
    return kit.pk


def serve_kit(request, page, version=None):
    """The delivery kit of a module release for this reader: the stored ZIP, built if needed.

    GET/HEAD only. 404 for a version never published; 202 with a "being prepared" page while a
    large kit builds in the background; 304 when the reader's copy (ETag) is current.
    """
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    release = page.releases.model.resolve(page, version)
    if release is None:
        raise Http404("No such module version")
    files = release_files(release)
    access = MaterialAccess(request)
    include_notes = may_see_trainer_notes(request.user, page)
    allowed = access.relevant_passed(item.collection for item in files)
    variant = kit_variant(release.pk, include_notes, allowed, files, access)
    kit, created = release.kits.get_or_create(
        variant=variant, defaults={"include_trainer_notes": include_notes, "allowed_restrictions": allowed}
    )
    # `created_at` is when the last build started: a lost or failed build is retried after
    # STALE_BUILD (not on every click: a broken material would rebuild the PDF each time);
    # a ready kit whose file left the storage is rebuilt at once.
    waited = kit.created_at < timezone.now() - STALE_BUILD
    lost = kit.status == kit.Status.READY and not default_storage.exists(kit.file.name)
    if created or lost or (kit.status != kit.Status.READY and waited):
        kit.status = kit.Status.PENDING
        kit.created_at = timezone.now()
        kit.save(update_fields=["status", "created_at"])
        if sum(_file_size(item) for item in files) > BACKGROUND_BUILD_BYTES:
            build_delivery_kit.enqueue(kit.pk)
            kit.refresh_from_db()
        else:
            build_kit(kit)
    if kit.status != kit.Status.READY:
        failed = kit.status == kit.Status.FAILED
        response = render(
            request,
            "workshops/kit/pending.html",
            {"page": page, "release": release, "failed": failed},
            status=503 if failed else 202,
        )
        response["Retry-After"] = "30"
        return response

    private = include_notes or bool(allowed) or bool(page.get_view_restrictions())
    etag = f'"{kit.sha256}"'
    not_modified = get_conditional_response(request, etag=etag, last_modified=kit.built_at.timestamp())
    if not_modified is not None:
        return not_modified
    filename = os.path.basename(kit.file.name)
    response = (
        HttpResponse(content_type="application/zip")
        if request.method == "HEAD"
        else FileResponse(kit.file.open("rb"), as_attachment=True, filename=filename)
    )
    if request.method == "HEAD":
        response["Content-Length"] = str(kit.size)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["ETag"] = etag
    response["Last-Modified"] = http_date(kit.built_at.timestamp())
    if private:
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(response, public=True, max_age=3600)
    return response
