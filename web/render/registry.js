// Node kind -> component registry and the memoised node view.
import { Component } from 'preact';
import { html } from './html.js';

/**
 * @typedef {{id: string, kind: string, props: Record<string, any>, children?: TreeNode[]}} TreeNode
 */

/** @type {Record<string, (p: {node: TreeNode} & Record<string, any>) => any>} */
export const KINDS = {};

/** Register components by node kind. */
export function register(map) {
  Object.assign(KINDS, map);
}

function Unknown({ node }) {
  return html`<div class="tl-el tl-unknown" data-kind=${node.kind}>Unsupported element: <code>${node.kind}</code></div>`;
}

/**
 * Renders one node.  Re-renders only when the node object (or another prop)
 * changed: unchanged subtrees keep their identity across reruns (see tree.js),
 * so a rerun touches only what changed.
 */
export class NodeView extends Component {
  shouldComponentUpdate(next) {
    const cur = this.props;
    for (const k in next) if (next[k] !== cur[k]) return true;
    for (const k in cur) if (!(k in next)) return true;
    return false;
  }

  render(props) {
    const C = KINDS[props.node.kind] || Unknown;
    return html`<${C} ...${props} />`;
  }
}

/** Keyed children of a block. */
export function children(nodes) {
  if (!nodes) return null;
  return nodes.map((n) => html`<${NodeView} key=${n.id} node=${n} />`);
}
