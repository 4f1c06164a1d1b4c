"""The readiness self-check of a replication guide: which prerequisites a region lacks, and where to start.

Input: the ids of the checklist items the reader ticked (`?have=<block id>`, repeated).
Ids not on the guide's checklist are ignored. Output: the gaps in checklist order, each
with the guide step that builds it (an anchor `#step-<n>` on the guide page).
"""

from dataclasses import dataclass


@dataclass
class Item:
    id: str
    text: str
    explanation: str
    step: int | None
    step_title: str
    ticked: bool


@dataclass
class Check:
    items: list[Item]
    submitted: bool

    @property
    def ticked_ids(self):
        return {item.id for item in self.items if item.ticked}

    @property
    def gaps(self):
        return [item for item in self.items if not item.ticked]

    @property
    def ready(self):
        return self.submitted and not self.gaps


def from_ids(guide, ids, submitted=True):
    ids = set(ids)
    steps = [block.value["what"] for block in guide.steps]
    items = []
    for block in guide.readiness:
        step = block.value.get("step")
        items.append(
            Item(
                id=block.id,
                text=block.value["item"],
                explanation=block.value.get("explanation") or "",
                step=step if step and step <= len(steps) else None,
                step_title=steps[step - 1] if step and step <= len(steps) else "",
                ticked=block.id in ids,
            )
        )
    return Check(items=items, submitted=submitted)


def from_params(guide, params):
    """The check from a GET or POST: `have` repeated; `done` marks a submitted form (even with no tick)."""
    return from_ids(guide, params.getlist("have")[:200], submitted="done" in params)
