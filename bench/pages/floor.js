// The floors of the benchmark: bare Pyodide boot in a module worker (the same
// files from the same server as tablit), and postMessage round trips to it.
const worker = new Worker(`floor_worker.js${location.search}`, { type: 'module', name: 'floor' });
window.__floor = { worker };
worker.onmessage = (e) => {
  if (e.data === 'ready') {
    window.__floor.bootAt = performance.now();
    document.getElementById('state').textContent = 'ready';
  }
};
