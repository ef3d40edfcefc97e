"""Charts as PNG bytes, drawn with matplotlib's headless Agg canvas (no display, no pyplot state).

Charts live next to the text views because they are another view of the same reply: the
digest's `Reply` carries the funnel as an `Image` where a platform shows images, and the
text says the same for every other platform. Rendering takes a few tens of milliseconds,
so callers keep it off the event loop (adapters call the handlers in a thread).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei")
BAR_COLOR = "#3b6ea8"


@dataclass(frozen=True)
class FunnelStep:
    label: str  # already translated, e.g. "proposal · 12"
    value: Decimal  # bar width (the stage's total amount)
    text: str  # written on the bar, e.g. "$340,000"


@cache
def _fonts() -> tuple[str, ...]:
    """DejaVu Sans, then whichever CJK fonts are installed, so Chinese stage names render too."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ("DejaVu Sans", *(name for name in CJK_FONTS if name in installed))


def funnel_png(title: str, steps: Sequence[FunnelStep], *, empty_text: str = "") -> bytes:
    """A centred horizontal funnel: one bar per stage, widest at the top."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with rc_context({"font.family": list(_fonts()), "font.size": 10}):
        height = 1.2 + 0.55 * max(len(steps), 1)
        figure = Figure(figsize=(6.4, height), dpi=100)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        widest = max((float(step.value) for step in steps), default=0.0) or 1.0
        for row, step in enumerate(steps):
            width = max(float(step.value), widest * 0.02)
            axes.barh(row, width, left=-width / 2, height=0.8, color=BAR_COLOR)
            if width >= widest * 0.35:
                axes.text(0, row, step.text, ha="center", va="center", color="white")
            else:  # too narrow to hold its label: write it beside the bar
                axes.text(width / 2 + widest * 0.02, row, step.text, ha="left", va="center", color="#222222")
        axes.set_yticks(range(len(steps)), [step.label for step in steps])
        axes.set_xlim(-widest / 2 * 1.05, widest / 2 * 1.05)
        axes.invert_yaxis()
        axes.set_xticks([])
        for spine in axes.spines.values():
            spine.set_visible(False)
        axes.tick_params(left=False)
        if not steps and empty_text:
            axes.text(0.5, 0.5, empty_text, ha="center", va="center", transform=axes.transAxes)
        axes.set_title(title, loc="left", fontsize=12)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    return buffer.getvalue()
