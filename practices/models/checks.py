"""A readiness self-check a reader chose to keep: only the ticked items, behind an unguessable link."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    """128 random bits, URL-safe: the link is the only key, so it must not be guessable."""
    return secrets.token_urlsafe(16)


class SavedCheck(models.Model):
    """What one reader ticked on one guide's checklist (block ids); no account, no personal data."""

    # Written by readers and never shown on a cached page: no reason to empty the page cache.
    changes_public_pages = False

    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    guide = models.ForeignKey(
        "practices.ReplicationGuide", on_delete=models.CASCADE, related_name="saved_checks"
    )
    ticked = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("saved self-check")
        verbose_name_plural = _("saved self-checks")

    def __str__(self):
        return f"{self.guide_id}:{self.created_at:%Y-%m-%d}"
