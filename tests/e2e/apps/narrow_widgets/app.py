# Widgets in narrow places, as 1.67 draws them with wrap=None (tests/e2e/narrow_widgets.test.mjs):
# directly in a column or a horizontal container they keep one row; elsewhere they wrap.
import streamlit as st

c = st.columns(4)
c[0].button("Primary button label that is long", type="primary")
c[1].button("Secondary button label that is long")
c[2].button("Wrapping button label that is long", wrap=True)
c[3].checkbox("A long checkbox label text that is long")
d = st.columns(3)
d[0].pills("Pills", ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"])
d[1].segmented_control("Seg", ["Alpha", "Beta", "Gamma", "Delta"])
d[2].pills("Pills wrap", ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"], wrap=True)
with st.container(width=260):
    st.button("A main-area button whose label is too long for one line")
st.button("A tertiary button", type="tertiary")
greek = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]
e = st.columns(3)
e[0].multiselect("Chips in a column", greek, default=greek)
e[1].multiselect("Chips wrap", greek, default=greek, wrap=True)
f = st.columns(3)
f[0].checkbox("Check beside a button")
f[1].toggle("Toggle beside a button")
f[2].button("Beside")
g = st.columns(3, vertical_alignment="bottom")
g[0].text_input("Input beside a bottom check")
g[1].checkbox("Check at the bottom")
h = st.columns(3, vertical_alignment="center")
h[0].text_input("Input beside a centred check")
h[1].checkbox("Check in the centre")
with st.container(horizontal=True):
    st.checkbox("Check in a row")
    st.toggle("Toggle in a row")
    st.button("In a row")
st.checkbox("Check in the main flow")
with st.container(width=250):
    st.multiselect("Chips in the main flow", greek, default=greek)
st.code("print('copy me')")
with st.container(horizontal=True):
    st.selectbox("Fixed 200 select", ["a", "b"], width=200)
    st.text_input("Fixed 200 text", width=200)
