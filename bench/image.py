"""`npm run bench` section "image": st.image of a 1000x1000 RGB numpy array.

before          the encoder tablit used until now: the array as Python lists,
                PNG rows built by a pure-Python loop (what `array.tolist()` +
                `_png_from_rows` still does for plain pixel lists)
after           today's path: Pillow encodes (JPEG for an RGB photo, as Streamlit)
after_no_pil    today's path without Pillow: PNG rows by numpy, then zlib

Run by CPython (numpy and Pillow are not in the offline Pyodide build this
bench uses); the ratio is what carries over to the worker.  Prints JSON.
"""

import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "py"))

import numpy as np  # noqa: E402

from tablit.elements import image as image_mod  # noqa: E402


def timed(fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1), "runs": runs}


def main():
    quick = "--quick" in sys.argv
    rng = np.random.default_rng(0)
    array = rng.integers(0, 256, size=(1000, 1000, 3), dtype=np.uint8)
    out = {"shape": list(array.shape)}
    out["before"] = timed(lambda: image_mod._png_from_rows(array.tolist(), False, "RGB"), 1 if quick else 3)
    out["after"] = timed(lambda: image_mod.image_src(array), 3 if quick else 10)
    real_pil = image_mod._pil
    image_mod._pil = lambda: None
    try:
        out["after_no_pil"] = timed(lambda: image_mod.image_src(array), 3 if quick else 10)
    finally:
        image_mod._pil = real_pil
    out["speedup"] = round(out["before"]["median_ms"] / out["after"]["median_ms"], 1)
    out["speedup_no_pil"] = round(out["before"]["median_ms"] / out["after_no_pil"]["median_ms"], 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
