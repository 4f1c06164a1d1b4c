"""The plan's timeline chart, drawn on the server as inline SVG (no script, no outside asset).

One row per activity across the plan's period; each milestone is a mark at its due date
(shape and colour by status), a hollow mark at its planned date when it slipped, joined
by a line; a vertical line marks today. The chart is decorative for assistive technology
beyond its title and description: the table beside it carries the same data.
"""

import datetime

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from programmes.actionplan.records import MilestoneStatus

WIDTH = 720
LABEL_WIDTH = 60
ROW_HEIGHT = 28
TOP = 28
# Colours with at least 3:1 contrast on white; shapes tell the statuses apart without colour.
MARKS = {
    MilestoneStatus.NOT_STARTED: ("#595959", "circle"),
    MilestoneStatus.IN_PROGRESS: ("#0b5cad", "diamond"),
    MilestoneStatus.COMPLETED: ("#1a7f37", "square"),
    MilestoneStatus.DELAYED: ("#b3261e", "triangle"),
    MilestoneStatus.CANCELLED: ("#6b6b6b", "cross"),
}


def _shape(kind, x, y, colour, size=6, hollow=False):
    fill = "#fff" if hollow else colour
    attrs = f'fill="{fill}" stroke="{colour}" stroke-width="2"'
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y}" r="{size}" {attrs}/>'
    if kind == "square":
        return f'<rect x="{x - size:.1f}" y="{y - size}" width="{2 * size}" height="{2 * size}" {attrs}/>'
    if kind == "diamond":
        points = (
            f"{x:.1f},{y - size - 1} {x + size + 1:.1f},{y} {x:.1f},{y + size + 1} {x - size - 1:.1f},{y}"
        )
        return f'<polygon points="{points}" {attrs}/>'
    if kind == "triangle":
        points = f"{x:.1f},{y - size - 1} {x + size + 1:.1f},{y + size} {x - size - 1:.1f},{y + size}"
        return f'<polygon points="{points}" {attrs}/>'
    return (
        f'<path d="M{x - size:.1f} {y - size}L{x + size:.1f} {y + size}M{x - size:.1f} {y + size}'
        f'L{x + size:.1f} {y - size}" stroke="{colour}" stroke-width="3"/>'
    )


def timeline_svg(progress, starts_on, ends_on, chart_id="plan-chart"):
    """Inline SVG markup of a PlanProgress between two dates; safe to insert in a template."""
    span = max((ends_on - starts_on).days, 1)
    plot = WIDTH - LABEL_WIDTH - 16

    def x_of(day):
        clamped = min(max(day, starts_on), ends_on)
        return LABEL_WIDTH + plot * (clamped - starts_on).days / span

    rows = progress.activities
    height = TOP + ROW_HEIGHT * max(len(rows), 1) + 64
    title = _("Milestones by activity, %(start)s to %(end)s") % {
        "start": starts_on.isoformat(),
        "end": ends_on.isoformat(),
    }
    description = _("The same data is in the table below the chart.")
    parts = [
        f'<svg class="plan-chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
        '<g font-family="sans-serif" font-size="12" fill="#1b1b1b">',
    ]
    # Quarter ticks across the period.
    tick = datetime.date(starts_on.year, ((starts_on.month - 1) // 3) * 3 + 1, 1)
    while tick <= ends_on:
        if tick >= starts_on:
            x = x_of(tick)
            parts.append(
                f'<line x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{height - 56}" stroke="#d0d0d0"/>'
                f'<text x="{x:.1f}" y="{TOP - 12}" text-anchor="middle">{tick:%m/%Y}</text>'
            )
        month = tick.month + 3
        tick = datetime.date(tick.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    for index, row in enumerate(rows):
        y = TOP + ROW_HEIGHT * index + ROW_HEIGHT // 2
        parts.append(f'<text x="4" y="{y + 4}">{escape(row.activity.code)}</text>')
        parts.append(f'<line x1="{LABEL_WIDTH}" y1="{y}" x2="{WIDTH - 16}" y2="{y}" stroke="#ececec"/>')
        for milestone in row.milestones:
            colour, kind = MARKS[milestone.status]
            x = x_of(milestone.due_on)
            if milestone.planned_due_on and milestone.planned_due_on != milestone.due_on:
                planned_x = x_of(milestone.planned_due_on)
                parts.append(
                    f'<line x1="{planned_x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y}" stroke="{colour}" '
                    'stroke-dasharray="3 3"/>'
                )
                parts.append(_shape(kind, planned_x, y, colour, size=4, hollow=True))
            parts.append(_shape(kind, x, y, colour))
    if starts_on <= progress.today <= ends_on:
        x = x_of(progress.today)
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 4}" x2="{x:.1f}" y2="{height - 56}" stroke="#1b1b1b" '
            'stroke-width="2" stroke-dasharray="6 3"/>'
            f'<text x="{x:.1f}" y="{height - 42}" text-anchor="middle">{escape(_("Today"))}</text>'
        )
    # Legend
    legend_y = height - 16
    x = LABEL_WIDTH
    for status, (colour, kind) in MARKS.items():
        parts.append(_shape(kind, x, legend_y - 4, colour, size=5))
        label = escape(str(MilestoneStatus(status).label))
        parts.append(f'<text x="{x + 10}" y="{legend_y}">{label}</text>')
        x += 24 + 7 * len(label)
    parts.append("</g></svg>")
    return mark_safe("".join(parts))
