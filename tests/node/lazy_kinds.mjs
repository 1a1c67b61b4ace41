// The widgets and elements web/render/index.js registers lazily (their own
// chunks, fetched the first time one is drawn; and the shell's lazy parts,
// web/render/lazy_part.js).  Tests that draw them and look
// at the DOM at once fetch them ahead with preloadWidgets(); the placeholder
// and the fetch itself are checked in tests/node/render.test.mjs and in the
// browser (tests/e2e/lazy_widgets.test.mjs).
export const LAZY_WIDGETS = ["date_input", "time_input", "datetime_input", "color_picker", "chat_input", "chat_message",
  "feedback", "help", "pagination", "menu_button", "dialog", "file_uploader", "tabs", "tab", "popover", "json",
  "audio", "video", "pdf", "iframe", "metric", "balloons", "snow", "page_link", "selectbox", "multiselect", "number_input",
  "pills", "segmented_control", "space", "skeleton"];

/** Fetch the lazily registered widgets' chunks (after jsdom_page.mjs made the DOM). */
export async function preloadWidgets() {
  const { preloadLazy } = await import("../../web/render/index.js");
  const { preloadParts } = await import("../../web/render/lazy_part.js");
  await Promise.all([preloadLazy(LAZY_WIDGETS), preloadParts()]);
}
