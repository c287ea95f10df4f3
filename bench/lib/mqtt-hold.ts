/**
 * Holds many device connections open with periodic QoS 1 heartbeats, on raw
 * sockets (a client library per connection would cost the generator more than
 * the broker). Ramps up at `connectPerS`, prints a JSON status line every
 * second until SIGTERM. Config: the file in env CONFIG_FILE (harness configEnv).
 */
import { connect, type Socket } from 'node:net';
import mqttPacket from 'mqtt-packet';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { readConfig } from './harness.js';

interface Config {
  port: number;
  devices: { id: string; secret: string }[];
  intervalS: number;
  connectPerS: number;
}

const config = readConfig<Config>();
let connected = 0;
let acked = 0;
let closed = 0;
let retried = 0;
const errors: Record<string, number> = {};

function hold(device: { id: string; secret: string }): void {
  const socket: Socket = connect(config.port, '127.0.0.1');
  let up = false;
  let timer: NodeJS.Timeout | undefined;
  const parser = mqttPacket.parser({ protocolVersion: 4 });
  let seq = 0;
  let messageId = 0;
  const beat = () => {
    const payload = Buffer.from(
      encodeUplink({
        deviceId: device.id,
        seq: ++seq,
        deviceTimeMs: Date.now(),
        body: { type: 'stationHeartbeat', tagsHeard: 0, backhaul: 'BACKHAUL_TYPE_CELLULAR', backhaulRssiDbm: -80, intervalS: config.intervalS, firmwareVersion: 'hold', uptimeS: seq },
      }),
    );
    messageId = (messageId % 65535) + 1;
    socket.write(mqttPacket.generate({ cmd: 'publish', qos: 1, messageId, topic: uplinkTopic('station', device.id), payload, dup: false, retain: false }));
  };
  parser.on('packet', (p) => {
    if (p.cmd === 'connack' && p.returnCode === 0) {
      connected++;
      up = true;
      beat();
      timer = setInterval(beat, config.intervalS * 1000 * (0.9 + Math.random() * 0.2));
    } else if (p.cmd === 'puback') acked++;
  });
  socket.on('data', (d) => parser.parse(d));
  socket.on('error', (err: NodeJS.ErrnoException) => (errors[err.code ?? err.message] = (errors[err.code ?? err.message] ?? 0) + 1));
  socket.on('close', () => {
    closed++;
    clearInterval(timer);
    if (up) connected--;
    // As a device does: try again a few seconds later.
    retried++;
    setTimeout(() => hold(device), 2_000 + Math.random() * 3_000);
  });
  socket.write(
    mqttPacket.generate({
      cmd: 'connect',
      protocolId: 'MQTT',
      protocolVersion: 4,
      clean: true,
      clientId: device.id,
      username: device.id,
      password: Buffer.from(device.secret),
      keepalive: config.intervalS * 2,
    }),
  );
}

let next = 0;
const ramp = setInterval(() => {
  const until = Math.min(config.devices.length, next + Math.ceil(config.connectPerS / 20));
  for (; next < until; next++) hold(config.devices[next]!);
  if (next >= config.devices.length) clearInterval(ramp);
}, 50);
setInterval(() => process.stdout.write(`${JSON.stringify({ connected, acked, closed, retried, opened: next, errors })}\n`), 1000);
process.on('SIGTERM', () => process.exit(0));
