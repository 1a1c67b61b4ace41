// The pure parts of 1.67's input widgets (web/render/widgets/combobox.js,
// calendar.js, date_time.js, datetime_input.js, file_uploader.js): filters,
// placeholders, date and time formats both ways, stepping, sizes.
import assert from "node:assert/strict";
import { test } from "node:test";
import "./jsdom_page.mjs";

const { filterOptions, placeholderFor, moveActive } = await import("../../web/render/widgets/combobox.js");
const { typedOver } = await import("../../web/render/widgets/select.js");
const { formatDate, parseDate, addMonths, monthWeeks } = await import("../../web/render/widgets/calendar.js");
const { formatTime, parseTime, stepTime } = await import("../../web/render/widgets/date_time.js");
const { formatDateTime, parseDateTime } = await import("../../web/render/widgets/datetime_input.js");
const { chipSize } = await import("../../web/render/widgets/file_uploader.js");

const labels = (xs) => xs.map((label) => ({ label }));
const names = (xs) => xs.map((x) => x.label);

test("filter_mode: fuzzy ranks in-order matches, contains and prefix keep order, None filters nothing", () => {
  const cheeses = labels(["Blue cheese", "Cheddar", "Brie", "Camembert"]);
  assert.deepEqual(names(filterOptions(cheeses, "be", "fuzzy")), ["Camembert", "Brie", "Blue cheese"]);
  assert.deepEqual(names(filterOptions(cheeses, "BE", undefined)), ["Camembert", "Brie", "Blue cheese"], "fuzzy is the default, any case");
  assert.deepEqual(names(filterOptions(cheeses, "be", "contains")), ["Camembert"]);
  assert.deepEqual(names(filterOptions(cheeses, "c", "prefix")), ["Cheddar", "Camembert"]);
  assert.deepEqual(names(filterOptions(cheeses, "zz", null)), names(cheeses));
  assert.deepEqual(names(filterOptions(cheeses, "", "prefix")), names(cheeses));
});

test("1.67's placeholders", () => {
  assert.deepEqual(placeholderFor(null, 3, false, false), { placeholder: "Choose an option", disable: false });
  assert.deepEqual(placeholderFor(null, 3, false, true), { placeholder: "Choose options", disable: false });
  assert.deepEqual(placeholderFor(null, 3, true, false), { placeholder: "Choose or add an option", disable: false });
  assert.deepEqual(placeholderFor(null, 3, true, true), { placeholder: "Choose or add options", disable: false });
  assert.deepEqual(placeholderFor(null, 0, false, true), { placeholder: "No options to select", disable: true });
  assert.deepEqual(placeholderFor(null, 0, true, false), { placeholder: "Add an option", disable: false });
  assert.deepEqual(placeholderFor("Pick one", 0, false, false), { placeholder: "Pick one", disable: false });
});

test("typing over a shown value searches for the typed text; arrows, Home/End move", () => {
  assert.equal(typedOver("Apple", "Applez"), "z");
  assert.equal(typedOver("Apple", "zApple"), "z");
  assert.equal(typedOver("Apple", "Appl"), "Appl", "deleting keeps the rest");
  assert.equal(typedOver("Apple", "q"), "q", "typed over a selection of it all");
  assert.equal(moveActive("ArrowDown", 4, 5), 4);
  assert.equal(moveActive("ArrowUp", -1, 5), 4);
  assert.equal(moveActive("End", 0, 5), 4);
  assert.equal(moveActive("Escape", 0, 0), undefined);
});

test("dates in each format and separator, both ways; impossible days refused", () => {
  for (const [fmt, shown] of [["YYYY/MM/DD", "2024/01/02"], ["DD/MM/YYYY", "02/01/2024"], ["MM/DD/YYYY", "01/02/2024"],
    ["YYYY-MM-DD", "2024-01-02"], ["DD.MM.YYYY", "02.01.2024"], ["MM-DD-YYYY", "01-02-2024"]]) {
    assert.equal(formatDate("2024-01-02", fmt), shown, fmt);
    assert.equal(parseDate(shown, fmt), "2024-01-02", fmt);
  }
  assert.equal(formatDate("2024-01-02", undefined), "2024/01/02", "1.67's default");
  assert.equal(parseDate("2/1/2024", "DD/MM/YYYY"), "2024-01-02");
  assert.equal(parseDate("2024/02/30", "YYYY/MM/DD"), null);
  assert.equal(parseDate("24/01/02", "YYYY/MM/DD"), null);
  assert.equal(parseDate("soon", "YYYY/MM/DD"), null);
  assert.equal(addMonths("2024-01-31", 1), "2024-02-29");
  const weeks = monthWeeks("2024-02-10");
  assert.deepEqual(weeks[0].slice(0, 5), [null, null, null, null, "2024-02-01"], "February 2024 starts on a Thursday");
  assert.equal(weeks.flat().filter(Boolean).length, 29);
});

test("times: 24-hour by default, 12-hour on request; typed forms; steps wrap around midnight", () => {
  assert.equal(formatTime("09:30"), "09:30");
  assert.equal(formatTime("21:05", true), "09:05 PM");
  assert.equal(formatTime("00:15", true), "12:15 AM");
  assert.equal(formatTime("09:30:15", false, true), "09:30:15");
  assert.equal(parseTime("9:30"), "09:30");
  assert.equal(parseTime("0930"), "09:30");
  assert.equal(parseTime("9:30 pm"), "21:30");
  assert.equal(parseTime("12:00 AM"), "00:00");
  assert.equal(parseTime("09:30:15", true), "09:30:15");
  assert.equal(parseTime("25:00"), null);
  assert.equal(parseTime("nine"), null);
  assert.equal(stepTime("09:30", 900, true), "09:45");
  assert.equal(stepTime("09:37", 900, false), "09:30", "down to the step's grid");
  assert.equal(stepTime("23:45", 900, true), "00:00");
  assert.equal(stepTime("00:00", 3600, false), "23:00");
  assert.equal(formatDateTime("2024-01-02T09:30", "DD.MM.YYYY"), "02.01.2024, 09:30");
  assert.equal(parseDateTime("02.01.2024, 09:30", "DD.MM.YYYY"), "2024-01-02T09:30");
  assert.equal(parseDateTime("2024/01/02 9:30", "YYYY/MM/DD"), "2024-01-02T09:30");
  assert.equal(parseDateTime("2024/01/02", "YYYY/MM/DD"), null);
});

test("file chip sizes as 1.67 prints them", () => {
  assert.equal(chipSize(5), "5.0B");
  assert.equal(chipSize(1500), "1.5KB");
  assert.equal(chipSize(2_300_000), "2.3MB");
});

test("date_input paste and range messages as 1.67 reads and words them", async () => {
  const { pastedDate, pastedRange, dateRangeError } = await import("../../web/render/widgets/date_time.js");
  assert.deepEqual(pastedDate("2024/02/29", "YYYY/MM/DD"), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(pastedDate(" 31.12.2024 ", "DD.MM.YYYY"), { year: 2024, month: 12, day: 31 });
  assert.deepEqual(pastedDate("1-2-2024", "MM-DD-YYYY"), { year: 2024, month: 1, day: 2 });
  assert.equal(pastedDate("2023/02/29", "YYYY/MM/DD"), null, "no such day");
  assert.equal(pastedDate("2024-01-02", "YYYY/MM/DD"), null, "the app's separator only");
  assert.equal(pastedDate("2024/13/01", "YYYY/MM/DD"), null);
  assert.deepEqual(pastedRange("02.01.2024 – 05.01.2024", "DD.MM.YYYY"), [{ year: 2024, month: 1, day: 2 }, { year: 2024, month: 1, day: 5 }]);
  assert.deepEqual(pastedRange("2024/01/02 to 2024/01/05", "YYYY/MM/DD")?.length, 2);
  assert.deepEqual(pastedRange("2024/01/02 - 2024/01/05", "YYYY/MM/DD")?.length, 2);
  assert.equal(pastedRange("2024/01/02", "YYYY/MM/DD"), null);
  assert.equal(dateRangeError("2024-03-01", "2023-12-01", "2024-02-20", "YYYY/MM/DD"),
    "**Error**: Date set outside allowed range. Please select a date on or before 2024/02/20.");
  assert.equal(dateRangeError("2023-01-01", "2023-12-01", "2024-02-20", "DD.MM.YYYY"),
    "**Error**: Date set outside allowed range. Please select a date between 01.12.2023 and 20.02.2024.");
  assert.equal(dateRangeError("2023-01-01", "2023-12-01", null, "YYYY/MM/DD"),
    "**Error**: Date set outside allowed range. Please select a date on or after 2023/12/01.");
  assert.equal(dateRangeError("2024-01-01", "2023-12-01", "2024-02-20", "YYYY/MM/DD"), null);
});

test("datetime_input paste and range messages as 1.67 reads and words them", async () => {
  const { pastedDateTime, dateTimeRangeError } = await import("../../web/render/widgets/datetime_input.js");
  assert.equal(pastedDateTime("2025/11/19, 16:45", "YYYY/MM/DD"), "2025-11-19T16:45");
  assert.equal(pastedDateTime("19.11.2025 7:05", "DD.MM.YYYY"), "2025-11-19T07:05");
  assert.equal(pastedDateTime("2025-11-19T16:45", "DD.MM.YYYY"), "2025-11-19T16:45");
  assert.equal(pastedDateTime("2025/11/19, 24:00", "YYYY/MM/DD"), null);
  assert.equal(pastedDateTime("2025/02/30, 10:00", "YYYY/MM/DD"), null);
  assert.equal(dateTimeRangeError("2026-01-01T00:00", "2025-01-01T00:00:00", "2025-12-31T23:59:00", "YYYY/MM/DD"),
    "**Error**: Date and time set outside allowed range. Please select a date and time on or before 2025/12/31, 23:59.");
  assert.equal(dateTimeRangeError("2024-01-01T00:00", "2025-01-01T08:00:00", "2025-12-31T23:59:00", "DD.MM.YYYY"),
    "**Error**: Date and time set outside allowed range. Please select a date and time between 01.01.2025, 08:00 and 31.12.2025, 23:59.");
  assert.equal(dateTimeRangeError("2024-01-01T00:00", "2025-01-01T08:00", null, "YYYY/MM/DD"),
    "**Error**: Date and time set outside allowed range. Please select a date and time on or after 2025/01/01, 08:00.");
});

test("time_input paste as 1.67 reads it: times, a part's digits, and its messages", async () => {
  const { pastedTime } = await import("../../web/render/widgets/date_time.js");
  assert.deepEqual(pastedTime(" 7:05 ", "hour", false), { time: "07:05" });
  assert.deepEqual(pastedTime("1830", "minute", false), { time: "18:30" });
  assert.deepEqual(pastedTime("18:30:15", "hour", true), { time: "18:30:15" });
  assert.deepEqual(pastedTime("25:00", "hour", false), { error: "Time is out of range. Hours must be 0–23, minutes 0–59." });
  assert.deepEqual(pastedTime("10:61:00", "hour", true), { error: "Time is out of range. Hours must be 0–23, minutes 0–59, seconds 0–59." });
  assert.deepEqual(pastedTime("45", "minute", false), { part: ["minute", 45] });
  assert.deepEqual(pastedTime("24", "hour", false), { error: "Value is out of range for hour. Hours must be 0–23." });
  assert.deepEqual(pastedTime("75", "minute", false), { error: "Value is out of range for minute. Minutes must be 0–59." });
  assert.deepEqual(pastedTime("1:2:3:4", "hour", false), { error: "Invalid time format. Please use HH:MM." });
  assert.deepEqual(pastedTime("1:2", "hour", true), { error: "Invalid time format. Please use HH:MM:SS or HH:MM." });
  assert.equal(pastedTime("soon", "hour", false), null);
});
