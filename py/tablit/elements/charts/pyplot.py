"""st.pyplot: a matplotlib figure rendered in Python (PNG at 200 dpi, or SVG with
``format="svg"``) and shown as an image, as Streamlit 1.67 does.

The page needs no chart library for it: the picture is a data URL in an
``image`` node.
"""

from __future__ import annotations

import base64
import io
from typing import Any

from ... import errors
from ...delta_generator import command
from ...runtime.context import get_ctx
from ._common import normalize_alt, validate_width

_DEFAULT_SAVEFIG = {"bbox_inches": "tight", "dpi": 200, "format": "png"}

_FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```"""

_SAVEFIG_KWARGS_DEPRECATION = """
Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.

`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io

buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```
"""


def figure_data_url(fig: Any, **kwargs: Any) -> str:
    """The figure saved with Streamlit's options (and ``kwargs``) as a data URL."""
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise ImportError("pyplot() command requires matplotlib") from e
    plt.ioff()
    buffer = io.BytesIO()
    fig.savefig(buffer, **{**_DEFAULT_SAVEFIG, **kwargs})
    payload = buffer.getvalue()
    head = payload.lstrip()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head[:2048]):
        mime = "image/svg+xml"
    elif payload.startswith(b"\x89PNG"):
        mime = "image/png"
    elif payload.startswith(b"\xff\xd8"):
        mime = "image/jpeg"
    elif payload.startswith(b"%PDF"):
        raise errors.StreamlitAPIException("st.pyplot cannot show a PDF; use format='png' or 'svg'.")
    else:
        mime = "image/png"
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"


def _figure_title(fig: Any) -> str:
    """An accessible name when no ``alt`` is given: the figure's (or first axes') title."""
    try:
        sup = getattr(fig, "_suptitle", None)
        if sup is not None and sup.get_text().strip():
            return sup.get_text().strip()
        for ax in fig.get_axes():
            if ax.get_title().strip():
                return ax.get_title().strip()
    except Exception:
        pass
    return "Matplotlib chart"


@command
def pyplot(self, fig: Any, clear_figure: bool = False, *, width: Any = "stretch",
           use_container_width: bool | None = None, alt: str | None = None, **kwargs: Any) -> Any:
    """A matplotlib figure as an image; ``clear_figure`` clears it afterwards."""
    if fig is None:
        raise errors.StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if kwargs and str(get_ctx().session.config.get("client.showErrorDetails")) in ("full", "True"):
        self.warning(_SAVEFIG_KWARGS_DEPRECATION)
    validate_width(width, allow_content=True)
    src = figure_data_url(fig, **kwargs)
    name = normalize_alt(alt, allow_empty=True)
    entry = {"src": src, "caption": None, "alt": _figure_title(fig) if name is None else name}
    if clear_figure:
        fig.clf()
    node = self._enqueue("image", {"images": [entry], "width": width, "link": None})
    return self._element(node)
