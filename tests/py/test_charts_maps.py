"""st.map and st.pydeck_chart: the deck.gl JSON (same as 1.67's for st.map), errors, selection state."""

import json

import pytest

from apptest import AppTest
from chart_cases import ChartSession


def run(src):
    return AppTest.from_string("import streamlit as st\n" + src, default_timeout=30).run()


def deck(at, i=0):
    return json.loads(at.get("deck_gl_json_chart")[i].props["json"])


def test_map_from_a_dict_matches_1_67():
    at = run('st.map({"lat": [50.0, 51.0], "lon": [4.0, 5.5], "s": [10, 20]}, size="s", color="#ff0000")\n')
    assert deck(at) == {
        "initialViewState": {"latitude": 50.5, "longitude": 4.75, "pitch": 0, "zoom": 7},
        "layers": [{"@@type": "ScatterplotLayer", "getPosition": "@@=[lon, lat]", "getRadius": "@@=s",
                    "radiusMinPixels": 3, "radiusUnits": "meters", "getFillColor": [255, 0, 0, 255],
                    "data": [{"lat": 50.0, "lon": 4.0, "s": 10}, {"lat": 51.0, "lon": 5.5, "s": 20}]}]}
    el = at.get("deck_gl_json_chart")[0]
    assert (el.props["width"], el.props["height"]) == ("stretch", 500)


def test_map_defaults_colour_columns_and_empty():
    at = run('st.map({"LAT": [10.5], "LONGITUDE": [20.25]}, zoom=3)\n'
             'st.map({"lat": [1, 2], "lon": [3, 4], "c": [(255, 0, 0), (0, 255, 0)]}, color="c")\n'
             'st.map()\n')
    one = deck(at, 0)
    assert one["initialViewState"]["zoom"] == 3
    assert one["layers"][0]["getFillColor"] == "primary" and one["layers"][0]["getRadius"] == 100
    assert one["layers"][0]["getPosition"] == "@@=[LONGITUDE, LAT]"
    two = deck(at, 1)
    assert two["layers"][0]["getFillColor"] == "@@=c"
    assert [r["c"] for r in two["layers"][0]["data"]] == [[255, 0, 0], [0, 255, 0]]
    assert two["initialViewState"]["zoom"] == 8
    assert deck(at, 2) == {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}


@pytest.mark.parametrize("line, message", [
    ('st.map({"a": [1]})', "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', 'latitude'. "
                           "Existing columns: 'a'"),
    ('st.map({"lat": [1, None], "lon": [1, 2]})',
     "Column lat is not allowed to contain null values, such as NaN, NaT, or None."),
    ('st.map({"lat": [1], "lon": [1], "c": ["x"]}, color="c")', 'Column "c" does not appear to contain valid colors.'),
    ('st.map({"lat": [1], "lon": [1]}, height="content")',
     "Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'."),
])
def test_map_errors(line, message):
    at = run(line + "\n")
    assert at.exception[0].value == message


def test_pydeck_chart_and_its_selection(tmp_path):
    # (a deck as its JSON dict: pydeck itself is not needed)
    app = ChartSession(tmp_path,
        "import streamlit as st\n"
        "layer = {'@@type': 'ScatterplotLayer', 'data': [{'p': [1, 2], 'n': 'a'}, {'p': [3, 4], 'n': 'b'}], 'id': 'pts',"
        " 'getPosition': '@@=p', 'pickable': True}\n"
        "ev = st.pydeck_chart({'layers': [layer]}, on_select='rerun', selection_mode='multi-object', key='d')\n"
        "st.text(repr(ev.selection.indices))\n", "deck_gl_json_chart")
    assert app.chart["props"]["selection_mode"] == ["multi-object"]
    assert json.loads(app.chart["props"]["json"])["layers"][0]["id"] == "pts"
    sel = {"selection": {"indices": {"pts": [1]}, "objects": {"pts": [{"p": [3, 4], "n": "b"}]}}}
    assert app.select(sel)["texts"] == ["{'pts': [1]}"]


def test_pydeck_deck_object():
    pdk = pytest.importorskip("pydeck")
    at = run("import pydeck as pdk\nlayer = pdk.Layer('ScatterplotLayer', data=[{'p': [1, 2]}], id='pts', get_position='p')\n"
             "st.pydeck_chart(pdk.Deck(layers=[layer], tooltip={'text': 'x'}), height=300)\n")
    el = at.get("deck_gl_json_chart")[0]
    assert json.loads(el.props["tooltip"]) == {"text": "x"} and el.props["height"] == 300
    assert json.loads(el.props["json"])["layers"][0]["id"] == "pts"
    assert pdk


def test_pydeck_selection_mode_errors():
    at = run("st.pydeck_chart(None, on_select='rerun', selection_mode=['single-object'])\n")
    assert at.exception[0].value == ("Invalid `selection_mode` type. Expected one of: str. Provided type: list. "
                                     "Selection mode must be a single value.")
    at = run("st.pydeck_chart(None, on_select='rerun', selection_mode='all')\n")
    assert at.exception[0].value == "Invalid `selection_mode` value. Supported values: 'multi-object', 'single-object'."


def test_map_tiles_only_when_configured():
    # no tile source: the offline basemap alone (pydeck's default Carto style JSON is not fetched)
    at = run('st.map({"lat": [1.0], "lon": [2.0]})\n'
             'st.pydeck_chart({"mapProvider": "carto", "mapStyle": "https://basemaps.cartocdn.com/gl/x/style.json"})\n')
    assert [e.props["tiles"] for e in at.get("deck_gl_json_chart")] == [None, None]
    # [tablit] mapTiles (with its attribution, else the host), and a deck's own tile-template map_style wins
    at = run('st.set_option("tablit.mapTiles", "https://tiles.example.org/{z}/{x}/{y}.png")\n'
             'st.map({"lat": [1.0], "lon": [2.0]})\n'
             'st.pydeck_chart({"mapStyle": "https://other.example.net/{z}/{x}/{-y}.png"})\n'
             'st.set_option("tablit.mapTilesAttribution", "© Example contributors")\n'
             'st.map({"lat": [1.0], "lon": [2.0]})\n')
    assert [e.props["tiles"] for e in at.get("deck_gl_json_chart")] == [
        {"url": "https://tiles.example.org/{z}/{x}/{y}.png", "attribution": "Map tiles: tiles.example.org"},
        {"url": "https://other.example.net/{z}/{x}/{-y}.png", "attribution": "Map tiles: other.example.net"},
        {"url": "https://tiles.example.org/{z}/{x}/{y}.png", "attribution": "© Example contributors"}]


def test_map_tiles_option_must_be_a_template():
    at = run('st.set_option("tablit.mapTiles", "tiles.example.org")\nst.map({"lat": [1.0], "lon": [2.0]})\n')
    assert "must be a tile URL template" in at.exception[0].message
