// Shared htm binding: html`<div class=${c}>...</div>` builds Preact vnodes.
import { h } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
export { h };
