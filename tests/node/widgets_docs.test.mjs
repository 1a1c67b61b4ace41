// What the docs apps about widgets show (streamlit/docs widget.slider, widget.feedback_*,
// widget.button_shortcut), as Streamlit 1.67 shows it: slider dates through their
// momentjs-style format, feedback options' names, shortcut hints.
import assert from "node:assert/strict";
import { test } from "node:test";
const { formatSliderValue } = await import("../../web/render/format.js");
const { feedbackName } = await import("../../web/render/widgets/feedback.js");
const { shortcutHint } = await import("../../web/render/widgets/shortcut.js");

const us = (iso) => Date.parse(iso + "Z") * 1000;   // slider wire values: microseconds, UTC wall time

test("slider dates and times use their format (1.67 defaults: YYYY-MM-DD, HH:mm)", () => {
  const start = us("2020-01-01T09:30:00");
  assert.equal(formatSliderValue(start, { data_type: "datetime", format: "MM/DD/YY - hh:mm" }), "01/01/20 - 09:30");
  assert.equal(formatSliderValue(start, { data_type: "datetime", format: "YYYY-MM-DD" }), "2020-01-01");
  assert.equal(formatSliderValue(us("1970-01-01T13:15:00"), { data_type: "time", format: "HH:mm" }), "13:15");
  assert.equal(formatSliderValue(us("1970-01-01T13:15:00"), { data_type: "time", format: "h:mm A" }), "1:15 PM");
  assert.equal(formatSliderValue(us("2024-03-05T00:00:00"), { data_type: "date", format: "dddd, MMMM Do [of] YYYY" }), "Tuesday, March 5th of 2024");
  assert.equal(formatSliderValue(us("2024-03-05T00:00:00"), { data_type: "date", format: "iso8601" }), "2024-03-05");
  assert.equal(formatSliderValue(start, { data_type: "datetime" }), "2020-01-01");
  assert.equal(formatSliderValue(12.5, { data_type: "float", format: "%0.1f%%" }), "12.5%");
});

test("feedback options carry 1.67's names", () => {
  assert.deepEqual([1, 0].map((v) => feedbackName("thumbs", v)), ["Thumbs up", "Thumbs down"]);
  assert.equal(feedbackName("stars", 2), "3 out of 5 stars");
  assert.equal(feedbackName("faces", 0), "Very dissatisfied");
  assert.equal(feedbackName("faces", 4), "Very satisfied");
});

test("shortcut hints are spaced as 1.67 draws them", () => {
  assert.equal(shortcutHint("a"), "A");
  assert.equal(shortcutHint("ctrl+s"), "Ctrl + S");
  assert.equal(shortcutHint("ctrl+shift+d"), "Ctrl + Shift + D");
});

test("file_uploader lists its types as 1.67 does: aliases once, MIME families bare", async () => {
  const { typesText } = await import("../../web/render/widgets/file_uploader.js");
  assert.equal(typesText([".jpg", ".png", ".jpeg"]), "JPG, PNG");
  assert.equal(typesText([".csv"]), "CSV");
  assert.equal(typesText(["image/*", ".tiff", ".tif"]), "image, TIF");
  assert.equal(typesText(null), "");
});
