// printf-style formats as Streamlit 1.67's page shows them (web/render/printf.js:
// sprintf-js's rules), for the number input, the slider and the grid's NumberColumn.
// Each expected string below was read off 1.67's page beside tablit's
// (`npm run compare`, the apps in the comments).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printf } from '../../web/render/printf.js';
import { formatNumber as numberInputText, formatSliderValue } from '../../web/render/format.js';
import { formatNumber as cellText } from '../../web/render/grid/format.js';

test('number input and slider: %f, %e and %g without a precision give the number as JavaScript writes it; %d truncates', () => {
  // st.number_input("f", value=1.5, format="%f") ... st.slider(..., 2.5, format="%f")
  assert.equal(numberInputText(1.5, { format: '%f' }), '1.5');
  assert.equal(numberInputText(3.7, { format: '%d' }), '3');
  assert.equal(numberInputText(-3.7, { format: '%d' }), '-3');
  assert.equal(numberInputText(1234.5, { format: '%e' }), '1.2345e+3');
  assert.equal(numberInputText(0.000123, { format: '%g' }), '0.000123');
  assert.equal(formatSliderValue(2.5, { format: '%f' }), '2.5');
  assert.equal(formatSliderValue(2.7, { format: '%d' }), '2');
  // with a precision, as C
  assert.equal(numberInputText(1.5, { format: '%0.2f' }), '1.50');
  assert.equal(numberInputText(1234.5, { format: '%.2e' }), '1.23e+3');
});

test('grid: NumberColumn formats as 1.67 draws them', () => {
  // st.dataframe of [0.5, 3.99, -3.7, 1234567.891] with NumberColumn(format=...)
  const col = (fmt) => [0.5, 3.99, -3.7, 1234567.891].map((v) => cellText(v, fmt));
  assert.deepEqual(col('%d'), ['0', '3', '-3', '1234567']);
  assert.deepEqual(col('%,.1f'), ['0.5', '4.0', '-3.7', '1,234,567.9']);
  assert.deepEqual(col('%f'), ['0.5', '3.99', '-3.7', '1234567.891']);
  assert.deepEqual(col('%e'), ['5e-1', '3.99e+0', '-3.7e+0', '1.234567891e+6']);
  assert.deepEqual(col('%.2e'), ['5.00e-1', '3.99e+0', '-3.70e+0', '1.23e+6']);
  assert.deepEqual(col('%x'), ['0', '3', 'fffffffd', '12d687']);
  assert.deepEqual(col('%+d'), ['+0', '+3', '-3', '+1234567']);
  assert.deepEqual(col('%05d'), ['00000', '00003', '-0003', '1234567']);
  assert.deepEqual(col('%s'), ['0.5', '3.99', '-3.7', '1234567.891']);
  assert.deepEqual([0.5, 3.99].map((v) => cellText(v, '$%d')), ['$0', '$3']); // the docs' data_editor example
});

test('printf: sprintf-js\'s flags, padding and refusals', () => {
  assert.equal(printf('%5d|', 42), '   42|');
  assert.equal(printf('%-5d|', 42), '42   |');
  assert.equal(printf("%'*6.1f", 3.14159), '***3.1');
  assert.equal(printf('%+.1f', 2), '+2.0');
  assert.equal(printf('%.3g', 1234.5), '1230');
  assert.equal(printf('%i%%', 12.9), '12%');
  assert.equal(printf('%u', -1), '4294967295');
  assert.equal(printf('%o', 8), '10');
  assert.equal(printf('%b', 5), '101');
  assert.equal(printf('%X', 255), 'FF');
  assert.equal(printf('%.2s', 'abc'), 'ab');
  assert.equal(printf('%1$d and %1$d', 7), '7 and 7');
  assert.throws(() => printf('% d', 3), SyntaxError, 'a space is no flag of sprintf-js');
  assert.throws(() => printf('%(x)d', 3), SyntaxError);
  assert.throws(() => printf('%d %d', 3), TypeError, 'one value: a second number placeholder has none');
  assert.throws(() => printf('%d', 'abc'), TypeError);
  // the page's callers show the plain number instead, as 1.67's number input does
  assert.equal(numberInputText(3, { format: '% d' }), '3');
  assert.equal(cellText(3.5, '%d %d'), '3.5');
});
