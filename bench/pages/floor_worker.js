// Bare Pyodide, loaded the way tablit's worker loads it; then an echo.
import { loadPyodide } from '/dist/pyodide/pyodide.mjs';

const pyodide = await loadPyodide({ indexURL: '/dist/pyodide/', env: { HOME: '/home/pyodide' } });
pyodide.runPython('1 + 1');
// ?packages=numpy,pandas: then loadPackage of those (the floor of a pandas app's cold start)
const packages = new URL(self.location.href).searchParams.get('packages');
if (packages) await pyodide.loadPackage(packages.split(','), { messageCallback: () => {} });
// ?import=numpy,pandas: and import them (what any app using them does first)
const imports = new URL(self.location.href).searchParams.get('import');
if (imports) pyodide.runPython(`import ${imports}`);
self.onmessage = (e) => self.postMessage(e.data);
self.postMessage('ready');
