"""``[theme]`` of ``.streamlit/config.toml``: checked here, applied by the page.

Streamlit 1.67 reads its theme options (``[theme]``, ``[theme.sidebar]``,
``[theme.light]``, ``[theme.dark]`` and their ``.sidebar`` subsections) and
builds the app's look from them in the browser.  tablit does the same split:
this module checks every option the way 1.67 does (colours, sizes, weights,
radii, fonts) and turns the valid ones into CSS custom properties of the
renderer's stylesheet (``web/render/tablit.css``); ``web/render/theme.js``
puts them on the page.  An invalid value keeps the default and is reported
in ``messages``, which the page shows (Streamlit logs them in the console,
where an app author rarely looks).

The page gets, in the render message's ``theme`` field (only when the
config has theme options)::

    {"default": "light"|"dark"|"system",     # the mode shown until the user picks one
     "light": {"main": {var: css}, "sidebar": {var: css}} | None,
     "dark":  {...} | None,                   # None: that mode is the stock theme
     "root_font_size": "15px" | None,         # baseFontSize, on <html> (rem units follow)
     "font_faces": [{"family", "url", "weight", "style", "unicode_range"}],
     "font_links": [str],                     # stylesheets of fonts named "<family>:<url>" (1.67 links them)
     "messages": [str]}
"""

from __future__ import annotations

import os
import re
from typing import Any

BASES = ("light", "dark")
COLOR_NAMES = ("red", "orange", "yellow", "blue", "green", "violet", "gray")

# option -> CSS custom property, for the colour options
COLOR_VARS: dict[str, str] = {
    "primaryColor": "--tl-primary",
    "backgroundColor": "--tl-bg",
    "secondaryBackgroundColor": "--tl-bg2",
    "textColor": "--tl-text",
    "linkColor": "--tl-link",
    "codeTextColor": "--tl-code-text",
    "codeBackgroundColor": "--tl-code-bg",
    "borderColor": "--tl-border",
    "dataframeBorderColor": "--tl-df-border",
    "dataframeHeaderBackgroundColor": "--tl-df-header-bg",
    "dataframeHeaderTextColor": "--tl-df-header-text",
}
for _c in COLOR_NAMES:
    COLOR_VARS[f"{_c}Color"] = f"--tl-{_c}"
    COLOR_VARS[f"{_c}BackgroundColor"] = f"--tl-{_c}-bg"
    COLOR_VARS[f"{_c}TextColor"] = f"--tl-{_c}-text"

# Options valid only in [theme] (1.67: not in the sidebar or light/dark sections).
TOP_ONLY = {"base", "fontFaces", "baseFontSize", "baseFontWeight", "metricValueFontSize",
            "metricValueFontWeight", "showSidebarBorder"}
OTHER_OPTIONS = {"linkUnderline", "font", "headingFont", "headingFontSizes", "headingFontWeights",
                 "codeFont", "codeFontSize", "codeFontWeight", "baseRadius", "buttonRadius",
                 "paddingTop", "paddingBottom", "showWidgetBorder", "chartCategoricalColors",
                 "chartSequentialColors", "chartDivergingColors"}
KNOWN = set(COLOR_VARS) | TOP_ONLY | OTHER_OPTIONS

# The stock palettes' defining colours (Streamlit 1.67), to tell a custom theme from a stock one.
STOCK = {
    "light": {"backgroundColor": "#ffffff", "secondaryBackgroundColor": "#f8f8f7", "primaryColor": "#c53948"},
    "dark": {"backgroundColor": "#171614", "secondaryBackgroundColor": "#2d2b27", "primaryColor": "#cf4250"},
}

# baseRadius keywords, in rem (1.67's scale)
RADIUS_WORDS = {"none": 0.0, "small": 0.35, "medium": 0.5, "large": 1.0, "full": 1.4}
FONT_WORDS = {
    "sans-serif": '"Source Sans", sans-serif',
    "serif": '"Source Serif", serif',
    "monospace": '"Source Code Pro", monospace',
}
GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui",
                    "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", "math", "emoji"}

CSS_COLOR_NAMES = frozenset("""
aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan
darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid
darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet
deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro
ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow
lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine
mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen
mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace
olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred
papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey
snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
yellowgreen transparent
""".split())

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_NUM = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:%|deg|rad|turn)?"
_FUNC = re.compile(rf"(rgba?|hsla?)\(\s*{_NUM}(?:\s*[,\s]\s*{_NUM}){{2}}(?:\s*[,/]\s*{_NUM})?\s*\)", re.I)
_SIZE = re.compile(r"(\d+(?:\.\d+)?|\.\d+)(px|rem)?")
_FAMILY = re.compile(r"""[A-Za-z0-9 _\-'"]+""")


def check_color(value: Any) -> str | None:
    """The CSS colour for a config colour (1.67 also takes hex without its #), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    if _HEX.fullmatch(v) or _FUNC.fullmatch(v) or v.lower() in CSS_COLOR_NAMES:
        return v
    if _HEX.fullmatch("#" + v):
        return "#" + v
    return None


def check_size(value: Any, *, allow_zero: bool = True) -> str | None:
    """"12px", "0.75rem" or a bare number of pixels ("12"), as CSS; else None."""
    if isinstance(value, bool) or not isinstance(value, str):
        return None
    m = _SIZE.fullmatch(value.strip().lower())
    if not m:
        return None
    if not allow_zero and float(m.group(1)) == 0:
        return None
    return f"{m.group(1)}{m.group(2) or 'px'}"


def check_radius(value: Any) -> tuple[float, str] | None:
    """baseRadius/buttonRadius: a keyword or a size, as (number, unit)."""
    if not isinstance(value, str):
        return None
    v = value.strip().lower()
    if v in RADIUS_WORDS:
        return RADIUS_WORDS[v], "rem"
    size = check_size(v)
    if size is None:
        return None
    m = _SIZE.fullmatch(size)
    assert m is not None
    return float(m.group(1)), m.group(2)


def check_weight(value: Any, low: int, high: int) -> int | None:
    """A font weight: an integer multiple of 50 within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high and value % 50 == 0 else None


# "<family>:<url>": a family name, a colon, then an http(s) URL without spaces or CSS-breaking characters
_FONT_URL = re.compile(r"""([^:]*):\s*(https?://[^\s"'<>(){}\\]+)""")


def _font_entries(value: str) -> list[str]:
    """A font option's comma-separated entries; a comma inside an entry's URL (Google Fonts'
    ``family=Roboto:ital,wght@0,400``) has no space after it and stays in the URL."""
    out: list[str] = []
    for raw in value.split(","):
        if out and "://" in out[-1] and raw[:1] not in ("", " ", "\t"):
            out[-1] += "," + raw
        else:
            out.append(raw)
    return [e.strip() for e in out]


def _fmt(x: float, unit: str) -> str:
    return f"{round(x, 4):g}{unit}"


class ThemeBuilder:
    """Checks the options of one section set and collects CSS variables and messages."""

    def __init__(self, app_dir: str | None) -> None:
        self.app_dir = app_dir
        self.messages: list[str] = []
        # "<family>:<url>" fonts: 1.67 links the URL's stylesheet into the page (a Google Fonts
        # css2 URL, say); the page does the same, so the family is there when the sheet loads
        self.font_links: list[str] = []

    def warn(self, section: str, name: str, value: Any, why: str) -> None:
        self.messages.append(f'[{section}] {name} = {value!r}: {why}; the default is kept.')

    # ------------------------------------------------------------ fonts
    def font(self, section: str, name: str, value: Any, fallback: str) -> str | None:
        """A font option as a CSS font-family list."""
        if not isinstance(value, str) or not value.strip():
            self.warn(section, name, value, "not a font name")
            return None
        parts = []
        for part in _font_entries(value):
            m = _FONT_URL.fullmatch(part)
            if m:
                url = m.group(2)
                if url not in self.font_links:
                    self.font_links.append(url)
                part = m.group(1).strip()
            if not part:
                continue
            if part.lower() in FONT_WORDS:
                parts.append(FONT_WORDS[part.lower()])
            elif part.lower() in GENERIC_FAMILIES:
                parts.append(part.lower())
            elif _FAMILY.fullmatch(part):
                parts.append('"' + part.strip("'\"").replace('"', "") + '"')
            else:
                self.warn(section, name, value, f"{part!r} is not a font family name")
                return None
        if not parts:
            self.warn(section, name, value, "not a font name")
            return None
        stack = ", ".join(parts)
        if not any(p.split(",")[-1].strip() in GENERIC_FAMILIES for p in parts):
            stack += ", " + fallback
        return stack

    # ------------------------------------------------------------ one section
    def section_vars(self, section: str, options: dict[str, Any], base: str,
                     in_sidebar: bool = False) -> dict[str, str]:
        """CSS variables for the checked options of one section (already merged)."""
        out: dict[str, str] = {}
        colors: dict[str, str] = {}
        for name, value in options.items():
            if value is None:
                continue
            if name in COLOR_VARS:
                c = check_color(value)
                if c is None:
                    self.warn(section, name, value, "not a colour (use #rrggbb, rgb(...), hsl(...) or a CSS colour name)")
                else:
                    colors[name] = c
                    out[COLOR_VARS[name]] = c
        light = base == "light"
        # 1.67 fills progress bars with the theme's "secondary" colour: blue in its stock
        # themes, but in any theme built from config the primary colour (the app's own, else
        # the base's).
        out["--tl-secondary"] = colors.get("primaryColor", "var(--tl-primary)")
        # 1.67: a palette colour without its background/text colour derives them from it.
        for c in COLOR_NAMES:
            main = colors.get(f"{c}Color")
            if main is None:
                continue
            if f"{c}BackgroundColor" not in colors:
                out[f"--tl-{c}-bg"] = f"color-mix(in srgb, {main} {10 if light else 20}%, transparent)"
            if f"{c}TextColor" not in colors:
                out[f"--tl-{c}-text"] = f"color-mix(in srgb, {main} 85%, {'black' if light else 'white'})"
        # 1.67: a theme whose background, secondary background or primary colour is not the
        # stock one derives its borders and code colours from its own colours.
        stock = STOCK[base]
        custom = any(name in colors and colors[name].lower() != stock[name] for name in stock)
        if custom:
            if "borderColor" not in colors:
                out["--tl-border"] = "color-mix(in srgb, var(--tl-text) 20%, transparent)"
                if "dataframeBorderColor" not in colors:
                    out["--tl-df-border"] = "color-mix(in srgb, var(--tl-text) 10%, transparent)"
            if "codeBackgroundColor" not in colors:
                out["--tl-code-bg"] = "color-mix(in srgb, var(--tl-bg), var(--tl-bg2))"
            if "dataframeHeaderBackgroundColor" not in colors:
                out["--tl-df-header-bg"] = "color-mix(in srgb, var(--tl-bg), var(--tl-bg2))"
            if "codeTextColor" not in colors:
                out["--tl-code-text"] = "var(--tl-green-text)"
        elif "borderColor" in colors and "dataframeBorderColor" not in colors:
            out["--tl-df-border"] = f"color-mix(in srgb, {colors['borderColor']} 45%, transparent)"
        if not light and "backgroundColor" in colors:
            # 1.67's secondary button in a dark theme: the background lightened by 2.5 points
            # (its stock #1e1d1a on #171614); a light theme's is the background itself
            out["--tl-button-bg"] = f"hsl(from {colors['backgroundColor']} h s calc(l + 2.5))"
        if not in_sidebar and ("backgroundColor" in colors or "secondaryBackgroundColor" in colors):
            # the stock sidebar tints apply only to the stock backgrounds; else 1.67 swaps them
            out["--tl-sidebar-bg"] = colors.get("secondaryBackgroundColor", "var(--tl-bg2)")
            out["--tl-sidebar-bg2"] = colors.get("backgroundColor", "var(--tl-bg)")

        v = options.get("linkUnderline")
        if v is not None:
            if isinstance(v, bool):
                out["--tl-link-decoration"] = "underline" if v else "none"
            else:
                self.warn(section, "linkUnderline", v, "must be true or false")
        v = options.get("showWidgetBorder")
        if v is not None:
            if isinstance(v, bool):
                out["--tl-widget-border"] = "var(--tl-border)" if v else "transparent"
            else:
                self.warn(section, "showWidgetBorder", v, "must be true or false")
        for name, var, fallback in (("font", "--tl-font", FONT_WORDS["sans-serif"]),
                                    ("headingFont", "--tl-heading-font", FONT_WORDS["sans-serif"]),
                                    ("codeFont", "--tl-mono", FONT_WORDS["monospace"])):
            if options.get(name) is not None:
                f = self.font(section, name, options[name], fallback)
                if f is not None:
                    out[var] = f
        if options.get("font") is not None and options.get("headingFont") is None and "--tl-font" in out:
            out["--tl-heading-font"] = out["--tl-font"]
        v = options.get("codeFontSize")
        if v is not None:
            size = check_size(v, allow_zero=False)
            if size is None:
                self.warn(section, "codeFontSize", v, 'not a size (use "14px", "0.875rem" or "14")')
            else:
                out["--tl-code-size"] = size
        v = options.get("codeFontWeight")
        if v is not None:
            w = check_weight(v, 100, 600)
            if w is None:
                self.warn(section, "codeFontWeight", v, "must be a multiple of 50 from 100 to 600")
            else:
                out["--tl-code-weight"] = str(w)
                out["--tl-code-weight-bold"] = str(w + 200)
        self._headings(section, options, out)
        for name, var in (("baseRadius", None), ("buttonRadius", "--tl-button-radius")):
            v = options.get(name)
            if v is None:
                continue
            r = check_radius(v)
            if r is None:
                self.warn(section, name, v, 'not a radius ("none", "small", "medium", "large", "full", "8px" or "0.5rem")')
                continue
            n, unit = r
            if var is None:
                out["--tl-radius"] = _fmt(n, unit)
                out["--tl-radius-sm"] = _fmt(n * 0.5, unit)
                out["--tl-radius-md"] = _fmt(n * 0.75, unit)
                out["--tl-radius-xl"] = _fmt(n * 1.5, unit)
                out["--tl-radius-xxl"] = _fmt(n * 2, unit)
                out.setdefault("--tl-button-radius", _fmt(n, unit))
            else:
                out[var] = _fmt(n, unit)
        for name, var in (("paddingTop", "--tl-padding-top"), ("paddingBottom", "--tl-padding-bottom")):
            v = options.get(name)
            if v is not None:
                size = check_size(v)
                if size is None:
                    self.warn(section, name, v, 'not a size (a quoted "1rem", "16px" or "16"; not negative)')
                else:
                    out[var] = size
        for name, var, exact in (("chartCategoricalColors", "--tl-chart-categorical", None),
                                 ("chartSequentialColors", "--tl-chart-sequential", 10),
                                 ("chartDivergingColors", "--tl-chart-diverging", 10)):
            v = options.get(name)
            if v is None:
                continue
            items = v if isinstance(v, list) else [v]
            good = [c for c in (check_color(x) for x in items) if c is not None]
            if len(good) < len(items):
                self.messages.append(f"[{section}] {name}: {len(items) - len(good)} of the colours are not colours "
                                     "and are skipped.")
            if not good or (exact is not None and len(good) != exact):
                self.warn(section, name, v, f"needs {exact} valid colours" if exact else "has no valid colour")
                continue
            out[var] = ",".join(good)
        return out

    def _headings(self, section: str, options: dict[str, Any], out: dict[str, str]) -> None:
        """headingFontSizes / headingFontWeights: one value for h1-h6, or a list from h1 on."""
        for name, var, check, what in (
                ("headingFontSizes", "size", lambda x: check_size(x, allow_zero=False),
                 'not a size ("2rem", "32px" or "32")'),
                ("headingFontWeights", "weight", lambda x: None if (w := check_weight(x, 100, 900)) is None else str(w),
                 "must be a multiple of 50 from 100 to 900")):
            value = options.get(name)
            if value is None:
                continue
            items = value if isinstance(value, list) else [value] * 6
            if not items or len(items) > 6:
                self.warn(section, name, value, f"give one {var} or a list of up to six")
                continue
            for i, item in enumerate(items, 1):
                css = check(item)
                if css is None:
                    self.warn(section, f"{name} (h{i})", item, what)
                else:
                    out[f"--tl-h{i}-{var}"] = css

    # ------------------------------------------------------------ [theme] only
    def top_vars(self, options: dict[str, Any]) -> tuple[dict[str, str], str | None]:
        """Variables of the options valid only in [theme], and the root font size."""
        out: dict[str, str] = {}
        root_size = None
        v = options.get("baseFontSize")
        if v is not None:
            if isinstance(v, int) and not isinstance(v, bool) and v > 0:
                root_size = f"{v}px"
            else:
                self.warn("theme", "baseFontSize", v, "must be a positive whole number of pixels")
        v = options.get("baseFontWeight")
        if v is not None:
            w = check_weight(v, 100, 600)
            if w is None:
                self.warn("theme", "baseFontWeight", v, "must be a multiple of 50 from 100 to 600")
            else:
                out["--tl-font-weight"] = str(w)
                out["--tl-font-weight-semibold"] = str(w + 100)
                out["--tl-font-weight-bold"] = str(w + 200)
        v = options.get("metricValueFontSize")
        if v is not None:
            size = check_size(v, allow_zero=False)
            if size is None:
                self.warn("theme", "metricValueFontSize", v, 'not a size ("48px", "3rem" or "48")')
            else:
                out["--tl-metric-size"] = size
        v = options.get("metricValueFontWeight")
        if v is not None:
            w = check_weight(v, 100, 900)
            if w is None:
                self.warn("theme", "metricValueFontWeight", v, "must be a multiple of 50 from 100 to 900")
            else:
                out["--tl-metric-weight"] = str(w)
        v = options.get("showSidebarBorder")
        if v is not None:
            if isinstance(v, bool):
                out["--tl-sidebar-border"] = "var(--tl-border)" if v else "transparent"
            else:
                self.warn("theme", "showSidebarBorder", v, "must be true or false")
        return out, root_size

    def font_faces(self, value: Any) -> list[dict[str, str]]:
        """[[theme.fontFaces]]: fonts the app serves itself (app/static/... or a path in the app), or
        an http(s) URL the user chose (1.67 takes both)."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.warn("theme", "fontFaces", value, "must be an array of tables ([[theme.fontFaces]])")
            return []
        faces = []
        for i, face in enumerate(value):
            if not isinstance(face, dict) or not isinstance(face.get("family"), str) or not isinstance(face.get("url"), str):
                self.warn("theme", f"fontFaces[{i}]", face, "needs a family and a url")
                continue
            family, url = face["family"].strip(), face["url"].strip()
            if not _FAMILY.fullmatch(family):
                self.warn("theme", f"fontFaces[{i}].family", family, "not a font family name")
                continue
            if re.match(r"^https?://", url, re.I):
                if re.search(r"[\"'()\\\s;<>{}]", url):
                    self.warn("theme", f"fontFaces[{i}].url", url, "not a font URL")
                    continue
            elif re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I) or url.startswith("//"):
                self.warn("theme", f"fontFaces[{i}].url", url,
                          "a font is an http(s) URL or a file of the app (e.g. app/static/font.woff2)")
                continue
            elif url.startswith("app/static/"):
                url = "static/" + url[len("app/static/"):]
            url = url.lstrip("/")
            if ".." in url.split("/") or re.search(r"[\"'()\\\s;]", url):
                self.warn("theme", f"fontFaces[{i}].url", url, "not a path inside the app")
                continue
            out = {"family": family, "url": url}
            for key, css in (("weight", "weight"), ("style", "style"), ("unicodeRange", "unicode_range")):
                v = face.get(key)
                if v is None:
                    continue
                v = str(v).strip()
                if not re.fullmatch(r"[A-Za-z0-9 +,\-?]+", v):
                    self.warn("theme", f"fontFaces[{i}].{key}", v, "not a valid value")
                    continue
                out[css] = v
            faces.append(out)
        return faces


def _sections(options: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Flattened config options -> {"theme": {...}, "theme.sidebar": {...}, ...}."""
    out: dict[str, dict[str, Any]] = {}
    for key, value in options.items():
        if not key.startswith("theme.") or value is None:
            continue
        section, _, name = key.rpartition(".")
        if section in ("theme", "theme.sidebar", "theme.light", "theme.dark",
                       "theme.light.sidebar", "theme.dark.sidebar"):
            out.setdefault(section, {})[name] = value
    # ([[theme.fontFaces]] is an array of tables: config.flatten keeps it as one list value)
    return out


def _load_base_file(builder: ThemeBuilder, base: str, app_dir: str | None) -> dict[str, Any]:
    """theme.base naming a TOML theme file of the app: its [theme] table."""
    if re.match(r"^https?://", base):
        builder.messages.append(f"[theme] base = {base!r}: tablit does not fetch theme files from URLs; "
                                "put the file beside the app and name its path.")
        return {}
    path = os.path.join(app_dir or ".", base)
    if not os.path.isfile(path):
        builder.warn("theme", "base", base, 'not "light", "dark" or a theme file of the app')
        return {}
    import tomllib

    try:
        with open(path, "rb") as f:
            table = tomllib.load(f).get("theme")
    except (OSError, tomllib.TOMLDecodeError) as e:
        builder.warn("theme", "base", base, f"the theme file cannot be read ({e})")
        return {}
    if not isinstance(table, dict):
        builder.warn("theme", "base", base, "the theme file has no [theme] table")
        return {}
    return table


def page_theme(options: dict[str, Any], app_dir: str | None = None) -> dict[str, Any] | None:
    """The ``theme`` the page applies, from flattened config options; None without theme options."""
    sections = _sections(options)
    if not sections:
        return None
    b = ThemeBuilder(app_dir)
    main = dict(sections.get("theme", {}))
    for section, opts in sections.items():
        top = section == "theme"
        for name in opts:
            if name not in KNOWN:
                b.messages.append(f"[{section}] {name}: not a theme option of Streamlit 1.67; ignored.")
            elif not top and name in TOP_ONLY:
                b.messages.append(f"[{section}] {name}: only valid in [theme]; ignored.")
    base_opt = main.pop("base", None)
    base: str | None = None
    if base_opt is not None:
        if isinstance(base_opt, str) and base_opt.strip().lower() in BASES:
            base = base_opt.strip().lower()
        elif isinstance(base_opt, str) and base_opt.strip():
            file_opts = _load_base_file(b, base_opt.strip(), app_dir)
            fb = file_opts.pop("base", None)
            if isinstance(fb, str) and fb.lower() in BASES:
                base = fb.lower()
            main = {**{k: v for k, v in file_opts.items() if not isinstance(v, dict)}, **main}
        else:
            b.warn("theme", "base", base_opt, 'must be "light", "dark" or a theme file')
    top_vars, root_size = b.top_vars(main)
    faces = b.font_faces(main.get("fontFaces"))
    shared = {k: v for k, v in main.items() if k not in TOP_ONLY}
    sidebar = {k: v for k, v in sections.get("theme.sidebar", {}).items() if k not in TOP_ONLY}
    has_modes = "theme.light" in sections or "theme.dark" in sections

    def build(mode: str, extra: dict[str, Any], extra_sidebar: dict[str, Any]) -> dict[str, Any]:
        merged = {**shared, **{k: v for k, v in extra.items() if k not in TOP_ONLY}}
        vars_main = {**top_vars, **b.section_vars(f"theme.{mode}" if extra else "theme", merged, mode)}
        side = {**sidebar, **{k: v for k, v in extra_sidebar.items() if k not in TOP_ONLY}}
        vars_side = b.section_vars("theme.sidebar", side, mode, in_sidebar=True) if side else {}
        return {"main": vars_main, "sidebar": vars_side}

    out: dict[str, Any] = {"default": "system", "light": None, "dark": None, "root_font_size": root_size,
                           "font_faces": faces, "font_links": b.font_links, "messages": b.messages}
    if has_modes:
        for mode in BASES:
            out[mode] = build(mode, sections.get(f"theme.{mode}", {}), sections.get(f"theme.{mode}.sidebar", {}))
        if base is not None:
            out["default"] = base
    elif shared or sidebar or top_vars or root_size or faces or b.font_links:
        if base is None:
            bg = check_color(shared.get("backgroundColor"))
            base = "dark" if bg is not None and _is_dark(bg) else "light"
        out[base] = build(base, {}, {})
        out["default"] = base
    elif base is not None:
        out["default"] = base
    # the same message once, even when light and dark both checked it
    out["messages"] = list(dict.fromkeys(b.messages))
    return out


def _is_dark(color: str) -> bool:
    """Whether a hex colour is dark (other forms count as light: 1.67 infers the base the same way for hex)."""
    m = _HEX.fullmatch(color)
    if not m:
        return False
    h = color[1:]
    if len(h) in (3, 4):
        h = "".join(ch * 2 for ch in h[:3])
    r, g, bl = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl < 128
