"""[theme] of .streamlit/config.toml: checked as Streamlit 1.67 checks it, sent to the page
as CSS variables (tablit/theme.py; the page side is tests/e2e/theme.test.mjs)."""

from __future__ import annotations

import textwrap

import pytest

from tablit.config import flatten
from tablit.runtime.session import AppSession
from tablit.theme import check_color, check_radius, check_size, page_theme


def theme_of(toml_text: str, app_dir: str | None = None) -> dict | None:
    import tomllib

    return page_theme(flatten(tomllib.loads(textwrap.dedent(toml_text))), app_dir)


@pytest.mark.parametrize("value, css", [
    ("#ff0000", "#ff0000"), ("#F00", "#F00"), ("ff0000", "#ff0000"), ("#ff000080", "#ff000080"),
    ("rgb(255, 0, 0)", "rgb(255, 0, 0)"), ("rgba(0,0,0,0.5)", "rgba(0,0,0,0.5)"),
    ("hsl(120 50% 50%)", "hsl(120 50% 50%)"), ("teal", "teal"), ("RebeccaPurple", "RebeccaPurple"),
])
def test_colours_accepted(value, css):
    assert check_color(value) == css


@pytest.mark.parametrize("value", ["nope", "#12345", "rgb(1,2)", "", "  ", 12, None, "red; background: url(x)",
                                   "#fff}body{color:red"])
def test_colours_refused(value):
    assert check_color(value) is None


def test_sizes_and_radii():
    assert check_size("14px") == "14px"
    assert check_size("0.875rem") == "0.875rem"
    assert check_size("14") == "14px"
    assert check_size("-1px") is None and check_size("10%") is None and check_size(14) is None
    assert check_radius("large") == (1.0, "rem")
    assert check_radius("full") == (1.4, "rem")
    assert check_radius("none") == (0.0, "rem")
    assert check_radius("10px") == (10.0, "px")
    assert check_radius("round") is None


def test_no_theme_sends_nothing():
    assert theme_of('[runner]\nmagicEnabled = false\n') is None


def test_custom_theme_on_the_light_base():
    t = theme_of('''
        [theme]
        primaryColor = "#1e90ff"
        font = "serif"
        codeFont = "monospace"
        baseRadius = "large"
        buttonRadius = "4px"
        showWidgetBorder = false
        linkUnderline = false
        headingFontWeights = [800, 700]
        baseFontSize = 15
    ''')
    assert t["default"] == "light" and t["dark"] is None
    main = t["light"]["main"]
    assert main["--tl-primary"] == "#1e90ff"
    assert main["--tl-font"] == '"Source Serif", serif'
    assert main["--tl-heading-font"] == main["--tl-font"]  # headingFont follows font
    assert main["--tl-mono"] == '"Source Code Pro", monospace'
    assert main["--tl-radius"] == "1rem" and main["--tl-radius-sm"] == "0.5rem"
    assert main["--tl-button-radius"] == "4px"
    assert main["--tl-widget-border"] == "transparent"
    assert main["--tl-link-decoration"] == "none"
    assert main["--tl-h1-weight"] == "800" and main["--tl-h2-weight"] == "700" and "--tl-h3-weight" not in main
    assert t["root_font_size"] == "15px"
    # a primary colour that is not the stock one: borders and code colours derive from the theme (1.67)
    assert "var(--tl-text)" in main["--tl-border"]
    assert main["--tl-code-text"] == "var(--tl-green-text)"
    assert t["messages"] == []


def test_progress_takes_the_custom_primary():
    # 1.67: a config theme's "secondary" (st.progress's fill) is its primaryColor, else the base's
    assert theme_of('[theme]\nprimaryColor = "#1e90ff"\n')["light"]["main"]["--tl-secondary"] == "#1e90ff"
    assert theme_of('[theme]\nfont = "serif"\n')["light"]["main"]["--tl-secondary"] == "var(--tl-primary)"


def test_dark_base_and_inferred_base():
    assert theme_of('[theme]\nbase = "dark"\nprimaryColor = "#00ff00"\n')["default"] == "dark"
    t = theme_of('[theme]\nbackgroundColor = "#101010"\ntextColor = "#eeeeee"\n')
    assert t["default"] == "dark" and t["light"] is None
    assert t["dark"]["main"]["--tl-bg"] == "#101010"
    # a custom background: the sidebar takes the app's secondary background (and vice versa)
    assert t["dark"]["main"]["--tl-sidebar-bg"] == "var(--tl-bg2)"
    assert t["dark"]["main"]["--tl-sidebar-bg2"] == "#101010"


def test_light_and_dark_sections_and_sidebar():
    t = theme_of('''
        [theme]
        primaryColor = "#aa0000"
        [theme.light]
        backgroundColor = "#fffff0"
        [theme.dark]
        primaryColor = "#ff8888"
        [theme.sidebar]
        backgroundColor = "#eeeeff"
        [theme.dark.sidebar]
        textColor = "#ffffff"
    ''')
    assert t["default"] == "system"
    assert t["light"]["main"]["--tl-primary"] == "#aa0000" and t["light"]["main"]["--tl-bg"] == "#fffff0"
    assert t["dark"]["main"]["--tl-primary"] == "#ff8888" and "--tl-bg" not in t["dark"]["main"]
    assert t["light"]["sidebar"]["--tl-bg"] == "#eeeeff" and "--tl-text" not in t["light"]["sidebar"]
    assert t["dark"]["sidebar"] == {**t["dark"]["sidebar"], "--tl-bg": "#eeeeff", "--tl-text": "#ffffff"}


def test_palette_colour_derives_background_and_text():
    main = theme_of('[theme]\nredColor = "#ff0000"\nblueColor = "#0000ff"\nblueBackgroundColor = "#eeeeff"\n')["light"]["main"]
    assert main["--tl-red"] == "#ff0000"
    assert main["--tl-red-bg"] == "color-mix(in srgb, #ff0000 10%, transparent)"
    assert main["--tl-red-text"].startswith("color-mix(in srgb, #ff0000 85%")
    assert main["--tl-blue-bg"] == "#eeeeff"


def test_bad_values_keep_the_default_with_a_message():
    t = theme_of('''
        [theme]
        primaryColor = "blurple"
        textColor = "#123"
        baseRadius = "round"
        baseFontWeight = 420
        codeFontSize = "big"
        showWidgetBorder = "no"
        font = "Nunito:https://fonts.example.com/css2?family=Nunito"
        shiny = true
        [theme.sidebar]
        baseFontSize = 12
    ''')
    main = t["light"]["main"]
    assert "--tl-primary" not in main and main["--tl-text"] == "#123"
    assert "--tl-radius" not in main and "--tl-font-weight" not in main and "--tl-code-size" not in main
    assert "--tl-widget-border" not in main
    assert main["--tl-font"].startswith('"Nunito"')  # the family is used; its stylesheet is linked by the page
    assert t["font_links"] == ["https://fonts.example.com/css2?family=Nunito"]
    text = "\n".join(t["messages"])
    for needle in ("primaryColor = 'blurple': not a colour", "baseRadius = 'round'", "baseFontWeight = 420",
                   "codeFontSize = 'big'", "showWidgetBorder = 'no'",
                   "shiny: not a theme option", "[theme.sidebar] baseFontSize: only valid in [theme]"):
        assert needle in text, needle
    assert all("the default is kept" in m for m in t["messages"] if "not a colour" in m)


def test_font_names_cannot_inject_css():
    t = theme_of('[theme]\nfont = "x; } body { color: red"\n')
    assert "--tl-font" not in (t["light"] or {"main": {}})["main"]
    assert any("not a font family name" in m for m in t["messages"])


def test_font_faces_served_by_the_app():
    t = theme_of('''
        [theme]
        font = "Inter"
        [[theme.fontFaces]]
        family = "Inter"
        url = "app/static/Inter.woff2"
        weight = "400"
        [[theme.fontFaces]]
        family = "Far"
        url = "https://example.com/far.woff2"
    ''')
    assert t["font_faces"] == [{"family": "Inter", "url": "static/Inter.woff2", "weight": "400"},
                               {"family": "Far", "url": "https://example.com/far.woff2"}]
    assert t["messages"] == []


def test_font_faces_refuse_other_schemes_and_css():
    t = theme_of('''
        [theme]
        [[theme.fontFaces]]
        family = "A"
        url = "javascript:alert(1)"
        [[theme.fontFaces]]
        family = "B"
        url = "https://example.com/b.woff2); color: red"
    ''')
    assert t["font_faces"] == []
    assert len(t["messages"]) == 2


def test_font_urls_are_linked_as_1_67_links_them():
    """ "<family>:<url>" entries, a comma inside a Google Fonts URL, one link per URL."""
    t = theme_of('''
        [theme]
        font = "'Fira Sans':https://fonts.googleapis.com/css2?family=Fira+Sans:ital,wght@0,400;1,700&display=swap, serif"
        codeFont = "'JetBrains Mono':https://fonts.googleapis.com/css2?family=JetBrains+Mono"
        headingFont = "'Fira Sans':https://fonts.googleapis.com/css2?family=Fira+Sans:ital,wght@0,400;1,700&display=swap"
    ''')
    main = t["light"]["main"]
    assert main["--tl-font"] == '"Fira Sans", "Source Serif", serif'
    assert main["--tl-mono"].startswith('"JetBrains Mono", ')
    assert t["font_links"] == [
        "https://fonts.googleapis.com/css2?family=Fira+Sans:ital,wght@0,400;1,700&display=swap",
        "https://fonts.googleapis.com/css2?family=JetBrains+Mono",
    ]
    assert t["messages"] == []
    # a URL that could break out of the page's CSS or HTML is not a font URL
    bad = theme_of('[theme]\nfont = "X:https://e.com/a.css\\"><script>"\n')
    assert bad["font_links"] == [] and bad["messages"]


def test_base_theme_file(tmp_path):
    (tmp_path / "themes").mkdir()
    (tmp_path / "themes" / "brand.toml").write_text('[theme]\nbase = "dark"\nprimaryColor = "#123456"\n')
    t = theme_of('[theme]\nbase = "themes/brand.toml"\ntextColor = "#fafafa"\n', str(tmp_path))
    assert t["default"] == "dark"
    assert t["dark"]["main"]["--tl-primary"] == "#123456" and t["dark"]["main"]["--tl-text"] == "#fafafa"
    missing = theme_of('[theme]\nbase = "nowhere.toml"\n', str(tmp_path))
    assert any("base = 'nowhere.toml'" in m for m in missing["messages"])


def test_render_message_carries_the_theme(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "#1e90ff"\n')
    (tmp_path / "app.py").write_text('import streamlit as st\nst.button("Go")\n')
    session = AppSession(str(tmp_path / "app.py"))
    first = session.start()
    renders = [m for m in (first if isinstance(first, list) else [first]) if m.get("type") == "render"]
    assert renders and renders[-1]["theme"]["light"]["main"]["--tl-primary"] == "#1e90ff"
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "app.py").write_text('import streamlit as st\nst.write(1)\n')
    out = AppSession(str(plain / "app.py")).start()
    assert all("theme" not in m for m in (out if isinstance(out, list) else [out]))


def test_chart_colours():
    t = theme_of('''
        [theme]
        chartCategoricalColors = ["#ff0000", "nope", "#00ff00"]
        chartSequentialColors = ["#000000", "#111111"]
    ''')
    main = t["light"]["main"]
    assert main["--tl-chart-categorical"] == "#ff0000,#00ff00"
    assert "--tl-chart-sequential" not in main  # 1.67 wants exactly ten
    text = "\n".join(t["messages"])
    assert "1 of the colours are not colours" in text and "needs 10 valid colours" in text


def test_dark_theme_buttons_on_a_lightened_background():
    """1.67 draws a dark theme's secondary buttons on its background lightened by 2.5 points."""
    t = theme_of('[theme]\nbase = "dark"\nbackgroundColor = "#282a36"\n[theme.sidebar]\nbackgroundColor = "#21222c"\n')
    assert t["dark"]["main"]["--tl-button-bg"] == "hsl(from #282a36 h s calc(l + 2.5))"
    assert t["dark"]["sidebar"]["--tl-button-bg"] == "hsl(from #21222c h s calc(l + 2.5))"
    light = theme_of('[theme]\nbase = "light"\nbackgroundColor = "#fafafa"\n')
    assert "--tl-button-bg" not in light["light"]["main"]
