// Mermaid diagrams: every ```mermaid fence of a Markdown body (st.mermaid_chart
// sends one, as 1.67 does; st.markdown may hold them too) drawn by mermaid, a
// lazily loaded chunk that enhance.js imports the first time a page shows one.
//
// As 1.67: securityLevel "strict", themed from the page (mermaid's "base"
// theme with the page's colours and font), the SVG shown as an <img> (so none
// of its markup enters the page) whose alt is the `%% stAlt:` line
// st.mermaid_chart(alt=...) wrote, else accTitle/accDescr, else "Mermaid
// <type>"; a toolbar with "Download as PNG" and "Copy to clipboard" (the
// source); a failed diagram says "Mermaid diagram error: ..." (role alert).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import mermaid from 'mermaid';
import { html } from '../../html.js';
import { adoptStyles, download } from './common.js';
import { ToolBox, ToolButton } from '../../element_toolbar.js';

const TYPES = {
  graph: 'flowchart', flowchart: 'flowchart', sequencediagram: 'sequence diagram', classdiagram: 'class diagram',
  statediagram: 'state diagram', erdiagram: 'entity relationship diagram', journey: 'user journey diagram',
  gantt: 'Gantt chart', pie: 'pie chart', quadrantchart: 'quadrant chart', requirementdiagram: 'requirement diagram',
  gitgraph: 'Git graph', mindmap: 'mindmap', timeline: 'timeline', sankey: 'Sankey diagram', packet: 'packet diagram',
  block: 'block diagram', architecture: 'architecture diagram', kanban: 'Kanban board', xychart: 'XY chart',
  radar: 'radar chart', treemap: 'treemap',
};

/** "flowchart", "pie chart"... from the source's first line (1.67's names), else "diagram". */
export function diagramType(source) {
  const first = source.trim().split('\n')[0].trim().toLowerCase();
  for (const [k, name] of Object.entries(TYPES)) if (first.startsWith(k)) return name;
  return 'diagram';
}

/** The author's name for the diagram: `%% stAlt:`, else accTitle and/or accDescr; else undefined. */
export function authoredName(source) {
  const alt = /^\s*%%\s*stAlt\s*:[^\S\n]*(.+)$/m.exec(source);
  if (alt && alt[1].trim()) return alt[1].trim();
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1].trim();
  const line = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1].trim();
  const block = /^\s*accDescr\s*\{([^}]*)\}/m.exec(source)?.[1].trim().replace(/\s+/g, ' ');
  const descr = line || block;
  if (title && descr) return `${title}: ${descr}`;
  return title || descr || undefined;
}

/** The <img>'s alt text. */
export function altText(source) {
  return authoredName(source) ?? `Mermaid ${diagramType(source)}`;
}

function parseColor(c) {
  const s = String(c || '').trim();
  let m = /^#([0-9a-f]{3,8})$/i.exec(s);
  if (m) {
    let h = m[1];
    if (h.length <= 4) h = [...h].map((x) => x + x).join('');
    const n = [0, 2, 4, 6].map((i) => (i < h.length ? parseInt(h.slice(i, i + 2), 16) : 255));
    return [n[0], n[1], n[2], n[3] / 255];
  }
  m = /^rgba?\(([^)]+)\)$/i.exec(s);
  if (m) {
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map((x) => (x.endsWith('%') ? parseFloat(x) / 100 : parseFloat(x)));
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  return null;
}

const hex = (rgb) => '#' + rgb.map((x) => Math.round(Math.max(0, Math.min(255, x))).toString(16).padStart(2, '0')).join('');

/** A (possibly translucent) colour laid over `bg`, as an opaque hex colour (mermaid's colour maths needs one). */
function over(color, bg) {
  const c = parseColor(color);
  const b = parseColor(bg) || [255, 255, 255, 1];
  if (!c) return color;
  return hex([0, 1, 2].map((i) => c[i] * c[3] + b[i] * (1 - c[3])));
}

/** 1.67's mermaid configuration for the page's theme (its CSS custom properties). */
export function mermaidConfig(el) {
  const cs = getComputedStyle(el);
  const v = (name, fallback) => (cs.getPropertyValue(name) || '').trim() || fallback;
  const bg = v('--tl-bg', '#ffffff');
  const text = v('--tl-text', '#31333f');
  const rgb = parseColor(text) || [49, 51, 63, 1];
  const faded = `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, 0.6)`;
  const border = v('--tl-border', 'rgba(49, 51, 63, 0.2)');
  const bg2 = v('--tl-bg2', '#f0f2f6');
  const primary = v('--tl-primary', '#ff4b4b');
  const font = v('--tl-font', cs.fontFamily || 'sans-serif');
  const b = (name) => over(v(`--tl-${name}-bg`, 'rgba(128, 128, 128, 0.1)'), bg);
  const t = (name) => v(`--tl-${name}-text`, text);
  const bgRgb = parseColor(bg) || [255, 255, 255, 1];
  const dark = (0.299 * bgRgb[0] + 0.587 * bgRgb[1] + 0.114 * bgRgb[2]) / 255 < 0.5;
  const fills = ['blue', 'green', 'orange', 'red', 'violet', 'yellow', 'gray'].map(b);
  const texts = ['blue', 'green', 'orange', 'red', 'violet', 'yellow', 'gray'].map(t);
  const solidBorder = over(border, bg);
  const lines = over(faded, bg);
  const vars = {
    darkMode: dark, primaryColor: fills[0], primaryTextColor: text, primaryBorderColor: solidBorder,
    secondaryColor: fills[1], tertiaryColor: fills[2], background: bg, mainBkg: bg2, fontFamily: font,
    fontSize: '14px', lineColor: lines, textColor: text, errorBkgColor: fills[3], errorTextColor: texts[3],
    noteBkgColor: fills[5], noteTextColor: text, doneTaskBkgColor: fills[1], doneTaskBorderColor: texts[1],
    critBkgColor: fills[3], critBorderColor: texts[3], todayLineColor: primary, gridColor: solidBorder,
    taskTextColor: text, taskTextOutsideColor: text, taskTextLightColor: text, taskTextDarkColor: text,
    sectionBkgColor: bg2, altSectionBkgColor: bg, pieStrokeColor: solidBorder, pieOuterStrokeColor: solidBorder,
    quadrantPointFill: primary, fillType7: bg2,
    xyChart: { backgroundColor: bg, titleColor: text, xAxisLabelColor: text, xAxisTitleColor: text, xAxisTickColor: lines,
      xAxisLineColor: lines, yAxisLabelColor: text, yAxisTitleColor: text, yAxisTickColor: lines, yAxisLineColor: lines,
      plotColorPalette: texts.join(', ') },
    radar: { curveOpacity: 0.5, curveStrokeWidth: 2.5 },
  };
  fills.forEach((f, i) => {
    vars[`pie${i + 1}`] = f;
    vars[`cScale${i}`] = f;
    vars[`fillType${i}`] = f;
    if (i < 5) vars[`mindmap${i + 1}`] = f;
    if (i < 4) vars[`quadrant${i + 1}Fill`] = f;
  });
  for (let i = 0; i < 8; i++) {
    vars[`git${i}`] = i < 7 ? texts[i] : primary;
    vars[`gitBranchLabel${i}`] = bg;
  }
  return { darkMode: dark, theme: 'base', look: 'classic', fontFamily: font, fontSize: 14, htmlLabels: false,
    flowchart: { htmlLabels: false }, themeVariables: vars };
}

/** The SVG sized by its viewBox (width/height attributes, no max-width), to scale as an image. */
function sized(svgText) {
  const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').querySelector('svg');
  if (!svg) return svgText;
  let [w, h] = [0, 0];
  const box = svg.getAttribute('viewBox');
  if (box) {
    const [, , bw, bh] = box.split(/[\s,]+/).map(Number);
    if (bw > 0 && bh > 0) [w, h] = [bw, bh];
  }
  if (!w || !h) {
    w = parseFloat(svg.getAttribute('width') || '') || 100;
    h = parseFloat(svg.getAttribute('height') || '') || 100;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  }
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.style.removeProperty('max-width');
  return new XMLSerializer().serializeToString(svg);
}

let counter = 0;
let configured = '';
// (mermaid renders one diagram at a time: renders queue behind each other)
let queue = Promise.resolve();

/** Render `source` to an SVG string with the configuration `config`, one render at a time. */
function renderSvg(source, config) {
  const run = queue.then(async () => {
    const key = JSON.stringify(config);
    if (configured !== key) {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true,
        secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges',
          'htmlLabels', 'themeCSS', 'fontFamily', 'altFontFamily', 'dompurifyConfig'], ...config });
      configured = key;
    }
    const id = `tl-mermaid-${++counter}`;
    try {
      return (await mermaid.render(id, source)).svg;
    } finally {
      document.getElementById(id)?.remove();
      document.getElementById(`d${id}`)?.remove(); // (mermaid's scratch element of a failed render)
    }
  });
  queue = run.catch(() => {});
  return run;
}

function MermaidDiagram({ source, host }) {
  adoptStyles();
  const [state, setState] = useState(/** @type {{url?: string, error?: string}|null} */ (null));
  const [copied, setCopied] = useState(false);
  const [, setThemeKey] = useState(0);
  useEffect(() => {
    // the page's light/dark switch: read the colours again (a change draws the diagram again)
    const mo = new MutationObserver(() => {
      if (host.isConnected) setThemeKey((k) => k + 1);
      else render(null, host); // (its Markdown was drawn anew: unmount, which disconnects this observer)
    });
    for (const n of [document.documentElement, document.body, host.closest('.tl-root')]) {
      if (n) mo.observe(n, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
    }
    return () => mo.disconnect();
  }, []);
  const config = mermaidConfig(host);
  const key = JSON.stringify(config);
  useEffect(() => {
    let live = true;
    let url = '';
    renderSvg(source, config).then((svg) => {
      url = URL.createObjectURL(new Blob([sized(svg)], { type: 'image/svg+xml;charset=utf-8' }));
      if (live) setState({ url });
      else URL.revokeObjectURL(url);
    }, (e) => {
      if (live) setState({ error: e instanceof Error ? e.message : 'Failed to render diagram' });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [source, key]);
  useEffect(() => {
    host.setAttribute('aria-busy', state ? 'false' : 'true');
  }, [state]);
  const name = authoredName(source);
  const label = (what) => (name ? `${what} (${name})` : what);
  const savePng = () => {
    if (!state?.url) return;
    const img = new Image();
    img.addEventListener('load', () => {
      const w = img.naturalWidth || 800, h = img.naturalHeight || 600;
      const canvas = document.createElement('canvas');
      canvas.width = w * 2;
      canvas.height = h * 2;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.fillStyle = getComputedStyle(host).getPropertyValue('--tl-bg').trim() || '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0, w, h);
      download(canvas.toDataURL('image/png'), 'mermaid-diagram.png');
    }, { once: true });
    img.src = state.url;
  };
  const copy = () => {
    navigator.clipboard?.writeText(source).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    }, (e) => console.error('tablit: could not copy the diagram source', e));
  };
  if (!state) return html`<div class="tl-mermaid-loading" aria-label="Loading mermaid diagram"></div>`;
  if (state.error) return html`<div class="tl-chart-message" role="alert" data-testid="stMermaidError">Mermaid diagram error: ${state.error}</div>`;
  return html`<div class="tl-chart-toolbar tl-tools" role="toolbar" aria-label=${label('Diagram tools')} data-testid="stElementToolbar"><${ToolBox}>
      <${ToolButton} label=${label('Download as PNG')} tip="Download as PNG" icon="download" onClick=${savePng} />
      <${ToolButton} label=${copied ? 'Copied' : label('Copy to clipboard')} tip=${copied ? 'Copied' : 'Copy to clipboard'} icon=${copied ? 'check' : 'copy'} onClick=${copy} />
    </${ToolBox}></div>
    <img class="tl-mermaid-img" src=${state.url} alt=${altText(source)} />`;
}

/**
 * Draw each placeholder enhance.js left for a mermaid fence (a
 * `.tl-mermaid` element whose `data-source` is the diagram's source).
 * @param {HTMLElement[]} hosts
 */
export function drawMermaid(hosts) {
  for (const host of hosts) {
    const source = host.dataset.source ?? '';
    render(html`<${MermaidDiagram} source=${source} host=${host} />`, host);
  }
}
