// Streamlit's documentation chart apps in the browser (the Pyodide 0.27.7 fixture,
// no network; copies in tests/e2e/apps/docs-charts/, from streamlit/docs, Apache-2.0),
// served as one gallery: they draw as in 1.67, without Vega's console warnings, and
// mermaid diagrams travel as Markdown fences (st.mermaid_chart and st.markdown alike).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, docsGallery, shown, until } from './helpers.mjs';

const open = docsGallery('tests/e2e/apps/docs-charts', { before, after }, { pyodide: true });

test('charts.bar_chart and charts.line_chart draw without Vega warnings', { timeout: 400_000 }, async () => {
  for (const [name, figure, marks] of [['bar_chart', 'Bar chart', 'path'], ['line_chart', 'Line chart', 'path']]) {
    const page = await open(name);
    const logs = page.logs;
    const chart = page.getByRole('figure', { name: figure });
    await shown(chart.locator('svg'), BOOT_TIMEOUT * 4);
    await until(async () => (await chart.locator(`svg ${marks}`).count()) > 3, `${name}'s marks`);
    await shown(chart.getByText('a', { exact: true }).first()); // the legend: one entry per column
    // 1.67's greys, whatever the theme's text colour: grid lines gray30, axis labels gray70
    const greys = await chart.locator('svg').first().evaluate((svg) => ({
      grid: [...new Set([...svg.querySelectorAll('.role-axis-grid line')].map((l) => l.getAttribute('stroke')))],
      label: [...new Set([...svg.querySelectorAll('.role-axis-label text')].map((l) => l.getAttribute('fill')))],
    }));
    assert.deepEqual(greys, { grid: ['#e6eaf1'], label: ['#808495'] }, name);
    if (name === 'line_chart') {
      // hovering draws the highlighted point (the layer whose empty data warned before)
      const box = await chart.locator('svg').first().boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(500);
    assert.deepEqual(logs.filter((l) => /WARN|Infinite extent|Scale bindings/.test(l)), [], `${name}: ${logs.join('\n')}`);
    await page.close();
  }
});

test('mermaid: st.mermaid_chart and a fence in st.markdown are diagrams; a broken one says why', { timeout: 400_000 }, async () => {
  const page = await open('mermaid_chart');
    const logs = page.logs;
  const img = page.getByRole('img', { name: 'Mermaid flowchart' });
  await shown(img, BOOT_TIMEOUT * 4);
  await until(() => img.evaluate((el) => el.complete && el.naturalWidth > 200), 'the diagram image loaded');
  const box = await img.boundingBox();
  assert.ok(box.width > 300 && box.height > 80, `sized ${JSON.stringify(box)}`);
  const holder = page.getByTestId('stMermaidChart');
  await holder.hover();
  await shown(page.getByRole('button', { name: 'Download as PNG' }));
  await shown(page.getByRole('button', { name: 'Copy to clipboard' }));
  assert.equal(await page.locator('pre code.language-mermaid').count(), 0, 'the fence is not shown as code');
  assert.deepEqual(logs, []); // (no /favicon.ico either: the page has its icon inline)
  await page.close();

  const p2 = await open('markdown_mermaid');
  await shown(p2.getByRole('img', { name: 'Greeting' }), BOOT_TIMEOUT * 4);
  await shown(p2.getByText('Before the diagram.'));
  await shown(p2.getByText('After the diagram.'));
  await shown(p2.locator('pre code.language-python'), 30_000); // other fences stay code
  const error = p2.getByRole('alert').filter({ hasText: 'Mermaid diagram error:' });
  await shown(error, 60_000);
  await p2.close();
});

test('charts.pyplot: pyplot imported before streamlit draws with Agg (no `document` in the worker)', { timeout: 400_000 }, async () => {
  const page = await open('pyplot');
    const logs = page.logs;
  const img = page.locator('[data-testid=stImage] img').first();
  await shown(img, BOOT_TIMEOUT * 5);
  await until(() => img.evaluate((el) => el.complete && el.naturalWidth > 500), 'the figure (PNG at 200 dpi) loaded');
  assert.equal(await page.getByRole('alert').count(), 0, await page.locator('body').innerText());
  assert.deepEqual(logs.filter((l) => /ImportError|document/.test(l)), []);
  await page.close();
});

test('data.areachart_column: a stretched table fills its width; the toolbar shows on hover', { timeout: 400_000 }, async () => {
  const page = await open('areachart_column');
  const header = page.getByRole('columnheader', { name: /Sales \(last 6 months\)/ });
  await shown(header, BOOT_TIMEOUT * 5);
  const grid = page.getByRole('grid');
  await until(async () => {
    const [g, h] = [await grid.boundingBox(), await header.boundingBox()];
    return Math.abs(g.width - h.width) <= 4; // one column, medium (200 px), grown to the frame as 1.67's
  }, 'the column fills the table');
  const tools = page.getByRole('toolbar', { name: 'Table actions' });
  const opacity = () => tools.evaluate((el) => Number(getComputedStyle(el).opacity));
  await page.mouse.move(5, 5);
  await until(async () => (await opacity()) === 0, 'the toolbar hidden away from the table');
  await grid.hover();
  await until(async () => (await opacity()) === 1, 'the toolbar shown over the table');
  await page.close();
});

test('metric.example5: chart_data draws a line, an area and a bar sparkline', { timeout: 400_000 }, async () => {
  const page = await open('metric_charts');
  const charts = page.getByTestId('stMetricChart');
  await shown(charts.first(), BOOT_TIMEOUT * 5);
  assert.equal(await charts.count(), 3);
  assert.equal(await charts.nth(0).locator('polyline').count(), 1);
  assert.equal(await charts.nth(1).locator('polygon').count(), 1);
  assert.equal(await charts.nth(2).locator('line').count(), 20);
  // as 1.67 draws them: 3.5rem tall, the bordered card's whole width (to its border), 1.5rem above its bottom
  const box = await charts.nth(0).boundingBox();
  const card = await page.getByTestId('stMetric').first().boundingBox();
  assert.equal(Math.round(box.height), 56);
  assert.equal(Math.round(box.width), Math.round(card.width) - 2, `the card's width (${box.width} in ${card.width})`);
  assert.equal(Math.round(card.y + card.height - (box.y + box.height)), 25);
  // the area is filled with the delta's background tone, the line in its line tone; the arrow is 1.67's 14 px ArrowUpward
  const tones = await page.getByTestId('stMetric').nth(1).evaluate((m) => {
    const cs = (sel, prop) => getComputedStyle(m.querySelector(sel))[prop];
    return [cs('[data-testid=stMetricDelta]', 'backgroundColor'), cs('polygon', 'fill'), cs('[data-testid=stMetricDelta]', 'color'), cs('polyline', 'stroke')];
  });
  assert.deepEqual(tones, ['rgb(241, 251, 246)', 'rgb(241, 251, 246)', 'rgb(12, 90, 68)', 'rgb(7, 148, 100)']);
  const arrow = page.getByTestId('stMetricDeltaIcon-Up').first();
  assert.equal(Math.round((await arrow.boundingBox()).width), 14);
  assert.equal(Math.round((await page.getByTestId('stMetricDelta').first().boundingBox()).height), 23);
  await page.close();
});

test('charts.line_chart1 (x, y and color): the y axis and its title start at the chart\'s left edge, as 1.67 lays them out', { timeout: 400_000 }, async () => {
  const page = await open('line_chart_xy');
  const chart = page.getByRole('figure', { name: 'Line chart' });
  await shown(chart.locator('svg .role-axis-title'), BOOT_TIMEOUT * 4);
  await page.waitForTimeout(300);
  const gap = await chart.locator('svg').first().evaluate((svg) => {
    const title = [...svg.querySelectorAll('.role-axis-title text')].find((t) => t.textContent === 'col2');
    return title.getBoundingClientRect().left - svg.getBoundingClientRect().left;
  });
  // 1.67: the rotated title's ink begins 2.4 px left of the SVG (Vega's bound for it is the font
  // size); sized from one run only it began 6.6 px inside, and the plot was 9 px narrower
  assert.ok(gap < 0, `the y title begins ${gap} px from the chart's left edge`);
  await page.close();
});

test('vconcat_stretch: a stretched vertical concatenation takes the container\'s width, as 1.67 draws it (its charts\' own 300 px aside)', { timeout: 400_000 }, async () => {
  const page = await open('vconcat_stretch');
  const chart = page.getByRole('figure', { name: 'Two panels' });
  const svg = chart.locator('svg').first();
  await shown(svg, BOOT_TIMEOUT * 4);
  await until(async () => (await chart.locator('svg .role-axis-grid').count()) >= 2, 'both panels');
  await page.waitForTimeout(300);
  const [frame, drawn] = await Promise.all([chart.boundingBox(), svg.boundingBox()]);
  assert.ok(frame.width > 600, `the frame is ${frame.width} px`);
  assert.ok(Math.abs(drawn.width - frame.width) <= 2, `the chart is ${drawn.width} px wide in a ${frame.width} px frame`);
  await page.close();
});

test('st.tabs (the docs example): every panel is on the page, the others hidden and inert; a chart or a table in a hidden tab draws at full width once selected (1.67)', { timeout: 400_000 }, async () => {
  const page = await open('layout_tabs');
  const chart = page.getByRole('figure', { name: 'Line chart' });
  await shown(chart.locator('svg'), BOOT_TIMEOUT * 4);
  // the Data tab's panel is drawn already, hidden: its subheader is on the page, not visible
  const panels = page.getByTestId('stTabPanel');
  assert.equal(await panels.count(), 2);
  assert.equal(await page.getByRole('tabpanel').count(), 1);
  assert.equal(await page.getByText('A tab with the data').count(), 1);
  assert.equal(await page.getByText('A tab with the data').isVisible(), false);
  assert.equal(await panels.nth(1).getAttribute('data-st-inactive'), '');
  await page.getByRole('tab', { name: '🗃 Data' }).click();
  await shown(page.getByText('A tab with the data'));
  await shown(page.getByRole('tabpanel').getByTestId('stDataFrame'));
  assert.deepEqual(await panels.evaluateAll((ps) => ps.map((p) => [p.hidden, p.inert])), [[true, true], [false, false]]);
  assert.equal(await chart.isVisible(), false);
  await page.getByRole('tab', { name: '📈 Chart' }).click();
  await shown(chart.locator('svg'));
  await page.close();

  const hidden = await open('tabs_chart_hidden');
  await shown(hidden.getByText('Pick a tab'), BOOT_TIMEOUT * 4);
  const wide = (await hidden.getByRole('tabpanel').boundingBox()).width;
  await hidden.getByRole('tab', { name: 'Chart' }).click();
  const line = hidden.getByRole('figure', { name: 'Line chart' });
  await shown(line.locator('svg'));
  await until(async () => (await line.locator('svg').first().boundingBox()).width > wide * 0.8, 'the chart at its panel\'s width');
  await hidden.getByRole('tab', { name: 'Table' }).click();
  const grid = hidden.getByRole('tabpanel').getByTestId('stDataFrame');
  await shown(grid.getByText('Lima'));
  assert.ok((await grid.boundingBox()).width > 100, 'the table drawn with a width');
  assert.deepEqual(hidden.errors, []);
  await hidden.close();
});
