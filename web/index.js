// The page library (dist/tablit.js): mount() and the <tablit-app> element.

import { defineElement } from "./element.js";

export { mount } from "./mount.js";
export { TablitAppElement, defineElement } from "./element.js";
export { parseUp, ProtocolError } from "./protocol.js";

defineElement();
