// `npm start`: builds what is stale, starts the platform on its embedded
// defaults (PGlite in ./data, MQTT 1883, HTTP 8080) and a small demo fleet
// from the simulator, and stops both on Ctrl-C.
//   DEMO_FLEET=0 npm start      the platform alone (and no demo accounts)
//   HTTP_PORT, MQTT_PORT, DATABASE_URL, DATA_DIR … as the platform documents (--print-config)
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const httpPort = process.env.HTTP_PORT ?? '8080';
const mqttPort = process.env.MQTT_PORT ?? '1883';
const demo = process.env.DEMO_FLEET !== '0';

function newest(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => !f.includes('node_modules'))
    .reduce((t, f) => Math.max(t, statSync(f).mtimeMs), 0);
}

const outputs = ['broker/dist/server.js', 'device-sim/dist/cli.js', 'dashboard/dist/index.html'].map((f) => join(root, f));
const sources = ['firmware-protocol/src', 'firmware-protocol/proto', 'ingest/src', 'ingest/migrations', 'broker/src', 'device-sim/src', 'dashboard/src'].map((d) => join(root, d));
const builtAt = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
if (builtAt === 0 || Math.max(...sources.map(newest)) > builtAt) {
  console.log('building (first start, or sources changed)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

// The demo comes with demo accounts of every role (marked as demo in the dashboard); the simulator signs in as demo-admin.
const env = { ...process.env, HTTP_PORT: httpPort, MQTT_PORT: mqttPort, LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty', ...(demo ? { DEMO_USERS: process.env.DEMO_USERS ?? '1' } : {}) };
const children = [];
const platform = spawn(process.execPath, [join(root, 'broker/dist/server.js')], { cwd: root, env, stdio: 'inherit' });
children.push(platform);

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children.slice().reverse()) if (c.exitCode === null) c.kill('SIGTERM');
  const done = () => children.every((c) => c.exitCode !== null || c.signalCode !== null);
  const wait = setInterval(() => {
    if (done()) {
      clearInterval(wait);
      process.exit(code);
    }
  }, 100);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
platform.on('exit', (code) => stopAll(code ?? 1));

async function ready() {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${httpPort}/readyz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

if (await ready()) {
  if (demo) {
    const sim = spawn(
      process.execPath,
      [join(root, 'device-sim/dist/cli.js'), '--stations', '20', '--pillars', '6', '--interval', '10', '--churn', '0.05', '--api', `http://127.0.0.1:${httpPort}`, '--mqtt-port', mqttPort, '--fleet-file', join(process.env.DATA_DIR ?? join(root, 'data'), 'demo-fleet.json')],
      { cwd: root, env: { WATCHPOST_USER: 'demo-admin', WATCHPOST_PASSWORD: 'demo-admin-pass', ...env, LOG_LEVEL: process.env.SIM_LOG_LEVEL ?? 'info' }, stdio: 'inherit' },
    );
    children.push(sim);
  }
  console.log(`
  Watchpost is running
    dashboard  http://localhost:${httpPort}/
    API docs   http://localhost:${httpPort}/api/docs
    MQTT       localhost:${mqttPort}  (devices: see firmware-protocol/PROTOCOL.md)
    ${demo ? `demo fleet: 20 base stations and 6 alarm pillars from the simulator (DEMO_FLEET=0 to skip)
    demo accounts (demo only): demo-operator, demo-police, demo-installer, demo-admin,
      password demo-<role>-pass; an owner signs in with phone 13800000000 (the code
      is printed in this log: the development SMS sender writes to the console)` : 'no demo fleet (DEMO_FLEET=0); the administrator is ADMIN_USERNAME (default admin)'}
  Ctrl-C stops everything.
`);
}
