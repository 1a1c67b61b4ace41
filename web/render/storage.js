// The shell's choices kept across visits (sidebar state and width, folded menu sections), as 1.67 keeps them.

/** localStorage, or null where the page may not use it (the shell keeps its choices there, as 1.67). */
export function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Write `value` (or remove the key for null) where the page may; a refusal keeps it for this page only. */
export function store(/** @type {string} */ key, /** @type {string|null} */ value) {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // storage full or refused
  }
}
