"""st.navigation's position= and expanded=: the render message's ``nav`` tells the page
where the menu goes and how a long sidebar menu collapses (1.67's rules).

The apps are shaped after Streamlit's docs examples (streamlit/docs,
python/api-examples-source/navigation.example_top, Apache-2.0).
"""

import textwrap

import pytest

from tablit.runtime.session import AppSession

PAGES = """
import streamlit as st
pages = {
    "Your account": [st.Page("create_account.py", title="Create your account"),
                     st.Page("manage_account.py", title="Manage your account")],
    "Resources": [st.Page("learn.py", title="Learn about us"), st.Page("trial.py", title="Try it out")],
}
pg = st.navigation(pages, %s)
pg.run()
"""


def start(tmp_path, nav_args: str, config: dict | None = None) -> dict:
    (tmp_path / "streamlit_app.py").write_text(PAGES % nav_args)
    for name in ("create_account", "manage_account", "learn", "trial"):
        (tmp_path / f"{name}.py").write_text(f"import streamlit as st\nst.title({name!r})\n")
    return AppSession(str(tmp_path / "streamlit_app.py"), config=config).start()


def test_top_position_reaches_the_page(tmp_path):
    msg = start(tmp_path, 'position="top"')
    assert msg["nav"] == {"position": "top", "expanded": False, "visible": 10}
    assert [(p["title"], p["section"]) for p in msg["pages"]] == [
        ("Create your account", "Your account"), ("Manage your account", "Your account"),
        ("Learn about us", "Resources"), ("Try it out", "Resources")]


@pytest.mark.parametrize("args, nav", [
    ("", {"position": "sidebar", "expanded": False, "visible": 10}),
    ("expanded=True", {"position": "sidebar", "expanded": True, "visible": 10}),
    ("expanded=3", {"position": "sidebar", "expanded": False, "visible": 3}),
    ("expanded=0", {"position": "sidebar", "expanded": False, "visible": 10}),
])
def test_expanded_sets_how_many_pages_a_collapsed_menu_shows(tmp_path, args, nav):
    assert start(tmp_path, args)["nav"] == nav


def test_hidden_menus_send_no_nav(tmp_path):
    msg = start(tmp_path, 'position="hidden"')
    assert msg["pages"] == [] and "nav" not in msg
    # client.showSidebarNavigation = false hides a sidebar menu, not a top one (as 1.67)
    msg = start(tmp_path, "", config={"client.showSidebarNavigation": False})
    assert msg["pages"] == [] and "nav" not in msg
    msg = start(tmp_path, 'position="top"', config={"client.showSidebarNavigation": False})
    assert msg["nav"]["position"] == "top" and len(msg["pages"]) == 4


def test_single_page_apps_send_no_nav(tmp_path):
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import streamlit as st
        st.write("one page")
    """))
    assert "nav" not in AppSession(str(tmp_path / "app.py")).start()


def test_expanded_is_checked(tmp_path):
    from tablit.testing.v1 import AppTest

    at = AppTest.from_string('import streamlit as st\nst.navigation([st.Page(lambda: None)], expanded=-1)').run()
    assert "expanded" in at.exception[0].message
    at = AppTest.from_string('import streamlit as st\nst.navigation([st.Page(lambda: None)], expanded="x")').run()
    assert "expanded" in at.exception[0].message
