"""st.skeleton: a loading placeholder that the next write replaces.

Node ``skeleton`` ``{height: int|"stretch"|null, width}`` held in an
``st.empty`` slot.  Calling an element method on the placeholder replaces the
skeleton, as ``st.empty`` does.  Used as a context manager, Streamlit shows the
skeleton only if the block takes longer than half a second and clears it at
the end; a tablit run is drawn once it is over, so the slot is simply cleared.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..delta_generator import command
from .sizing import check_width


class SkeletonPlaceholder:
    """What ``st.skeleton`` returns: element methods write into its slot."""

    def __init__(self, slot: Any) -> None:
        self._dg = slot

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(self._dg, name)

    def __dir__(self) -> list[str]:
        from ..delta_generator import DeltaGenerator

        return dir(DeltaGenerator)

    def __enter__(self) -> "SkeletonPlaceholder":
        self._dg.empty()
        return self

    def __exit__(self, *exc: Any) -> bool:
        return False


@command
def skeleton(self, height: Any = None, *, width: Any = "stretch") -> SkeletonPlaceholder:
    """A grey loading shape that the next element written to it replaces."""
    check_width(width)
    if height is not None and not (
        (isinstance(height, int) and not isinstance(height, bool) and height > 0) or height == "stretch"):
        raise errors.StreamlitInvalidHeightError(height, False)
    slot = self.empty()
    slot._enqueue("skeleton", {"height": height, "width": width})
    return SkeletonPlaceholder(slot)
