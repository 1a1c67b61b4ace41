// st.map and st.pydeck_chart: deck.gl (a lazily loaded chunk) from deck.gl
// JSON (@deck.gl/json: "@@=" accessors are parsed, never eval'd).
//
// Under the layers a plain basemap is drawn by deck.gl itself: a graticule
// whose spacing follows the zoom, with its latitudes and longitudes labelled.
// Raster tiles are drawn over it only when the app names a tile source
// (props.tiles: `[tablit] mapTiles` or a tile-template map_style; a pydeck
// TileLayer): otherwise no tile server is contacted. A tile that fails to
// load leaves the basemap showing there, and the attribution line says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Deck, LinearInterpolator, MapView, WebMercatorViewport } from '@deck.gl/core';
import * as Layers from '@deck.gl/layers';
import { JSONConfiguration, JSONConverter } from '@deck.gl/json';
import { TileLayer } from '@deck.gl/geo-layers';
// (pydeck's HexagonLayer, HeatmapLayer, GridLayer...: Streamlit's mapping demos and streamlit/demo-uber-nyc-pickups)
import { ContourLayer, GridLayer, HeatmapLayer, HexagonLayer, ScreenGridLayer } from '@deck.gl/aggregation-layers';
import DOMPurify from 'dompurify';
import { html } from '../../html.js';
import { useWidget } from '../../widgets/common.js';
import { ChartFrame, adoptStyles, useSize, useTheme } from './common.js';

const { BitmapLayer, PathLayer, TextLayer } = Layers;
const converter = new JSONConverter({ configuration: new JSONConfiguration({ classes: { ...Layers, ContourLayer, GridLayer, HeatmapLayer, HexagonLayer, ScreenGridLayer, TileLayer, MapView } }) });

/** One tile image (an <img>: the page's img-src applies; CORS so WebGL may use it). */
function loadTile({ url, signal }) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.crossOrigin = 'anonymous';
    const stop = () => { img.src = ''; reject(new Error('aborted')); };
    if (signal) signal.addEventListener('abort', stop, { once: true });
    img.onload = () => { if (signal) signal.removeEventListener('abort', stop); resolve(img); };
    img.onerror = () => reject(new Error(`map tile failed to load: ${url}`));
    img.src = url;
  });
}

/** Each tile as a BitmapLayer over its bounds. */
function bitmapTile(props) {
  const [[west, south], [east, north]] = props.tile.boundingBox;
  const { data, ...rest } = props;
  return data ? new BitmapLayer(rest, { data: undefined, image: data, bounds: [west, south, east, north] }) : null;
}

/** "{s}" (tile-server subdomains) as deck.gl's list of equivalent URLs. */
function templates(url) {
  return typeof url === 'string' && url.includes('{s}') ? ['a', 'b', 'c'].map((s) => url.replace('{s}', s)) : url;
}

/** The raster-tile props deck.gl's TileLayer needs for image URLs (JSON cannot carry functions). */
function rasterProps(onError) {
  return { getTileData: loadTile, renderSubLayers: bitmapTile, onTileError: onError };
}

function rgb(color) {
  const m = /^#([0-9a-f]{6})/i.exec(color || '');
  if (m) return [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16));
  const r = /rgba?\(([^)]+)\)/.exec(color || '');
  return r ? r[1].split(',').slice(0, 3).map((x) => parseFloat(x)) : [255, 75, 75];
}

/** "primary" colours (st.map's default) as the theme's primary colour. */
function resolvePrimary(value, primary) {
  if (Array.isArray(value)) return value.map((v) => resolvePrimary(v, primary));
  // (1.67: the theme's primary colour at alpha 160, so that crowded points show their overlaps)
  if (!value || typeof value !== 'object') return value === 'primary' ? [...primary, 160] : value;
  const out = {};
  for (const k of Object.keys(value)) out[k] = k === 'data' ? value[k] : resolvePrimary(value[k], primary);
  return out;
}

const STEPS = [30, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001];

function fmt(v, pos, neg) {
  const a = Math.abs(v);
  const text = a >= 1 ? String(Math.round(a * 1000) / 1000) : a.toFixed(3).replace(/0+$/, '');
  return v === 0 ? '0°' : `${text}°${v > 0 ? pos : neg}`;
}

/** The basemap: graticule lines and their labels for the current view. */
function basemap(view, width, height, t) {
  const vp = new WebMercatorViewport({ width, height, longitude: view.longitude, latitude: view.latitude, zoom: view.zoom });
  const [[w, s], [e, n]] = [vp.unproject([0, height]), vp.unproject([width, 0])].map((p) => [p[0], p[1]]);
  const span = Math.max(e - w, n - s, 1e-6);
  const step = STEPS.find((x) => span / x >= 4) ?? STEPS[STEPS.length - 1];
  const paths = [], labels = [];
  const lonMin = Math.max(-180, Math.floor(w / step) * step), lonMax = Math.min(180, Math.ceil(e / step) * step);
  const latMin = Math.max(-85, Math.floor(s / step) * step), latMax = Math.min(85, Math.ceil(n / step) * step);
  for (let lon = lonMin; lon <= lonMax + 1e-9; lon += step) {
    paths.push({ path: [[lon, -85], [lon, 85]] });
    if (lon > w && lon < e) labels.push({ text: fmt(Math.round(lon / step) * step, 'E', 'W'), position: vp.unproject([vp.project([lon, 0])[0], height - 10]), anchor: 'middle' });
  }
  for (let lat = latMin; lat <= latMax + 1e-9; lat += step) {
    paths.push({ path: [[-180, lat], [-90, lat], [0, lat], [90, lat], [180, lat]] });
    if (lat > s && lat < n) labels.push({ text: fmt(Math.round(lat / step) * step, 'N', 'S'), position: vp.unproject([6, vp.project([0, lat])[1]]), anchor: 'start' });
  }
  const line = t.dark ? [250, 250, 250, 40] : [49, 51, 63, 35];
  const ink = t.dark ? [250, 250, 250, 170] : [49, 51, 63, 170];
  return [
    new PathLayer({ id: 'tablit-graticule', data: paths, getPath: (d) => d.path, getColor: line, widthUnits: 'pixels', getWidth: 1 }),
    new TextLayer({ id: 'tablit-graticule-labels', data: labels, getText: (d) => d.text, getPosition: (d) => d.position,
      getTextAnchor: (d) => d.anchor, getAlignmentBaseline: 'bottom', getSize: 11, getColor: ink, fontFamily: t.font, characterSet: 'auto' }),
  ];
}

function tooltipFor(spec) {
  if (!spec) return undefined;
  const fill = (tpl, obj) => String(tpl).replace(/\{(\w+)\}/g, (_m, k) => (obj && obj[k] != null ? String(obj[k]) : ''));
  return ({ object }) => {
    if (!object) return null;
    if (spec.html) return { html: DOMPurify.sanitize(fill(spec.html, object)), style: spec.style };
    if (spec.text) return { text: fill(spec.text, object), style: spec.style };
    return null;
  };
}

function tablesOf(spec) {
  return (spec.layers || []).filter((l) => Array.isArray(l.data)).map((l, i) => ({ name: l.id || `Layer ${i + 1}${l['@@type'] ? ` (${l['@@type']})` : ''}`, rows: l.data }));
}

// the zoom buttons' plus and minus: 12 x 3 px bars with round ends, as 1.67's map controls draw them
const ZOOM_IN = html`<svg width="29" height="29" viewBox="0 0 29 29" aria-hidden="true"><rect x="8.5" y="13" width="12" height="3" rx="1.5" /><rect x="13" y="8.5" width="3" height="12" rx="1.5" /></svg>`;
const ZOOM_OUT = html`<svg width="29" height="29" viewBox="0 0 29 29" aria-hidden="true"><rect x="8.5" y="13" width="12" height="3" rx="1.5" /></svg>`;

function DeckChart({ node }) {
  adoptStyles();
  const p = node.props;
  const frameRef = useRef(/** @type {HTMLElement|null} */ (null));
  const hostRef = useRef(/** @type {HTMLElement|null} */ (null));
  const deckRef = useRef(/** @type {any} */ (null));
  const zoomRef = useRef(/** @type {((by: number) => void)|null} */ (null));
  const [tilesFailed, setTilesFailed] = useState(false);
  const theme = useTheme(frameRef);
  const size = useSize(frameRef);
  const widget = useWidget(node);
  const commitRef = useRef(widget.commit);
  commitRef.current = widget.commit;
  const spec = JSON.parse(p.json);
  const width = p.width === 'stretch' ? size.width : (typeof p.width === 'number' ? p.width : size.width);
  const height = typeof p.height === 'number' ? p.height : 500;
  const name = p.alt || (p.command === 'map' ? 'Map' : 'Map chart');
  const mode = (p.selection_mode || [])[0];

  useEffect(() => {
    const el = hostRef.current;
    if (!theme || !el || !width) return undefined;
    const props = converter.convert(resolvePrimary(JSON.parse(p.json), rgb(theme.primary)));
    let view = { latitude: 0, longitude: 0, zoom: 1, pitch: 0, bearing: 0, ...(props.initialViewState || {}) };
    const onTileError = () => setTilesFailed(true);
    const userLayers = (props.layers || []).filter(Boolean).map((l) => (l instanceof TileLayer
      ? l.clone({ data: templates(l.props.data), ...rasterProps(onTileError) }) : l));
    const tiles = p.tiles ? [new TileLayer({ id: 'tablit-tiles', data: templates(p.tiles.url), minZoom: 0, maxZoom: 19,
      tileSize: 256, maxRequests: 6, ...rasterProps(onTileError) })] : [];
    const under = (w, h) => [...basemap(view, w, h, theme), ...tiles];
    const selection = { indices: {}, objects: {} };
    const deck = new Deck({
      parent: el,
      width, height,
      views: new MapView({ repeat: true }),
      initialViewState: view,
      controller: true,
      layers: [...under(width, height), ...userLayers],
      getTooltip: tooltipFor(p.tooltip ? JSON.parse(p.tooltip) : null),
      onViewStateChange: ({ viewState }) => {
        view = viewState;
        deck.setProps({ layers: [...under(deckRef.current.width, deckRef.current.height), ...userLayers] });
        return viewState;
      },
      onClick: (info) => {
        if (!mode) return;
        const id = info.layer && info.layer.id;
        if (!info.object || !id || id.startsWith('tablit-')) {
          if (mode === 'single-object') { selection.indices = {}; selection.objects = {}; commitRef.current({ selection: JSON.parse(JSON.stringify(selection)) }); }
          return;
        }
        if (mode === 'single-object') {
          selection.indices = { [id]: [info.index] };
          selection.objects = { [id]: [info.object] };
        } else {
          const idx = selection.indices[id] || [];
          const objs = selection.objects[id] || [];
          const at = idx.indexOf(info.index);
          if (at >= 0) { idx.splice(at, 1); objs.splice(at, 1); } else { idx.push(info.index); objs.push(info.object); }
          selection.indices[id] = idx;
          selection.objects[id] = objs;
          if (!idx.length) { delete selection.indices[id]; delete selection.objects[id]; }
        }
        commitRef.current({ selection: JSON.parse(JSON.stringify(selection)) });
      },
    });
    deck.width = width; deck.height = height;
    deckRef.current = deck;
    // the zoom buttons: one step in or out about the centre, eased over 300 ms
    zoomRef.current = (by) => {
      const { transitionDuration, transitionInterpolator, ...at } = view;
      deck.setProps({ initialViewState: { ...at, zoom: Math.min(Math.max(at.zoom + by, 0), 20), transitionDuration: 300, transitionInterpolator: new LinearInterpolator(['zoom']) } });
    };
    return () => { deck.finalize(); deckRef.current = null; zoomRef.current = null; };
  }, [p.json, p.tooltip, p.tiles && p.tiles.url, theme, mode, width > 0]);

  useEffect(() => {
    const deck = deckRef.current;
    if (deck && width) { deck.width = width; deck.height = height; deck.setProps({ width, height }); }
  }, [width, height]);

  return html`<${ChartFrame} node=${node} name=${name} frameRef=${frameRef} tables=${() => tablesOf(spec)}>
    <div class="tl-map" ref=${hostRef} style=${`height:${height}px;background:${theme && theme.dark ? '#1b1e27' : '#eef1f5'}`}></div>
    <div class="tl-map-zoom" data-testid="stDeckGlJsonChartZoomButton">
      <button type="button" title="Zoom In" aria-label="Zoom In" onClick=${() => zoomRef.current?.(1)}>${ZOOM_IN}</button>
      <button type="button" title="Zoom Out" aria-label="Zoom Out" onClick=${() => zoomRef.current?.(-1)}>${ZOOM_OUT}</button>
    </div>
    <div class="tl-map-attribution">${p.tiles ? p.tiles.attribution : 'Offline basemap: graticule only'}${
      tilesFailed ? ' (some map tiles failed to load: the offline basemap shows there)' : ''}</div>
  <//>`;
}

export default DeckChart;
