/**
 * A lean MQTT load generator (one process): raw TCP sockets and mqtt-packet,
 * no client library in the way. Connects its devices, waits for `startAt`,
 * then publishes QoS 1 station heartbeats for `durationMs`, either as fast as
 * `inflight` outstanding PUBLISHes per connection allow (closed loop), or at
 * `ratePerS` in total (open loop). Prints one JSON line with its figures.
 * Config: the file in env CONFIG_FILE (harness configEnv).
 */
import { connect, type Socket } from 'node:net';
import mqttPacket from 'mqtt-packet';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { readConfig } from './harness.js';
import { Reservoir } from './stats.js';

interface Config {
  port: number;
  devices: { id: string; secret: string }[];
  startAt: number;
  durationMs: number;
  inflight: number;
  ratePerS: number;
  firstSeq: number;
}

const config = readConfig<Config>();
const latencies = new Reservoir();
let sent = 0;
let acked = 0;
let running = false;

class Connection {
  private readonly socket: Socket;
  private readonly parser = mqttPacket.parser({ protocolVersion: 4 });
  private readonly sentAt = new Map<number, number>();
  private nextId = 1;
  private seq: number;
  private readonly topic: string;
  ready: Promise<void>;

  constructor(private readonly device: { id: string; secret: string }) {
    this.seq = config.firstSeq;
    this.topic = uplinkTopic('station', device.id);
    this.socket = connect(config.port, '127.0.0.1');
    this.socket.setNoDelay(true);
    this.socket.on('data', (d) => this.parser.parse(d));
    this.socket.on('error', () => {});
    this.ready = new Promise((resolve, reject) => {
      this.parser.on('packet', (p) => {
        if (p.cmd === 'connack') return p.returnCode === 0 ? resolve() : reject(new Error(`CONNACK ${p.returnCode} for ${device.id}`));
        if (p.cmd === 'puback') this.onPuback(p.messageId!);
      });
      this.socket.once('close', () => reject(new Error(`connection of ${device.id} closed`)));
    });
    this.socket.write(
      mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: device.id, username: device.id, password: Buffer.from(device.secret), keepalive: 600 }),
    );
  }

  get outstanding(): number {
    return this.sentAt.size;
  }

  publish(): void {
    const id = this.nextId;
    this.nextId = this.nextId === 65535 ? 1 : this.nextId + 1;
    const payload = Buffer.from(
      encodeUplink({
        deviceId: this.device.id,
        seq: ++this.seq,
        deviceTimeMs: Date.now(),
        body: { type: 'stationHeartbeat', tagsHeard: 5, backhaul: 'BACKHAUL_TYPE_ETHERNET', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: 'bench', uptimeS: this.seq },
      }),
    );
    this.sentAt.set(id, performance.now());
    this.socket.write(mqttPacket.generate({ cmd: 'publish', qos: 1, messageId: id, topic: this.topic, payload, dup: false, retain: false }));
    sent++;
  }

  private onPuback(id: number): void {
    const at = this.sentAt.get(id);
    if (at === undefined) return;
    this.sentAt.delete(id);
    acked++;
    latencies.add(performance.now() - at);
    if (running && config.ratePerS === 0) this.publish();
  }

  close(): void {
    this.socket.end(mqttPacket.generate({ cmd: 'disconnect' }));
  }
}

const connections = config.devices.map((d) => new Connection(d));
await Promise.all(connections.map((c) => c.ready));
await new Promise((r) => setTimeout(r, Math.max(0, config.startAt - Date.now())));

running = true;
const started = performance.now();
let ticker: NodeJS.Timeout | null = null;
if (config.ratePerS === 0) {
  for (const c of connections) for (let i = 0; i < config.inflight; i++) c.publish();
} else {
  // Open loop: every 2 ms, the messages due by now, round-robin over connections.
  let due = 0;
  let next = 0;
  ticker = setInterval(() => {
    due = ((performance.now() - started) / 1000) * config.ratePerS - sent;
    for (; due >= 1; due--) connections[next++ % connections.length]!.publish();
  }, 2);
}
await new Promise((r) => setTimeout(r, config.durationMs));
running = false;
if (ticker) clearInterval(ticker);
const elapsedMs = performance.now() - started;
const ackedInWindow = acked;
// Let outstanding PUBACKs arrive (not counted in the rate), then leave.
const drainUntil = Date.now() + 5_000;
while (connections.some((c) => c.outstanding > 0) && Date.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
connections.forEach((c) => c.close());
// Exit only once the (large) line is flushed: process.exit would cut a pipe write short.
process.stdout.write(`${JSON.stringify({ sent, acked: ackedInWindow, elapsedMs, latencies: latencies.values })}\n`, () => process.exit(0));
