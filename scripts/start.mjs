// `npm start`: builds what is stale, starts the platform on its embedded
// defaults (PGlite in ./data, MQTT 1883, HTTP 8080) and a small demo fleet
// from the simulator, and stops both on Ctrl-C.
//   DEMO_FLEET=0 npm start      the platform alone (and no demo accounts)
//   npm start -- --source       from the TypeScript sources under tsx, no build (the dashboard is served if built)
//   HTTP_PORT, MQTT_PORT, DATABASE_URL, DATA_DIR … as the platform documents (--print-config)
//   LOG_LEVEL=info npm start   the platform's whole log, as it writes it (LOG_FORMAT=pretty unless set)
// With the demo accounts on, the platform listens on 127.0.0.1 only unless HTTP_HOST/MQTT_HOST/COAP_HOST say otherwise.
//
// The console stays quiet: the platform's log is read here (JSON lines) and only what a person
// needs is printed: warnings and errors in one line each, the text messages the development SMS
// sender would have sent (an owner's sign-in code), and the banner saying where to sign in.
// Requests, registrations and presence changes are not printed (LOG_LEVEL=info shows them).
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = new URL('..', import.meta.url).pathname;
const httpPort = process.env.HTTP_PORT ?? '8080';
const mqttPort = process.env.MQTT_PORT ?? '1883';
const demo = process.env.DEMO_FLEET !== '0';
const fromSource = process.argv.includes('--source');
/** A child still running this long after the stop began is killed (the platform gives up by itself after 20 s). */
const STOP_DEADLINE_MS = 25_000;

function newest(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => !f.includes('node_modules'))
    .reduce((t, f) => Math.max(t, statSync(f).mtimeMs), 0);
}

/** node's arguments for a package's entry: its build, or its source under tsx. */
function entry(pkg, name) {
  return fromSource ? ['--conditions=source', '--import', 'tsx', join(root, pkg, 'src', `${name}.ts`)] : [join(root, pkg, 'dist', `${name}.js`)];
}

const outputs = ['broker/dist/server.js', 'device-sim/dist/cli.js', 'dashboard/dist/index.html'].map((f) => join(root, f));
const sources = ['firmware-protocol/src', 'firmware-protocol/proto', 'ingest/src', 'ingest/migrations', 'broker/src', 'device-sim/src', 'dashboard/src'].map((d) => join(root, d));
const builtAt = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
if (!fromSource && (builtAt === 0 || Math.max(...sources.map(newest)) > builtAt)) {
  console.log('building (first start, or sources changed)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

// The demo comes with demo accounts of every role (marked as demo in the dashboard); the simulator signs in as demo-admin.
// Asked for the whole log (LOG_LEVEL or LOG_FORMAT set): it is shown as the platform writes it.
const wholeLog = process.env.LOG_LEVEL !== undefined || process.env.LOG_FORMAT !== undefined;
const env = {
  ...process.env,
  HTTP_PORT: httpPort,
  MQTT_PORT: mqttPort,
  ...(wholeLog ? { LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty' } : { LOG_FORMAT: 'json', LOG_LEVEL: 'info' }),
  ...(demo ? { DEMO_USERS: process.env.DEMO_USERS ?? '1' } : {}),
};
const demoUsers = ['1', 'true', 'yes', 'on'].includes((env.DEMO_USERS ?? '').toLowerCase());
// As the platform resolves an empty host (broker/src/config.ts).
const hostOf = (name) => env[name] || (demoUsers ? '127.0.0.1' : '0.0.0.0');
const httpHost = hostOf('HTTP_HOST');
const local = (host) => (host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host);

// Each child has its own process group (detached), so a Ctrl-C reaches only this script, and the
// children get exactly one SIGTERM from it: the terminal's SIGINT, npm's forwarded copy and ours
// would otherwise all reach the platform.
const children = [];
function run(args, childEnv, stdout = 'inherit') {
  const child = spawn(process.execPath, args, { cwd: root, env: childEnv, stdio: ['ignore', stdout, 'inherit'], detached: true });
  children.push(child);
  return child;
}
const running = (c) => c.exitCode === null && c.signalCode === null;
const platform = run(entry('broker', 'server'), env, wholeLog ? 'inherit' : 'pipe');

const LEVEL = { 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const time = (ms) => new Date(ms).toTimeString().slice(0, 8);
/** The first administrator's password, logged once at the first start: the banner repeats it. */
let adminPassword = null;
/** A line of the platform's log as a person reads it, or null when it is not for the console. */
function forConsole(entry) {
  if (entry.component === 'sms') return `${time(entry.time)} SMS to ${entry.to} (console sender, not sent): ${entry.text}`;
  if (entry.msg?.startsWith('first administrator created')) adminPassword = entry.password;
  // The banner says these.
  if (entry.msg?.startsWith('demo accounts are enabled') || entry.msg?.startsWith('first administrator created')) return null;
  if (!(entry.level >= 40)) return null;
  const { level, time: at, msg, pid: _p, hostname: _h, service: _s, err, ...rest } = entry;
  const fields = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return `${time(at)} ${LEVEL[level] ?? level} ${msg}${fields.length ? `  ${fields.join(' ')}` : ''}${err?.stack ? `\n${err.stack}` : ''}`;
}
if (!wholeLog) {
  createInterface({ input: platform.stdout }).on('line', (line) => {
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return console.log(line);
    }
    const said = forConsole(entry);
    if (said) console.log(said);
  });
}

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children.slice().reverse()) if (running(c)) c.kill('SIGTERM');
  const deadline = setTimeout(() => {
    console.error(`still running ${STOP_DEADLINE_MS / 1000} s after the stop: killed`);
    for (const c of children) if (running(c)) c.kill('SIGKILL');
  }, STOP_DEADLINE_MS);
  const wait = setInterval(() => {
    if (children.some(running)) return;
    clearInterval(wait);
    clearTimeout(deadline);
    process.exit(code ?? (platform.exitCode === 0 ? 0 : 1));
  }, 100);
}
// A signal while stopping changes nothing: one Ctrl-C arrives twice under npm (the terminal's and npm's copy).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(null));
platform.on('exit', (code) => stopAll(code ?? 1));
// If this script fails, its detached children must not outlive it.
process.on('exit', () => children.filter(running).forEach((c) => c.kill('SIGTERM')));

async function ready() {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      if ((await fetch(`http://${local(httpHost)}:${httpPort}/readyz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

if ((await ready()) && !stopping) {
  if (demo) {
    run(
      [
        ...entry('device-sim', 'cli'),
        '--stations',
        '20',
        '--pillars',
        '6',
        '--interval',
        '10',
        '--churn',
        '0.05',
        '--api',
        `http://${local(httpHost)}:${httpPort}`,
        '--mqtt-host',
        local(hostOf('MQTT_HOST')),
        '--mqtt-port',
        mqttPort,
        '--fleet-file',
        join(process.env.DATA_DIR ?? join(root, 'data'), 'demo-fleet.json'),
      ],
      { WATCHPOST_USER: 'demo-admin', WATCHPOST_PASSWORD: 'demo-admin-pass', ...env, LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty', LOG_LEVEL: process.env.SIM_LOG_LEVEL ?? 'warn' },
    );
  }
  const onlyHere = demoUsers && [httpHost, hostOf('MQTT_HOST'), hostOf('COAP_HOST')].every((h) => h.startsWith('127.'));
  const lines = [
    '',
    '  Watchpost is running',
    `    sign in    http://localhost:${httpPort}/   (the dashboard)`,
    `    API docs   http://localhost:${httpPort}/api/docs`,
    `    MQTT       localhost:${mqttPort}  (devices: see firmware-protocol/PROTOCOL.md)`,
  ];
  if (adminPassword) lines.push(`    administrator: admin, password ${adminPassword}  (shown this once: change it after signing in)`);
  if (demoUsers) {
    lines.push(
      '    demo accounts (demo only): demo-operator, demo-police, demo-installer, demo-admin, password demo-<role>-pass',
      '    e-bike owner: phone 13800000000; the sign-in code is printed below, as a line "SMS to 138****0000 …"',
      '      (the development SMS sender writes text messages here instead of sending them)',
    );
  }
  lines.push(
    demo ? '    demo fleet: 20 base stations and 6 alarm pillars from the simulator (DEMO_FLEET=0 to skip)' : '    no demo fleet (DEMO_FLEET=0); the administrator is ADMIN_USERNAME (default admin)',
  );
  lines.push(
    onlyHere
      ? `  listening on this machine only (${httpHost}) while the demo accounts are on; for the network:\n      HTTP_HOST=0.0.0.0 MQTT_HOST=0.0.0.0 COAP_HOST=0.0.0.0 npm start   (the demo passwords are public)`
      : `  listening on HTTP ${httpHost}, MQTT ${hostOf('MQTT_HOST')}, CoAP ${hostOf('COAP_HOST')}`,
  );
  lines.push(wholeLog ? "  the platform's whole log follows" : '  only warnings, errors and text messages are printed here (LOG_LEVEL=info npm start for the whole log)');
  console.log(`${lines.join('\n')}
  Ctrl-C stops everything.
`);
}
