// tablit serve's recorded first runs (web/serve/first_runs.js): what a page may post.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FirstRuns } from '../../web/serve/first_runs.js';

/** A POST as node's http server hands it over: headers, url, the body in chunks. */
function post(body, { origin = 'http://127.0.0.1:8501', v = 1, type = 'application/json' } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    headers: { host: '127.0.0.1:8501', origin, 'content-type': type },
    url: `/__tablit/first_render?v=${v}`,
    async *[Symbol.asyncIterator]() { yield text; },
  };
}

const render = (children) => ({ type: 'render', tree: { main: { kind: 'block', children } } });

test('a first run that ended in an exception is declined without an error status, and not kept', async () => {
  const runs = new FirstRuns();
  const failing = render([{ kind: 'exception', props: { type: 'RuntimeError', message: 'boom' } }]);
  const [status, text] = await runs.take(post(failing));
  assert.equal(status, 200, 'a 4xx would be a console error in the page of every app whose first run fails');
  assert.match(text, /^not kept: the app raised RuntimeError: boom/);
  assert.equal(runs.render, null);
});

test('a clean first run is kept; forged, stale and malformed posts are refused', async () => {
  const runs = new FirstRuns();
  assert.deepEqual(await runs.take(post(render([]), { origin: 'http://evil.example' })), [403, 'the first run must be posted by a page of this server\n']);
  assert.equal((await runs.take(post(render([]), { type: 'text/plain' })))[0], 415);
  assert.equal((await runs.take(post(render([]), { v: 7 })))[0], 409);
  assert.equal((await runs.take(post('{nope')))[0], 400);
  assert.equal(runs.render, null);
  const ok = render([{ kind: 'markdown', props: { body: 'hi' } }]);
  assert.deepEqual(await runs.take(post(ok)), [204, '']);
  assert.deepEqual(runs.render, ok);
  runs.invalidate();
  assert.equal(runs.render, null);
  assert.equal((await runs.take(post(ok)))[0], 409, 'posted with the version before the change');
});
