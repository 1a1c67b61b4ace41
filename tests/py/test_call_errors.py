"""A command called with wrong arguments: Python's TypeError, worded as under 1.67, whose
commands are methods of mixin classes (``mixin_names.py``).  Messages from 1.67's AppTest
for the same app."""

from tablit.testing.v1 import AppTest

APP = """
import streamlit as st
calls = [
    lambda: st.vega_lite_chart(None, {}, 1, 2, 3, 4),
    lambda: st.vega_lite_chart(bogus=1),
    lambda: st.line_chart(nope=1),
    lambda: st.write_stream(),
    lambda: st.sidebar.text(),
    lambda: st.markdown("a", 1, 2, 3, 4, 5, 6),
    lambda: st.dataframe(zzz=1),
    lambda: st.container(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    lambda: st.dialog(),
    lambda: st.set_option(),
    lambda: st.connection(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        st.text(str(e))
"""


def test_wrong_calls_name_167s_mixins():
    at = AppTest.from_string(APP).run()
    assert [t.value for t in at.text] == [
        "VegaChartsMixin.vega_lite_chart() takes from 1 to 3 positional arguments but 7 were given",
        "VegaChartsMixin.vega_lite_chart() got an unexpected keyword argument 'bogus'",
        "VegaChartsMixin.line_chart() got an unexpected keyword argument 'nope'",
        "WriteMixin.write_stream() missing 1 required positional argument: 'stream'",
        "TextMixin.text() missing 1 required positional argument: 'body'",
        "MarkdownMixin.markdown() takes from 2 to 3 positional arguments but 8 were given",
        "ArrowMixin.dataframe() got an unexpected keyword argument 'zzz'",
        "LayoutsMixin.container() takes 1 positional argument but 11 were given",
        "dialog_decorator() missing 1 required positional argument: 'title'",
        "set_user_option() missing 2 required positional arguments: 'key' and 'value'",
        "connection_factory() missing 1 required positional argument: 'name'",
    ]


def test_every_command_has_a_mixin():
    import tablit  # noqa: F401  (registers the families' commands)
    from tablit.delta_generator import COMMANDS
    from tablit.mixin_names import MIXIN_OF

    assert set(COMMANDS) == set(MIXIN_OF)
    assert all(fn.__qualname__ == f"{MIXIN_OF[name]}.{name}" for name, fn in COMMANDS.items())
