// st.graphviz_chart: Graphviz compiled to WebAssembly (@viz-js/viz), a lazily
// loaded chunk.  The layout is an SVG element built by viz.js (no innerHTML).
import { useEffect, useRef, useState } from 'preact/hooks';
import { instance } from '@viz-js/viz';
import { html } from '../../html.js';
import { ChartFrame, adoptStyles, download } from './common.js';

/** @type {Promise<any>|null} */
let vizPromise = null;

function tablesOf(svg) {
  if (!svg) return [];
  const nodes = [...svg.querySelectorAll('g.node')].map((g) => ({ node: g.querySelector('title')?.textContent ?? '' }));
  const edges = [...svg.querySelectorAll('g.edge')].map((g) => {
    const [from, to] = (g.querySelector('title')?.textContent ?? '').split(/->|--/);
    return { from: from ?? '', to: to ?? '' };
  });
  return [{ name: 'Nodes', rows: nodes }, { name: 'Edges', rows: edges }];
}

function GraphvizChart({ node }) {
  adoptStyles();
  const p = node.props;
  const hostRef = useRef(/** @type {HTMLElement|null} */ (null));
  const svgRef = useRef(/** @type {SVGSVGElement|null} */ (null));
  const [error, setError] = useState('');
  const [title, setTitle] = useState('');
  useEffect(() => {
    let live = true;
    vizPromise ??= instance();
    vizPromise.then((viz) => {
      if (!live || !hostRef.current) return;
      const svg = viz.renderSVGElement(p.spec, { engine: p.engine || 'dot' });
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', p.alt || svg.querySelector('title')?.textContent || 'Graph');
      if (p.width === 'stretch') { svg.setAttribute('width', '100%'); svg.removeAttribute('height'); }
      else if (typeof p.width === 'number') { svg.setAttribute('width', String(p.width)); svg.removeAttribute('height'); }
      if (typeof p.height === 'number') svg.setAttribute('height', String(p.height));
      hostRef.current.replaceChildren(svg);
      svgRef.current = svg;
      setTitle(svg.querySelector('g.graph > title')?.textContent || '');
      setError('');
    }).catch((e) => { if (live) setError(String(e && e.message || e)); });
    return () => { live = false; };
  }, [p.spec, p.engine, p.width, p.height, p.alt]);
  const name = p.alt || title || 'Graph';
  const save = () => {
    if (svgRef.current) download(new Blob([new XMLSerializer().serializeToString(svgRef.current)], { type: 'image/svg+xml' }), 'graph.svg');
  };
  return html`<${ChartFrame} node=${node} name=${name} tables=${() => tablesOf(svgRef.current)}
      downloads=${[{ label: 'Download as SVG', run: save }]}>
    ${error ? html`<div class="tl-chart-message" role="alert">This graph could not be drawn: ${error}</div>` : null}
    <div class="tl-graphviz" ref=${hostRef}></div>
  <//>`;
}

export default GraphvizChart;
