"""Issue 13 item 3: ``icon=`` (and page icons, avatars, logos) checked as
Streamlit 1.67 checks them: one emoji or a ``:material/name:`` of the icon set
the page draws, with 1.67's error texts.  The same assertions run against
1.67 itself with ``TABLIT_REFERENCE=1``.
"""

import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
ZW = "\u200b"

# every command of 1.67 that validates icon= with validate_icon_or_emoji
COMMANDS = {
    "button": 'st.button("B", icon={icon})',
    "download_button": 'st.download_button("D", "data", icon={icon})',
    "link_button": 'st.link_button("L", "https://example.com", icon={icon})',
    "page_link": 'st.page_link("https://example.com", label="P", icon={icon})',
    "form_submit_button": 'with st.form("f"):\n        st.form_submit_button("S", icon={icon})',
    "menu_button": 'st.menu_button("M", ["a"], icon={icon})',
    "popover": 'st.popover("P", icon={icon})',
    "expander": 'st.expander("E", icon={icon})',
    "toast": 'st.toast("T", icon={icon})',
    "info": 'st.info("I", icon={icon})',
    "warning": 'st.warning("W", icon={icon})',
    "error": 'st.error("E", icon={icon})',
    "success": 'st.success("S", icon={icon})',
    "header": 'st.header("H", icon={icon})',
    "metric": 'st.metric("M", 1, icon={icon})',
    "badge": 'st.badge("B", icon={icon})',
    "text_input": 'st.text_input("T", icon={icon})',
    "number_input": 'st.number_input("N", icon={icon})',
    "selectbox": 'st.selectbox("S", ["a"], icon={icon})',
    "Page": 'st.Page(lambda: None, title="P", icon={icon})',
}

MATERIAL_ERROR = ('StreamlitAPIException: The value `":material{zw}/not_an_icon:"` is not a valid Material icon. '
                  "Please use a Material icon shortcode like **`:material{zw}/thumb_up:`**.").format(zw=ZW)
HINT = f"Please use a single emoji or a Material icon shortcode like `:material{ZW}/thumb_up:`."


def texts(code):
    src = f"import streamlit as st\ntry:\n    {code}\nexcept Exception as e:\n    st.text(type(e).__name__ + ': ' + str(e))\n"
    at = AppTest.from_string(textwrap.dedent(src), default_timeout=10).run()
    assert not at.exception, at.exception
    return [t.value for t in at.text]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_valid_icons_are_accepted_everywhere(name):
    for icon in ('":material/thumb_up:"', '":material/access_alarm:"', '":material/auto_awesome:"', '"  :material/home:  "', '"🎈"', '"👍🏽"', '"🏳️‍🌈"', "None", '""'):
        assert texts(COMMANDS[name].format(icon=icon)) == [], (name, icon)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_an_unknown_material_icon_is_refused_everywhere(name):
    assert texts(COMMANDS[name].format(icon='":material/not_an_icon:"')) == [MATERIAL_ERROR]


@pytest.mark.parametrize("icon, message", [
    (":materials/home:", 'StreamlitAPIException: The value `":materials{zw}/home:"` is not a valid Material icon. '
                         "Please use a Material icon shortcode like **`:material{zw}/thumb_up:`**."),
    (":material/Home:", 'StreamlitAPIException: The value `":material{zw}/Home:"` is not a valid Material icon. '
                        "Please use a Material icon shortcode like **`:material{zw}/thumb_up:`**."),
    (":rocket:", f'StreamlitAPIException: The value ":rocket:" is not a valid icon. Emoji shortcodes are not supported. {HINT}'),
    ("abc", f'StreamlitAPIException: The value "abc" is not a valid icon. {HINT}'),
    ("https://x.com/a.png", f'StreamlitAPIException: The value "https://x.com/a.png" looks like a URL. Images are not '
                            f"supported for `icon`. {HINT} To follow support for image icons, see "
                            "https://github.com/streamlit/streamlit/issues/9770."),
    ("🎈🎈", 'StreamlitAPIException: The value "🎈🎈" is not a valid emoji. Please use a single emoji.'),
    ("→", 'StreamlitAPIException: The value "→" is not a valid emoji. Please use a single emoji.'),
    ("é", 'StreamlitAPIException: The value "é" is not a valid emoji. Please use a single emoji.'),
])
def test_invalid_icons_get_1_67s_messages(icon, message):
    assert texts(f"st.button('B', icon={icon!r})") == [message.format(zw=ZW)]


def test_icon_of_the_wrong_type():
    assert texts("st.info('x', icon=3)") == [
        "StreamlitInvalidParameterTypeError: Invalid `icon` type. Expected one of: str, None. Provided type: int."]


def test_avatars_logos_and_page_icons_check_material_names():
    for code in ('st.chat_message("user", avatar=":material/not_an_icon:")',
                 'st.set_page_config(page_icon=":material/not_an_icon:")'):
        assert texts(code) == [MATERIAL_ERROR], code
    assert texts('st.logo(":material/not_an_icon:")') == [
        "StreamlitAPIException: The image passed to st.logo is invalid - See "
        "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
        "for more information on valid types"]
    assert texts('st.chat_message("user", avatar=":material/smart_toy:")') == []


@pytest.mark.skipif(REFERENCE, reason="tablit's props")
def test_the_page_gets_the_normalised_icon():
    at = AppTest.from_string('import streamlit as st\nst.info("x", icon="  :material/home: ")\n'
                             'st.expander("E", icon="🎈")\n').run()
    assert at.info[0].icon == ":material/home:"
    assert at.expander[0].icon == "🎈"


@pytest.mark.skipif(REFERENCE, reason="tablit's data file")
def test_material_names_come_from_the_icon_package_file():
    from tablit import icons

    names = icons.material_icon_names()
    assert "thumb_up" in names and "devices" in names and len(names) > 3000
    with open(icons._NAMES_FILE, encoding="utf-8") as f:
        assert f.read().split() == sorted(names)


def test_an_alert_takes_the_icon_that_starts_its_body():
    # 30 Days of Streamlit, day 18: st.info('☝️ Upload a CSV file') shows the finger as the icon
    at = AppTest.from_string(textwrap.dedent('''\
        import streamlit as st
        st.info("☝️ Upload a CSV file")
        st.success(":material/check: Done")
        st.warning("👍🏻_thumbs")
        st.error("🎉🎉 twice")
        st.info("🚨 mine", icon="🎈")
        st.info("No icon here")
        st.info(":material/not_an_icon: stays")
        st.info("é is no emoji")
    '''), default_timeout=10).run()
    assert not at.exception
    alerts = [(a.icon, a.body) for a in (*at.info, *at.success, *at.warning, *at.error)]
    assert alerts == [
        ("☝️", "Upload a CSV file"), ("🎈", "🚨 mine"), ("", "No icon here"),
        ("", ":material/not_an_icon: stays"), ("", "é is no emoji"),
        (":material/check:", "Done"), ("👍🏻", "thumbs"), ("🎉", "🎉 twice"),
    ]
