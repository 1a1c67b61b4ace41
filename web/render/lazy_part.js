// A part of the page that only some apps draw and that is not a node kind
// (the multipage menus of the shell, st.html's scripted frame): its module is
// fetched the first time it has something to draw (`needed`); until then it
// draws nothing, and a failed fetch is tried again on its next draw.
// (Node kinds are lazily registered with registry.js registerLazy.)
import { Component } from 'preact';
import { html } from './html.js';

/** @type {(() => Promise<void>)[]} */
const LOADS = [];

/**
 * @param {() => Promise<Record<string, any>>} load  `() => import('./x.js')`
 * @param {string} name  the module's export that is the component
 * @param {(props: Record<string, any>) => boolean} [needed]  whether these props draw anything
 * @returns {any} a component taking the same props
 */
export function lazyPart(load, name, needed = () => true) {
  /** @type {any} */ let loaded = null;
  /** @type {Promise<void> | null} */ let pending = null;
  const ensure = () => (pending ??= load().then((m) => { loaded = m[name]; }, (e) => { pending = null; throw e; }));
  LOADS.push(ensure);
  return class LazyPart extends Component {
    componentDidMount() { this.fetch(); }
    componentDidUpdate() { this.fetch(); }
    componentWillUnmount() { this.gone = true; }
    fetch() {
      if (loaded || this.waiting || !needed(this.props)) return;
      this.waiting = true;
      ensure().then(() => {
        this.waiting = false;
        if (!this.gone) this.forceUpdate();
      }, (e) => {
        this.waiting = false;
        console.error(`tablit: could not load the code of ${name}: ${e && e.message || e}`);
      });
    }
    render(/** @type {Record<string, any>} */ props) {
      return loaded ? html`<${loaded} ...${props} />` : null;
    }
  };
}

/** Fetch every lazy part's module now (tests that look at the DOM at once). */
export function preloadParts() {
  return Promise.all(LOADS.map((f) => f()));
}
