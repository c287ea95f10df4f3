/**
 * A lean CoAP load generator (one process, one UDP socket): confirmable POSTs
 * of MAC-signed tag heartbeats, `inflight` outstanding at a time, for
 * `durationMs` after `startAt`; counts 2.04 responses and their latency.
 * Prints one JSON line. Config: the file in env CONFIG_FILE (harness configEnv).
 */
import { createSocket } from 'node:dgram';
import { generate, parse } from 'coap-packet';
import { deriveMacKey, encodeUplink } from '@watchpost/firmware-protocol';
import { readConfig } from './harness.js';
import { Reservoir } from './stats.js';

interface Config {
  port: number;
  devices: { id: string; secret: string }[];
  startAt: number;
  durationMs: number;
  inflight: number;
  firstSeq: number;
}

const config = readConfig<Config>();
const socket = createSocket('udp4');
const latencies = new Reservoir();
const pending = new Map<number, number>();
const devices = config.devices.map((d) => ({ ...d, key: deriveMacKey(d.secret, d.id), seq: config.firstSeq, path: ['wp', 'v1', 'tag', d.id, 'up'] }));
let messageId = Math.floor(Math.random() * 60_000);
let token = 0;
let nextDevice = 0;
let ok = 0;
let other = 0;
let running = false;

function send(): void {
  const d = devices[nextDevice++ % devices.length]!;
  const payload = Buffer.from(
    encodeUplink({ deviceId: d.id, seq: ++d.seq, deviceTimeMs: Date.now(), body: { type: 'tagHeartbeat', batteryMv: 3600, intervalS: 300, signalDbm: -100, firmwareVersion: 'bench' } }, d.key),
  );
  messageId = (messageId + 1) & 0xffff;
  const t = ++token;
  const tokenBytes = Buffer.alloc(4);
  tokenBytes.writeUInt32BE(t >>> 0);
  pending.set(t >>> 0, performance.now());
  socket.send(
    generate({ messageId, token: tokenBytes, code: '0.02', confirmable: true, options: d.path.map((p) => ({ name: 'Uri-Path', value: Buffer.from(p) })), payload }),
    config.port,
    '127.0.0.1',
  );
}

socket.on('message', (data) => {
  const packet = parse(data);
  if (packet.token.length !== 4) return; // an empty ACK before a separate response
  const t = packet.token.readUInt32BE(0);
  const at = pending.get(t);
  if (at === undefined) return;
  pending.delete(t);
  if (packet.code === '2.04') {
    ok++;
    latencies.add(performance.now() - at);
  } else other++;
  if (packet.confirmable) socket.send(generate({ messageId: packet.messageId, code: '0.00', ack: true }), config.port, '127.0.0.1');
  if (running) send();
});

await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
await new Promise((r) => setTimeout(r, Math.max(0, config.startAt - Date.now())));
running = true;
const started = performance.now();
for (let i = 0; i < config.inflight; i++) send();
await new Promise((r) => setTimeout(r, config.durationMs));
running = false;
const elapsedMs = performance.now() - started;
const okInWindow = ok;
await new Promise((r) => setTimeout(r, 2_000));
socket.close();
// Exit only once the (large) line is flushed: process.exit would cut a pipe write short.
process.stdout.write(`${JSON.stringify({ ok: okInWindow, other, lost: pending.size, elapsedMs, latencies: latencies.values })}\n`, () => process.exit(0));
