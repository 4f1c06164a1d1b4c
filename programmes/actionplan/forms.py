"""The milestone's admin form: why it changed, who confirms, and no silent overwrite.

- `change_reason`: required whenever the status, due date or progress changes; it goes
  into the history with the editor's name.
- `confirm_completion`: shown to a coordinator of one side (by group, see
  `records.SIDE_GROUPS`) on a joint milestone; records that side's confirmation.
- `loaded_version`: the version the editor opened; if someone saved the milestone since,
  the form says so and keeps the other editor's changes.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from programmes.actionplan.records import SIDE_GROUPS, Milestone, MilestoneStatus, Side


def coordinator_side(user):
    """The side a user confirms for (Side value), or None."""
    if user is None or not user.is_authenticated:
        return None
    names = set(user.groups.values_list("name", flat=True))
    for side, group in SIDE_GROUPS.items():
        if group in names:
            return side
    return None


class MilestoneForm(WagtailAdminModelForm):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    change_reason = forms.CharField(
        label=_("Why did it change?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when the status, due date or progress changes; kept in the history."),
    )
    confirm_completion = forms.BooleanField(
        label=_("I confirm this joint milestone is completed"),
        required=False,
        help_text=_(
            "A joint milestone counts as completed once a coordinator of each side has confirmed it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.side = coordinator_side(self.for_user)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version
        if self.side:
            self.fields["confirm_completion"].label = _(
                "I confirm this joint milestone is completed (for %(side)s)"
            ) % {"side": Side(self.side).label}
            self.fields["confirm_completion"].initial = (
                self.instance.pk and getattr(self.instance, f"confirmed_{self.side}_at") is not None
            )
        else:
            self.fields["confirm_completion"].disabled = True
            self.fields["confirm_completion"].help_text = _(
                "Only a coordinator of one side (Indonesia or Azerbaijan) can confirm."
            )

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if instance.pk:
            current = Milestone.objects.filter(pk=instance.pk).values_list("version", flat=True).first()
            loaded = cleaned.get("loaded_version")
            if loaded is not None and current is not None and current != loaded:
                raise forms.ValidationError(
                    _(
                        "Someone else saved this milestone while you were editing it. Nothing was "
                        "overwritten: open it again to see their changes, then make yours."
                    ),
                    code="conflict",
                )
            changed = [name for name in Milestone.TRACKED if name in self.changed_data]
            if changed and not cleaned.get("change_reason", "").strip():
                self.add_error("change_reason", _("Say why the status, due date or progress changed."))
        evidence = self.formsets.get("evidence")
        if evidence is not None and evidence.is_valid():
            # Blank extra forms have empty cleaned_data; deleted ones are marked DELETE.
            instance.evidence_count = sum(
                1 for form in evidence.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
            )
        if cleaned.get("confirm_completion") and self.side:
            if cleaned.get("status") != MilestoneStatus.COMPLETED:
                self.add_error("confirm_completion", _("Only a completed milestone can be confirmed."))
            elif cleaned.get("side") != Side.JOINT:
                self.add_error("confirm_completion", _("Only joint milestones need a confirmation."))
        return cleaned

    def save(self, commit=True):
        instance = self.instance
        instance.change_author = self.for_user
        instance.change_reason = self.cleaned_data.get("change_reason", "").strip()
        if instance.pk:
            instance.expected_version = self.cleaned_data.get("loaded_version")
        if self.side:
            confirmed = getattr(instance, f"confirmed_{self.side}_at") is not None
            if self.cleaned_data.get("confirm_completion") and not confirmed:
                instance.confirm(self.side, self.for_user)
            elif confirmed and not self.cleaned_data.get("confirm_completion"):
                instance.unconfirm(self.side)
        return super().save(commit=commit)
