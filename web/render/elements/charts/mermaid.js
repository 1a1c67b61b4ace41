// st.mermaid_chart: mermaid (a lazily loaded chunk) with securityLevel
// "strict"; its SVG is sanitised again with DOMPurify before it enters the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import mermaid from 'mermaid';
import DOMPurify from 'dompurify';
import { html } from '../../html.js';
import { ChartFrame, adoptStyles, download, useTheme } from './common.js';

let counter = 0;
let configured = '';

function MermaidChart({ node }) {
  adoptStyles();
  const p = node.props;
  const frameRef = useRef(/** @type {HTMLElement|null} */ (null));
  const hostRef = useRef(/** @type {HTMLElement|null} */ (null));
  const theme = useTheme(frameRef);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!theme) return undefined;
    let live = true;
    const key = `${theme.dark}|${theme.font}`;
    if (configured !== key) {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme.dark ? 'dark' : 'default', fontFamily: theme.font, htmlLabels: false, flowchart: { htmlLabels: false } });
      configured = key;
    }
    const id = `tl-mermaid-${++counter}`;
    mermaid.render(id, p.body).then(({ svg }) => {
      if (!live || !hostRef.current) return;
      const clean = DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true, html: true }, ADD_TAGS: ['foreignObject', 'style'], RETURN_DOM_FRAGMENT: true });
      const el = clean.querySelector('svg');
      if (el) {
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', p.alt || el.querySelector('title')?.textContent || 'Diagram');
        if (typeof p.width === 'number') el.style.maxWidth = `${p.width}px`;
      }
      hostRef.current.replaceChildren(clean);
      setError('');
    }).catch((e) => {
      document.getElementById(`d${id}`)?.remove(); // (mermaid's scratch element of a failed render)
      if (live) setError(String(e && e.message || e));
    });
    return () => { live = false; };
  }, [p.body, p.width, p.alt, theme]);
  const save = () => {
    const svg = hostRef.current && hostRef.current.querySelector('svg');
    if (svg) download(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }), 'diagram.svg');
  };
  return html`<${ChartFrame} node=${node} name=${p.alt || 'Diagram'} frameRef=${frameRef}
      tables=${() => [{ name: 'Source', rows: p.body.split('\n').map((line) => ({ line })) }]}
      downloads=${[{ label: 'Save as SVG', run: save }]}>
    ${error ? html`<div class="tl-chart-message" role="alert">This diagram could not be drawn: ${error}</div>` : null}
    <div class="tl-mermaid" ref=${hostRef}></div>
  <//>`;
}

export default MermaidChart;
