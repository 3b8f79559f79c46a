// `npm start`: runs the built API with the flags of api-node-flags.js and exits with the API's exit code.
// The API runs in its own process group and gets each signal exactly once, from here: Ctrl-C reaches this process
// from both the terminal and npm, and a second SIGINT would cut the API's graceful shutdown short.
const { spawn } = require('node:child_process');
const path = require('node:path');
const flags = require('./api-node-flags');

const main = path.join(__dirname, '../../dist/apps/api/main.js');
const api = spawn(process.execPath, [...flags, main, ...process.argv.slice(2)], { stdio: 'inherit', detached: true });
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (forwarded) return;
    forwarded = true;
    api.kill(signal);
  });
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
