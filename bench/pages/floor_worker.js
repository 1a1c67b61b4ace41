// Bare Pyodide, loaded the way tablit's worker loads it; then an echo.
import { loadPyodide } from '/dist/pyodide/pyodide.mjs';

const pyodide = await loadPyodide({ indexURL: '/dist/pyodide/', env: { HOME: '/home/pyodide' } });
pyodide.runPython('1 + 1');
self.onmessage = (e) => self.postMessage(e.data);
self.postMessage('ready');
