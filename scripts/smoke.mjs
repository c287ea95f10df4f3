// Runs the docker-compose services' own commands natively (no Docker engine
// here), then walks the PROTOCOL.md recipe through them with the real tools a
// firmware author uses: curl's job done by fetch through the dashboard
// server's proxy, protoc --encode, mosquitto_pub, coap-client-notls. Its scratch files go to a
// temporary folder, as the recipe's do. Needs a build (npm run build), protoc, mosquitto_pub and
// coap-client-notls; uses DATABASE_URL when set, else a temporary PGlite.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
// ${VAR:-default} as compose reads it: inside the parsed values (so `KEY: ${VAR:-}` is an empty string, not YAML's null),
// from the environment (here: empty, as on a fresh deployment without .env).
const interpolate = (value) =>
  typeof value === 'string'
    ? value.replace(/\$\{(\w+):-([^}]*)\}/g, (_, name, fallback) => process.env[`SMOKE_${name}`] || fallback)
    : Array.isArray(value)
      ? value.map(interpolate)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v)]))
        : value;
const compose = interpolate(parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')));
const tmp = mkdtempSync(join(tmpdir(), 'wp-smoke-'));
const children = [];

function start(name, service, env, readyMsg) {
  const [cmd, ...args] = service.command;
  const child = spawn(cmd === 'node' ? process.execPath : cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready in 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.level >= 40) console.log(`  ${name}: ${entry.code ?? ''} ${entry.msg}`);
      if (entry.msg === readyMsg) {
        clearTimeout(timer);
        resolve(entry);
      }
    });
  });
}

function check(what, ok) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) process.exitCode = 1;
}

try {
  // DEMO_USERS: the recipe signs in with npm start's demo installer.
  const platformEnv = {
    ...compose.services.platform.environment,
    HTTP_PORT: '0',
    MQTT_PORT: '0',
    COAP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    MQTT_HOST: '127.0.0.1',
    COAP_HOST: '127.0.0.1',
    DEMO_USERS: '1',
  };
  if (process.env.DATABASE_URL) {
    platformEnv.DATABASE_URL = process.env.DATABASE_URL;
    platformEnv.TIMESCALEDB = 'auto'; // Debian's PostgreSQL has no TimescaleDB
  } else {
    delete platformEnv.DATABASE_URL;
    delete platformEnv.TIMESCALEDB;
    platformEnv.DATA_DIR = join(tmp, 'data');
  }
  const platform = await start('platform', compose.services.platform, platformEnv, 'platform ready');
  const dashboard = await start(
    'dashboard',
    compose.services.dashboard,
    { ...compose.services.dashboard.environment, PLATFORM_URL: `http://127.0.0.1:${platform.httpPort}`, DASHBOARD_PORT: '0', DASHBOARD_HOST: '127.0.0.1' },
    'dashboard ready',
  );
  const web = `http://127.0.0.1:${dashboard.port}`;
  console.log(`platform: MQTT ${platform.mqttPort}, CoAP ${platform.coapPort}, HTTP ${platform.httpPort}; dashboard: ${dashboard.port}`);

  const page = await fetch(`${web}/`);
  check('the dashboard server serves the app', page.ok && (await page.text()).includes('<div id="app"'));

  // PROTOCOL.md, "Try it by hand", step by step.
  const login = await fetch(`${web}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-installer', password: 'demo-installer-pass' }),
  });
  const { csrfToken } = await login.json();
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  check('0. sign in as the demo installer through the dashboard proxy (session cookie and CSRF token)', login.ok && /^wp_session=/.test(cookie) && Boolean(csrfToken));
  const reg = await fetch(`${web}/api/v1/devices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ kind: 'station', name: 'Bench', lat: 32.99, lon: 118.53 }),
  });
  const { device, secret } = await reg.json();
  check(`1. register a station through the dashboard proxy (${device?.id})`, reg.status === 201 && /^[0-9a-f]{32}$/.test(secret));
  const text = `device_id: "${device.id}" seq: 1 device_time_ms: ${Date.now()} station_heartbeat { tags_heard: 3 backhaul: BACKHAUL_TYPE_ETHERNET interval_s: 60 firmware_version: "bench" }`;
  const frame = execFileSync('protoc', ['--encode=watchpost.v1.Uplink', '-I', join(root, 'firmware-protocol/proto'), 'watchpost/v1/uplink.proto'], { input: text });
  writeFileSync(join(tmp, 'heartbeat.bin'), frame);
  check(`2. protoc --encode makes a ${frame.length}-byte frame`, frame.length > 20);
  const pub = (password) =>
    spawnSync(
      'mosquitto_pub',
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(platform.mqttPort),
        '-V',
        'mqttv311',
        '-i',
        device.id,
        '-u',
        device.id,
        '-P',
        password,
        '-q',
        '1',
        '-t',
        `wp/v1/station/${device.id}/up`,
        '-f',
        join(tmp, 'heartbeat.bin'),
        '-d',
      ],
      { encoding: 'utf8' },
    );
  const ok = pub(secret);
  check('3. mosquitto_pub -q 1 gets its PUBACK', ok.status === 0 && /received PUBACK/.test(ok.stdout));
  const after = await (await fetch(`${web}/api/v1/devices/${device.id}`, { headers: { cookie } })).json();
  check(`4. the station is online (${after.device.presence})`, after.device.presence === 'online');
  const refused = pub('0'.repeat(32));
  check('a wrong secret is refused', refused.status !== 0 && /not authori[sz]ed|bad user name or password/i.test(refused.stderr + refused.stdout));

  // The recipe's CoAP part: the golden vector signed with a MAC, its device registered with the vector's secret.
  const vectors = JSON.parse(readFileSync(join(root, 'firmware-protocol/vectors/uplink.json'), 'utf8'));
  const signed = vectors.valid.find((v) => v.name.startsWith('station heartbeat signed with a MAC'));
  const signedId = signed.topic.split('/')[3];
  const regSigned = await fetch(`${web}/api/v1/devices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ kind: 'station', id: signedId, secret: signed.secret }),
  });
  check(`5. register ${signedId} with the vector's secret`, regSigned.status === 201);
  const post = (bytes) => {
    writeFileSync(join(tmp, 'signed.bin'), bytes);
    const r = spawnSync('coap-client-notls', ['-m', 'post', '-f', join(tmp, 'signed.bin'), '-v', '6', `coap://127.0.0.1:${platform.coapPort}/${signed.topic}`], { encoding: 'utf8', timeout: 30_000 });
    return `${r.stdout}${r.stderr}`;
  };
  const frameBytes = Buffer.from(signed.hex, 'hex');
  check('6. coap-client-notls posts it: 2.04', /c:2\.04/.test(post(frameBytes)));
  frameBytes[frameBytes.length - 1] ^= 0xff; // a byte of the MAC
  check('a flipped MAC byte is refused: 4.01', /c:4\.01/.test(post(frameBytes)));
} catch (err) {
  console.error(`FAIL ${err.message}`);
  process.exitCode = 1;
} finally {
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
  rmSync(tmp, { recursive: true, force: true });
}
