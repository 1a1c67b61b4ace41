// st.space (an empty gap: a named size or pixels) and st.skeleton (a grey
// loading shape with aria-busy).
import { html } from '../html.js';
import { widthStyle } from '../widgets/common.js';

const REM = { xxsmall: 0.25, xsmall: 0.5, small: 0.75, medium: 2.5, large: 4.25, xlarge: 6, xxlarge: 8 };

function Space({ node }) {
  const s = node.props.size;
  const size = typeof s === 'number' ? `${s}px` : REM[s] != null ? `${REM[s]}rem` : null;
  const style = s === 'stretch' ? 'flex:1 1 auto' : `height:${size};min-width:${size};flex:0 0 auto`;
  return html`<div class="tl-el tl-k-space" data-testid="stSpace" aria-hidden="true" style=${style}></div>`;
}

function Skeleton({ node }) {
  const p = node.props;
  const h = typeof p.height === 'number' ? `height:${p.height}px` : p.height === 'stretch' ? 'height:100%' : 'height:2.5rem';
  return html`<div class="tl-el tl-k-skeleton tl-skeleton" data-testid="stSkeleton" role="status" aria-busy="true" aria-label="Loading"
    style=${[h, widthStyle(p.width)].filter(Boolean).join(';')}></div>`;
}

export default { space: Space, skeleton: Skeleton };
