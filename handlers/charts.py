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
from pathlib import Path
from typing import Any

FONT_DIR = Path(__file__).resolve().parent / "fonts"
BUNDLED_CJK = FONT_DIR / "SalesbotNotoSansSC-Regular.otf"  # shipped: a fresh machine has no CJK font
CJK_FONTS = ("Salesbot Noto Sans SC", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "SimHei")
BAR_COLOR = "#3b6ea8"
CONNECTOR_COLOR = "#c9d7ea"
MIN_SHARE = 0.02  # an empty stage still shows as a sliver, so every stage is in the funnel


@dataclass(frozen=True)
class FunnelStep:
    label: str  # already translated, e.g. "proposal · 12"
    value: Decimal  # bar width (the stage's total amount)
    text: str  # written on the bar, e.g. "$340,000"


@dataclass(frozen=True)
class FunnelPanel:
    """One funnel of a chart, e.g. the pipeline in one currency."""

    heading: str
    steps: Sequence[FunnelStep]


@cache
def _fonts() -> tuple[str, ...]:
    """DejaVu Sans, then the bundled Chinese font and any other CJK font installed, so Chinese
    text renders (matplotlib falls back glyph by glyph along this list)."""
    from matplotlib import font_manager

    if BUNDLED_CJK.exists():
        font_manager.fontManager.addfont(str(BUNDLED_CJK))
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ("DejaVu Sans", *(name for name in CJK_FONTS if name in installed))


def _draw_funnel(axes: Any, steps: Sequence[FunnelStep]) -> None:
    """Centred bars, widest money at the top of the scale, joined by shaded connectors."""
    widest = max((float(step.value) for step in steps), default=0.0) or 1.0
    widths = [max(float(step.value), widest * MIN_SHARE) for step in steps]
    bar = 0.7
    for row, (step, width) in enumerate(zip(steps, widths, strict=True)):
        axes.barh(row, width, left=-width / 2, height=bar, color=BAR_COLOR)
        if width >= widest * 0.35:
            axes.text(0, row, step.text, ha="center", va="center", color="white")
        else:  # too narrow to hold its label: write it beside the bar
            axes.text(width / 2 + widest * 0.02, row, step.text, ha="left", va="center", color="#222222")
        if row + 1 < len(steps):
            below = widths[row + 1]
            top, bottom = row + bar / 2, row + 1 - bar / 2
            axes.fill(
                [-width / 2, width / 2, below / 2, -below / 2],
                [top, top, bottom, bottom],
                color=CONNECTOR_COLOR,
                linewidth=0,
            )
    axes.set_yticks(range(len(steps)), [step.label for step in steps])
    axes.set_xlim(-widest / 2 * 1.05, widest / 2 * 1.05)
    axes.set_ylim(len(steps) - 0.5, -0.5)
    axes.set_xticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.tick_params(left=False)


def funnel_png(title: str, panels: Sequence[FunnelPanel], *, note: str = "", empty_text: str = "") -> bytes:
    """One funnel per panel (stacked), every step a stage; a note instead when there is nothing."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with rc_context({"font.family": list(_fonts()), "font.size": 10}):
        sizes = [max(len(panel.steps), 1) for panel in panels] or [1]
        height = 0.9 + sum(0.55 * n + 0.45 for n in sizes)
        figure = Figure(figsize=(6.8, height), dpi=100)
        FigureCanvasAgg(figure)
        if not panels:
            axes = figure.add_subplot()
            axes.set_axis_off()
            axes.text(0.5, 0.5, empty_text, ha="center", va="center", transform=axes.transAxes)
        else:
            grid = figure.add_gridspec(len(panels), 1, height_ratios=sizes)
            for index, panel in enumerate(panels):
                axes = figure.add_subplot(grid[index])
                _draw_funnel(axes, panel.steps)
                axes.set_title(panel.heading, loc="left", fontsize=10, color="#444444")
        figure.suptitle(title, x=0.02, ha="left", fontsize=12)
        if note:
            figure.text(0.02, 0.005, note, ha="left", va="bottom", fontsize=8, color="#666666")
        figure.tight_layout(rect=(0, 0.03 if note else 0, 1, 1))
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    return buffer.getvalue()
