"""Upload checks for documents (materials): the content must match the extension, within size limits.

Wagtail checks a document's extension (`WAGTAILDOCS_EXTENSIONS`) but not what the file is;
a renamed executable would be served as a "PDF" to regional trainers. `check_document`
reads the first bytes (and, for Office and OpenDocument files, the ZIP directory) and
refuses a mismatch and a ZIP that would expand past `DOCUMENT_MAX_EXPANDED_BYTES` (a zip
bomb); Wagtail itself refuses a file over `WAGTAILDOCS_MAX_UPLOAD_SIZE`. `DocumentForm` is
Wagtail's document form base with that check (`WAGTAILDOCS_DOCUMENT_FORM_BASE`).
"""

import os
import zipfile

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

# An Office file 20 MB on disk rarely expands past 200 MB; a zip bomb does at once.
DOCUMENT_MAX_EXPANDED_BYTES = 200 * 1024 * 1024

# Extension -> the folder an Office Open XML package must contain.
OOXML_PARTS = {"docx": "word/", "pptx": "ppt/", "xlsx": "xl/"}
ODF_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text"}


def _zip_members(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            infos = archive.infolist()
            mimetype = archive.read("mimetype") if "mimetype" in archive.namelist() else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None, b""
    finally:
        upload.seek(0)
    return infos, mimetype


def check_document(upload):
    """Raise `forms.ValidationError` unless the upload is what its extension says and not a zip bomb.

    `upload` is an uploaded file (name, size, seek/read). Errors name the file and the rule.
    """
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    mismatch = forms.ValidationError(
        _("%(name)s is not a real %(extension)s file: its content does not match its name."),
        params={"name": upload.name, "extension": extension.upper()},
        code="content_mismatch",
    )
    if extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise mismatch
    elif extension in ("csv", "txt"):
        if b"\x00" in head:
            raise mismatch
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the 8 KB boundary is fine; anything else is not text.
            if error.start < len(head) - 4:
                raise mismatch from error
    elif extension in ("docx", "pptx", "xlsx", "odt", "zip"):
        if not head.startswith(b"PK\x03\x04"):
            raise mismatch
        infos, mimetype = _zip_members(upload)
        if infos is None:
            raise mismatch
        names = [info.filename for info in infos]
        if extension in OOXML_PARTS and (
            "[Content_Types].xml" not in names or not any(n.startswith(OOXML_PARTS[extension]) for n in names)
        ):
            raise mismatch
        if extension in ODF_MIMETYPES and mimetype != ODF_MIMETYPES[extension]:
            raise mismatch
        if sum(info.file_size for info in infos) > DOCUMENT_MAX_EXPANDED_BYTES:
            raise forms.ValidationError(
                _("%(name)s would expand to more than %(limit)s; upload it in smaller parts."),
                params={"name": upload.name, "limit": filesizeformat(DOCUMENT_MAX_EXPANDED_BYTES)},
                code="expands_too_much",
            )
    else:
        raise forms.ValidationError(
            _("%(name)s: this kind of file is not accepted."), params={"name": upload.name}, code="extension"
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content does not match their extension."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            check_document(upload)
        return upload

    def _post_clean(self):
        # A refused file leaves the instance without one, and Wagtail's Document.clean() then
        # reports 'File extension "" is not allowed' too: keep only the errors that say why.
        errors = self._errors.get("file")
        kept = self.error_class(list(errors)) if errors else None
        super()._post_clean()
        if kept is not None:
            self._errors["file"] = kept
