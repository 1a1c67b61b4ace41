// The emoji shortcodes 1.67 knows: its Markdown runs remark-emoji, whose
// node-emoji looks names up in emojilib 2.4's table (":cat:" -> 🐱).  The same
// table, from the same package, as a lazily loaded chunk: fetched the first
// time a page shows a shortcode.
import simplemap from 'emojilib/simplemap.json' with { type: 'json' };

/** @type {Map<string, string>} shortcode name (no colons) -> emoji */
export const table = new Map(Object.entries(simplemap).filter(([, ch]) => typeof ch === 'string' && ch));
