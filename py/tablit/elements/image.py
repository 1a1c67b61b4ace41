"""st.image: URLs, paths, SVG text, bytes, file-likes, PIL images and numpy arrays.

Node kind ``image`` (props): ``{images: [{src, caption, alt}], width, link}``; each
``src`` is a URL the page can load (http(s), a relative URL, or a data URL).

Streamlit 1.67's rules, and how the bytes are made here:

* strings: an existing file is read (``.svg`` files as SVG text); otherwise
  http(s)/data URLs and relative URLs are kept; a string that starts like an
  SVG document is that SVG (``xmlns`` added when missing);
* numpy arrays (2-D, or 3-D with 1/3/4 channels; 4-D is a list of images):
  floats must lie in [0, 1] and ints in [0, 255] unless ``clamp``;
  ``channels="BGR"`` swaps the colour channels;
* with Pillow (part of Pyodide's distribution) every raster image is encoded
  as Streamlit does: ``output_format`` "auto" gives PNG for images with alpha
  (or palette), GIF for GIFs and JPEG for the rest, and images wider than the
  requested width (or 1460 px) are scaled down;
* without Pillow, numpy arrays are written as PNG by numpy plus zlib (one pass
  over bytes, no Python loop per pixel) and bytes are sent as they are;
  plain lists of pixel rows (a tablit extra, for apps without numpy) use a
  small pure-Python PNG encoder.
"""

from __future__ import annotations

import base64
import io
import os
import re
import struct
import zlib
from typing import Any

from .. import errors
from ..delta_generator import command
from .deprecation import deprecation_warning

MAXIMUM_CONTENT_WIDTH = 2 * 730
_SVG_RE = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def _sniff(data: bytes) -> str:
    for magic, mime in _SIGNATURES:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    return "application/octet-stream"


def _data_url(data: bytes, mime: str | None = None) -> str:
    return f"data:{mime or _sniff(data)};base64,{base64.b64encode(data).decode('ascii')}"


def _pil() -> Any:
    """Pillow's Image module, or None when the app's environment has no Pillow."""
    try:
        from PIL import Image  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Image


def _is_ndarray(obj: Any) -> bool:
    return any(f"{c.__module__}.{c.__qualname__}" == "numpy.ndarray" for c in type(obj).__mro__)


def _is_pil_image(obj: Any) -> bool:
    return type(obj).__module__.startswith("PIL.") and hasattr(obj, "save") and hasattr(obj, "mode")


# --------------------------------------------------------------- pure Python
def _png_from_rows(pixels: list, clamp: bool, channels: str) -> bytes:
    """Rows of pixels (grey, RGB or RGBA; ints 0-255 or floats 0-1) as PNG, without numpy."""
    rows = [list(r) for r in pixels]
    if not rows or not rows[0]:
        raise errors.StreamlitAPIException("The image has no pixels.")
    first = rows[0][0]
    depth = len(first) if isinstance(first, (list, tuple)) else 1
    if depth not in (1, 3, 4):
        raise errors.StreamlitAPIException(f"Images with {depth} channels are not supported.")
    if depth > 1 and channels == "BGR":
        rows = [[[*px[2::-1], *px[3:]] for px in r] for r in rows]
    flat = [v for r in rows for px in r for v in (px if depth > 1 else [px])]
    if any(isinstance(v, float) for v in flat):
        if not clamp and any(v < 0 or v > 1 for v in flat):
            raise errors.StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        flat = [round(min(max(v, 0.0), 1.0) * 255) for v in flat]
    elif not clamp and any(v < 0 or v > 255 for v in flat):
        raise errors.StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    flat = [min(max(int(v), 0), 255) for v in flat]
    width, height = len(rows[0]), len(rows)
    stride = width * depth
    raw = b"".join(b"\x00" + bytes(flat[y * stride:(y + 1) * stride]) for y in range(height))
    return _png_container(width, height, depth, raw)


def _png_container(width: int, height: int, depth: int, raw: bytes) -> bytes:
    """A PNG file around filtered scanlines (filter byte 0 before each row)."""
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    color_type = {1: 0, 2: 4, 3: 2, 4: 6}[depth]
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b""))


# --------------------------------------------------------------------- numpy
def _checked_array(array: Any, clamp: bool, channels: str) -> Any:
    """Shape, range and channel checks of Streamlit; returns a uint8 array."""
    import numpy as np  # (only reached with a numpy array in hand)

    shape = array.shape
    if len(shape) not in (2, 3):
        raise errors.invalid_value("image", ["a 2D or 3D NumPy array"])
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise errors.StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}")
    if len(shape) == 3 and shape[-1] == 1:
        array = array[:, :, 0]
    if issubclass(array.dtype.type, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif array.size and (np.amin(array) < 0.0 or np.amax(array) > 1.0):
            raise errors.StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        array = array * 255
    elif clamp:
        array = np.clip(array, 0, 255)
    elif array.size and (np.amin(array) < 0 or np.amax(array) > 255):
        raise errors.StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    if channels == "BGR":
        if len(array.shape) != 3:
            raise errors.StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels')
        array = array[:, :, [2, 1, 0]]
    return array.astype(np.uint8)


def _png_from_array(array: Any) -> bytes:
    """A uint8 array as PNG with numpy and zlib only (no Pillow)."""
    import numpy as np

    height, width = array.shape[:2]
    depth = 1 if array.ndim == 2 else array.shape[2]
    rows = np.zeros((height, width * depth + 1), dtype=np.uint8)
    rows[:, 1:] = np.ascontiguousarray(array).reshape(height, width * depth)
    return _png_container(width, height, depth, rows.tobytes())


# ------------------------------------------------------------------- Pillow
def _format_for(pil_image: Any, output_format: str) -> str:
    fmt = output_format.upper()
    if fmt in ("JPEG", "PNG"):
        return fmt
    if fmt == "JPG":
        return "JPEG"
    if pil_image.format == "GIF":
        return "GIF"
    return "PNG" if pil_image.mode in ("RGBA", "LA", "P") else "JPEG"


def _pil_bytes(pil_image: Any, fmt: str, quality: int = 100) -> bytes:
    buffer = io.BytesIO()
    if fmt == "JPEG" and pil_image.mode in ("RGBA", "LA", "P"):
        pil_image = pil_image.convert("RGB")
    elif fmt == "JPEG" and pil_image.mode not in ("RGB", "L", "CMYK"):
        pil_image = pil_image.convert("RGB")
    pil_image.save(buffer, format=fmt, quality=quality)
    return buffer.getvalue()


def _sized(Image: Any, data: bytes, output_format: str, width: Any) -> tuple[bytes, str]:
    """Streamlit's final pass: the format "auto" picks, and no wider than needed."""
    try:
        pil_image = Image.open(io.BytesIO(data))
    except Exception:  # not a raster image Pillow knows (SVG bytes...): sent as it is
        return data, _sniff(data)
    fmt = _format_for(pil_image, output_format)
    target = width if isinstance(width, int) and not isinstance(width, bool) else MAXIMUM_CONTENT_WIDTH
    actual_width, actual_height = pil_image.size
    if target > 0 and actual_width > target:
        height = int(1.0 * actual_height * target / actual_width)
        resized = pil_image.resize((target, height), resample=Image.BILINEAR)
        return _pil_bytes(resized, fmt, quality=90), f"image/{fmt.lower()}"
    if pil_image.format != fmt:
        return _pil_bytes(pil_image, fmt, quality=90), f"image/{fmt.lower()}"
    return data, f"image/{fmt.lower()}"


# ---------------------------------------------------------------- one image
def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "data:", "/", "./", "../", "app/static/"))


def image_src(image: Any, *, clamp: bool = False, channels: str = "RGB", output_format: str = "auto",
              width: Any = None) -> str:
    """A URL the page can show for one image (see the module docstring)."""
    if isinstance(image, os.PathLike):
        image = os.fspath(image)
    Image = _pil()
    data: bytes
    if isinstance(image, str):
        is_file = len(image) < 4096 and "\n" not in image and os.path.isfile(image)
        if not is_file and _is_url(image):
            return image
        if is_file and image.endswith(".svg"):
            with open(image, encoding="utf-8") as f:
                image = f.read()
            is_file = False
        if _SVG_RE.search(image):
            if "xmlns" not in image:
                image = image.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
            return _data_url(image.encode("utf-8"), "image/svg+xml")
        try:
            with open(image, "rb") as f:
                data = f.read()
        except OSError:
            raise errors.StreamlitAPIException(f"Image file `{image}` could not be found.") from None
        if Image is None:
            import mimetypes  # (imported when needed: ~15 ms under Pyodide)

            return _data_url(data, mimetypes.guess_type(image)[0])
    elif _is_pil_image(image):
        fmt = _format_for(image, output_format)
        data = _pil_bytes(image, fmt)
    elif _is_ndarray(image):
        array = _checked_array(image, clamp, channels)
        if Image is None:
            return _data_url(_png_from_array(array), "image/png")
        pil_image = Image.fromarray(array)
        data = _pil_bytes(pil_image, _format_for(pil_image, output_format))
    elif isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
    elif isinstance(image, io.BytesIO):
        data = image.getvalue()
    elif hasattr(image, "read"):
        data = image.read()
        if isinstance(data, str):
            data = data.encode("utf-8")
    elif isinstance(image, list):
        return _data_url(_png_from_rows(image, clamp, channels), "image/png")
    else:
        raise errors.StreamlitAPIException(f"Unsupported image type: `{type(image).__name__}`.")
    if Image is None:
        return _data_url(data)
    data, mime = _sized(Image, data, output_format, width)
    return _data_url(data, mime)


# -------------------------------------------------------------------- command
def _is_pixel_rows(image: Any) -> bool:
    """A list of rows of numbers (one image), as opposed to a list of images."""
    return isinstance(image, list) and bool(image) and all(
        isinstance(r, (list, tuple)) and all(isinstance(v, (int, float, list, tuple)) for v in r) for r in image)


def _images(image: Any) -> list[Any]:
    if _is_pixel_rows(image):
        return [image]
    if isinstance(image, (list, set, tuple)):
        return list(image)
    if _is_ndarray(image) and len(image.shape) == 4:
        return [image[i, :, :, :] for i in range(image.shape[0])]
    return [image]


def _captions(caption: Any, count: int) -> list[Any]:
    if isinstance(caption, list):
        return caption
    if isinstance(caption, str):
        return [caption]
    if _is_ndarray(caption) and len(caption.shape) == 1:
        return caption.tolist()
    if caption is None:
        return [None] * count
    return [str(caption)]


def _alts(alt: Any, count: int, from_set: bool) -> list[str | None]:
    """One alt text per image, paired as 1.67 pairs them.

    ``""`` is kept (a decorative image); whitespace-only becomes None, as does
    None.  A single value serves a single image only; a sequence must match
    the images one to one and cannot be paired with a set (no order).
    """
    def one_for_each() -> errors.StreamlitAPIException:
        what = "string" if isinstance(alt, str) else "value"
        return errors.StreamlitAPIException(
            f"A single `alt` {what} can only be used with a single image. "
            f"You passed {count} images; provide a sequence of {count} alt values (use None to skip an image).")

    if alt is None:
        alts: list[Any] = [None] * count
    elif isinstance(alt, (str, bytes, bytearray)) or not (
            (_is_ndarray(alt) and len(alt.shape) == 1) or isinstance(alt, (list, tuple, range))
            or (hasattr(alt, "__getitem__") and hasattr(alt, "__len__") and not isinstance(alt, dict))):
        if count != 1:
            raise one_for_each()
        alts = [alt]
    else:
        if from_set:
            raise errors.StreamlitAPIException(
                "A sequence-valued `alt` cannot be paired with a set of images "
                "because set order is undefined. Pass a list or tuple of images.")
        alts = alt.tolist() if _is_ndarray(alt) else list(alt)
        if len(alts) != count:
            raise errors.StreamlitAPIException(f"Cannot pair {len(alts)} alt values with {count} images.")
    out: list[str | None] = []
    for a in alts:
        text = None if a is None else (a if isinstance(a, str) else str(a))
        out.append(text if text == "" or (text is not None and text.strip()) else None)
        if out[-1] is not None:
            out[-1] = out[-1].strip()
    return out


_USE_COLUMN_WIDTH_REMOVED = ("`use_column_width` was removed and has no effect. "
                             "Use `width='stretch'`, `width='content'`, or an integer pixel value instead.")


@command
def image(self, image: Any, caption: Any = None, width: Any = "content", clamp: bool = False,
          channels: str = "RGB", output_format: str = "auto", *,
          use_container_width: bool | None = None, link: str | None = None,
          use_column_width: Any = None, alt: Any = None) -> Any:
    """One image or a list of them (see the module docstring for what each becomes)."""
    channels = str(channels).upper()
    if channels not in ("RGB", "BGR"):
        raise errors.StreamlitAPIException(f'channels must be either "RGB" or "BGR", not "{channels}".')
    if str(output_format).upper() not in ("AUTO", "JPEG", "JPG", "PNG"):
        raise errors.invalid_value("output_format", ["'auto'", "'JPEG'", "'PNG'"])
    images = _images(image)
    captions = _captions(caption, len(images))
    if len(captions) != len(images):
        raise errors.StreamlitAPIException(f"Cannot pair {len(captions)} captions with {len(images)} images.")
    alts = _alts(alt, len(images), isinstance(image, set))
    if use_column_width is not None:  # 1.67 keeps the keyword, warns, and ignores its value
        deprecation_warning(_USE_COLUMN_WIDTH_REMOVED)
    if use_container_width is not None:
        width = "stretch" if use_container_width else ("content" if not isinstance(width, int) else width)
    if link and len(images) > 1:
        raise errors.StreamlitAPIException(
            "The `link` parameter is only supported when displaying a single image. "
            f"You passed {len(images)} images.")
    entries = [{"src": image_src(i, clamp=clamp, channels=channels, output_format=output_format, width=width),
                "caption": None if c is None else str(c), "alt": a} for i, c, a in zip(images, captions, alts)]
    node = self._enqueue("image", {"images": entries, "width": width, "link": link})
    return self._element(node)
