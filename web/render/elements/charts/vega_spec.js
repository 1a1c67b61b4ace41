// Two rewrites of a chart's specs before Vega draws them.  Each leaves the
// chart exactly as it was and only spares the console a warning Vega would log
// for Streamlit 1.67's own built-in chart specs (1.67's page logs them too):
//
// - scaleBindingsOnContinuousChannels (the Vega-Lite spec): an interval
//   selection bound to scales (zoom and pan, altair's `.interactive()`) acts
//   only on continuous scales; for a discrete channel (the bar chart's band
//   axis) Vega-Lite warns "Scale bindings are currently only supported for
//   scales with unbinned, continuous domains." and skips it.  The channel is
//   left out of the selection's encodings here, which is what Vega-Lite does.
// - withoutSubsetDomains (the compiled Vega spec, vega-embed's `patch`): a
//   scale's domain over several data sets computes an extent per set; the line
//   chart's hover layer keeps only the hovered point (a filter of the chart's
//   data), empty until the pointer moves, so Vega warns "Infinite extent for
//   field ...".  A data set that only filters another one already in the same
//   domain adds nothing to it, so it is dropped from that domain.

const DISCRETE_TYPES = ['nominal', 'ordinal'];
const DISCRETE_SCALES = ['band', 'point', 'ordinal'];

/** Is this encoding channel drawn on a discrete scale (or binned)? */
function discrete(enc) {
  if (!enc || typeof enc !== 'object') return false;
  if (enc.bin) return true;
  if (enc.scale && typeof enc.scale === 'object' && DISCRETE_SCALES.includes(enc.scale.type)) return true;
  return DISCRETE_TYPES.includes(enc.type);
}

function narrow(param, encoding) {
  const sel = param.select;
  if (param.bind !== 'scales' || !sel || typeof sel !== 'object' || !Array.isArray(sel.encodings)) return param;
  const keep = sel.encodings.filter((ch) => !discrete(encoding[ch]));
  if (keep.length === 0 || keep.length === sel.encodings.length) return param;
  return { ...param, select: { ...sel, encodings: keep } };
}

/**
 * The Vega-Lite spec with scale-bound interval selections limited to their
 * continuous channels (a unit spec, or a layer's views), except the params in
 * `keep` (the chart's on_select selections, reported to Python as they are).
 * @param {any} spec
 * @param {string[]} [keep]
 */
export function scaleBindingsOnContinuousChannels(spec, keep = []) {
  if (!spec || typeof spec !== 'object') return spec;
  const fix = (unit, inherited) => {
    const encoding = { ...inherited, ...(unit.encoding || {}) };
    let out = unit;
    if (Array.isArray(unit.params)) {
      const params = unit.params.map((p) => {
        if (!p || typeof p !== 'object' || keep.includes(p.name)) return p;
        if (Array.isArray(p.views) && Array.isArray(unit.layer)) {
          // a layer's param for its named views: their encodings decide
          const views = unit.layer.filter((l) => l && p.views.includes(l.name));
          if (views.length !== 1) return p;
          return narrow(p, { ...encoding, ...(views[0].encoding || {}) });
        }
        return 'mark' in unit ? narrow(p, encoding) : p;
      });
      if (params.some((p, i) => p !== unit.params[i])) out = { ...out, params };
    }
    if (Array.isArray(unit.layer)) {
      const layer = unit.layer.map((l) => (l && typeof l === 'object' ? fix(l, encoding) : l));
      if (layer.some((l, i) => l !== unit.layer[i])) out = { ...out, layer };
    }
    return out;
  };
  return fix(spec, {});
}

/**
 * The compiled Vega spec with, in each multi-data scale domain, the data sets
 * that only filter another one of the same domain left out.
 * @param {any} vg
 */
export function withoutSubsetDomains(vg) {
  const data = new Map();
  const collect = (scope) => {
    for (const d of scope.data || []) if (d && typeof d.name === 'string') data.set(d.name, d);
    for (const m of scope.marks || []) if (m && m.type === 'group') collect(m);
  };
  collect(vg);
  /** The data sets `name` only filters, nearest first. */
  const ancestors = (name) => {
    const out = [];
    let d = data.get(name);
    while (d && typeof d.source === 'string' && (d.transform || []).every((t) => t && t.type === 'filter') && !out.includes(d.source)) {
      out.push(d.source);
      d = data.get(d.source);
    }
    return out;
  };
  const fixScales = (scope) => {
    for (const scale of scope.scales || []) {
      const dom = scale && scale.domain;
      if (!dom || !Array.isArray(dom.fields) || dom.fields.length < 2) continue;
      if (dom.sort && typeof dom.sort === 'object' && dom.sort.op) continue; // (counts would change)
      const key = (f) => (typeof f.field === 'string' ? f.field : JSON.stringify(f.field));
      const has = new Set(dom.fields.filter((f) => f && typeof f.data === 'string').map((f) => `${f.data}\u0000${key(f)}`));
      const fields = dom.fields.filter((f) => !(f && typeof f.data === 'string'
        && ancestors(f.data).some((a) => has.has(`${a}\u0000${key(f)}`))));
      if (fields.length !== dom.fields.length) scale.domain = { ...dom, fields };
    }
    for (const m of scope.marks || []) if (m && m.type === 'group') fixScales(m);
  };
  fixScales(vg);
  return vg;
}

/**
 * 1.67's padding of every Vega-Lite chart: none at the sides and top (Vega's
 * default is 5 px all round), 20 px at the bottom, unless the spec sets them
 * (a padding object keeps its sides, and gets the bottom when it has none).
 * @param {any} spec  changed in place
 */
export function streamlitPadding(spec) {
  if (!spec.padding) spec.padding = {};
  if (typeof spec.padding === 'object' && spec.padding.bottom == null) spec.padding = { ...spec.padding, bottom: 20 };
  return spec;
}

/** The keys of a Vega-Lite view composition (a spec holding other specs). */
export const COMPOSED = ['hconcat', 'vconcat', 'concat', 'facet', 'repeat'];

/**
 * A stretched vertical concatenation, as 1.67 sizes it: each of its plain charts (not
 * themselves composed) as wide as the container, whatever width the spec gave them.
 * @param {any} spec  changed in place
 * @param {number} width  the container's width in px
 */
export function stretchVconcat(spec, width) {
  if (!Array.isArray(spec.vconcat) || !(width > 0)) return spec;
  for (const child of spec.vconcat) {
    if (child && typeof child === 'object' && !COMPOSED.some((k) => k in child)) child.width = width;
  }
  return spec;
}
