/**
 * Fuzzing the device edges over real sockets: CoAP datagrams from many
 * loopback addresses (127.0.x.y) and MQTT connections, with valid framing
 * around random and mutated payloads (frames made with firmware-protocol's
 * encoder, then mutated), replays of captured frames, and floods. Used by
 * edges-fuzz.test.ts (100,000 cases) and by `npm run soak:edges`.
 *
 * It plays a stranger against a victim tag (offline, heard over CoAP), a
 * bystander station (online, over MQTT), and its own registered station
 * (an insider with credentials of its own). What must hold afterwards
 * (checkInvariants): the process serves; nothing is stored that did not
 * prove itself (the victim's and the bystander's rows are exactly their
 * genuine frames); neither changed presence or last-seen time; both still
 * have their whole rate-limit budget; no answer was 5.00.
 */
import { connect as tcpConnect } from 'node:net';
import { createSocket, type Socket } from 'node:dgram';
import { generate as coapGenerate, parse as coapParse, type Packet } from 'coap-packet';
import { generate as mqttGenerate } from 'mqtt-packet';
import { deriveMacKey, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import { registerDevice, type RegisteredDevice, type TestPlatform } from '../test-support.js';
import { uriPath } from '../edges/coap/coap-test-client.js';
import { encodeBlockOption } from '../edges/coap/block1.js';

export interface FuzzRound {
  /** Cases to run. */
  cases: number;
  seed: number;
  /** 127.0.<addressBase + i / 250>.<2 + i % 250>: a soak moves it on between rounds. */
  addressBase?: number;
}

export interface FuzzTally {
  cases: number;
  coapDatagrams: number;
  mqttConnections: number;
  /** CoAP answers by response code, MQTT outcomes by kind. */
  outcomes: Record<string, number>;
}

export interface FuzzTargets {
  victim: RegisteredDevice;
  bystander: RegisteredDevice;
  insider: RegisteredDevice;
  /** The victim's genuine frames, sent and stored before the fuzz: what a stranger may have captured. */
  captured: Buffer[];
  victimSeen: { presence: string; lastSeenAt: number | null; intervalS: number | null };
  bystanderSeen: { presence: string; lastSeenAt: number | null };
  /** Presence notifications of the targets committed during the fuzz. */
  presenceChanges: { deviceId: string; presence: string }[];
}

const tagHeartbeat = (deviceId: string, seq: number, intervalS: number): UplinkFrame => ({
  deviceId,
  seq,
  deviceTimeMs: Date.now(),
  body: { type: 'tagHeartbeat', batteryMv: 3600, intervalS, signalDbm: -97, firmwareVersion: 'fz' },
});
const stationFrames = (deviceId: string, seq: number): UplinkFrame[] => [
  {
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'stationHeartbeat', tagsHeard: 3, backhaul: 'BACKHAUL_TYPE_CELLULAR', backhaulRssiDbm: -80, intervalS: 60, firmwareVersion: 'fz', uptimeS: 9 },
  },
  {
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: {
      type: 'sightingBatch',
      windowStartMs: Date.now() - 5000,
      sightings: Array.from({ length: 8 }, (_, i) => ({ tagId: 0x5000 + i, rssiDbm: -60 - i, firstOffsetMs: i, lastOffsetMs: 4000 + i, count: 1 + i })),
    },
  },
  { deviceId, seq, deviceTimeMs: Date.now(), body: { type: 'commandAck', commandId: 3, status: 'ACK_STATUS_OK', detail: 'done' } },
];

/** Registers the targets and puts them in their starting states: the victim heard, then offline; the bystander online. */
export async function prepareTargets(
  platform: TestPlatform,
  send: (path: string, payload: Buffer) => Promise<string | null>,
  waitFor: (check: () => boolean, what: string) => Promise<void>,
): Promise<FuzzTargets> {
  const victim = await registerDevice(platform.baseUrl, { kind: 'tag' });
  const bystander = await registerDevice(platform.baseUrl, { kind: 'station' });
  const insider = await registerDevice(platform.baseUrl, { kind: 'station' });
  const key = deriveMacKey(victim.secret, victim.id);
  const captured: Buffer[] = [];
  for (let seq = 1; seq <= 20; seq++) {
    const frame = Buffer.from(encodeUplink(tagHeartbeat(victim.id, seq, 1), key));
    const code = await send(`/${uplinkTopic('tag', victim.id)}`, frame);
    if (code !== '2.04') throw new Error(`the victim's genuine frame ${seq} was answered ${code}`);
    captured.push(frame);
  }
  const v = platform.homes.devices.registry.get(victim.id)!;
  await waitFor(() => v.presence === 'offline', 'the victim to go offline');
  // A setup frame, not a fuzz case: it may take as long as a loaded machine needs (it commits the bystander's presence).
  const socket = await mqttSession(platform.mqtt.port, bystander, [Buffer.from(encodeUplink(stationFrames(bystander.id, 1)[0]!))], undefined, 10_000);
  if (socket.pubacks !== 1) throw new Error('the bystander was not heard');
  const b = platform.homes.devices.registry.get(bystander.id)!;
  const presenceChanges: { deviceId: string; presence: string }[] = [];
  platform.homes.notifications.live.subscribe((rows) => {
    for (const n of rows) {
      if (n.kind === 'device.presence' && (n.subject_id === victim.id || n.subject_id === bystander.id)) presenceChanges.push({ deviceId: n.subject_id, presence: String(n.payload.presence) });
    }
  });
  return {
    victim,
    bystander,
    insider,
    captured,
    victimSeen: { presence: v.presence, lastSeenAt: v.lastSeenAt?.getTime() ?? null, intervalS: v.heartbeatIntervalS },
    bystanderSeen: { presence: b.presence, lastSeenAt: b.lastSeenAt?.getTime() ?? null },
    presenceChanges,
  };
}

/** One MQTT connection: CONNECT, then the publishes (QoS 1 to the device's own topic), until they are acknowledged or the connection closes. */
export function mqttSession(
  port: number,
  device: { id: string; secret: string; kind?: string },
  payloads: Buffer[],
  raw?: Buffer,
  timeoutMs = 500,
): Promise<{ connack: number | null; pubacks: number; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = tcpConnect(port, '127.0.0.1');
    let connack: number | null = null;
    let pubacks = 0;
    let done = false;
    let sent = false;
    let buffered = Buffer.alloc(0);
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ connack, pubacks, closed });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    timer.unref();
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('data', (chunk) => {
      // Only CONNACK (0x20) and PUBACK (0x40) come back, both 4 bytes.
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 4) {
        if (buffered[0] === 0x20) connack = buffered[3]!;
        else if (buffered[0] === 0x40) pubacks++;
        buffered = buffered.subarray(4);
      }
      if (connack !== null && connack !== 0) return finish(false);
      if (connack === 0 && !sent) {
        // After CONNACK: aedes queues at most 42 packets before it.
        sent = true;
        const topic = uplinkTopic((device.kind ?? 'station') as 'station', device.id);
        const parts = payloads.map((payload, i) => mqttGenerate({ cmd: 'publish', topic, payload, qos: 1, messageId: i + 1, retain: false, dup: false }));
        if (raw) parts.push(raw);
        if (parts.length === 0) return finish(false);
        socket.write(Buffer.concat(parts));
      }
      if (sent && pubacks >= payloads.length && !raw) finish(false);
    });
    socket.on('connect', () => {
      socket.write(
        mqttGenerate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, keepalive: 60, clientId: device.id, username: device.id, password: Buffer.from(device.secret) }),
      );
    });
  });
}

/** Runs one round of cases against the targets; resolves with what it saw. */
export async function fuzzRound(platform: TestPlatform, targets: FuzzTargets, round: FuzzRound): Promise<FuzzTally> {
  const rand = seededRandom(round.seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const { victim, bystander, insider, captured } = targets;
  const wrongKey = deriveMacKey('e'.repeat(32), victim.id);
  const insiderKey = deriveMacKey(insider.secret, insider.id);
  const seeds: Buffer[] = [
    ...captured,
    Buffer.from(encodeUplink(tagHeartbeat(victim.id, 5000, 1), wrongKey)),
    Buffer.from(encodeUplink(tagHeartbeat(victim.id, 5001, 1))),
    ...stationFrames(bystander.id, 7).map((f) => Buffer.from(encodeUplink(f, insiderKey))),
    ...stationFrames(insider.id, 9).map((f) => Buffer.from(encodeUplink(f, insiderKey))),
  ];
  const paths = [
    `/${uplinkTopic('tag', victim.id)}`,
    `/${uplinkTopic('station', bystander.id)}`,
    `/${uplinkTopic('station', insider.id)}`,
    `/${uplinkTopic('station', victim.id)}`,
    '/wp/v1/tag',
    '/x',
    `/${uplinkTopic('tag', victim.id)}/more`,
  ];

  function mutate(original: Buffer): Buffer {
    const out = Array.from(original);
    for (let e = 1 + int(4); e > 0; e--) {
      const at = int(out.length + 1);
      switch (int(6)) {
        case 0:
          out[at % out.length] = out[at % out.length]! ^ (1 << int(8));
          break;
        case 1:
          out[at % out.length] = int(256);
          break;
        case 2:
          out.splice(at, 0, int(256));
          break;
        case 3:
          out.splice(at, 1 + int(4));
          break;
        case 4:
          out.length = int(out.length + 1);
          break;
        case 5:
          out.splice(at, 0, ...pick(seeds).subarray(int(20), int(60)));
          break;
      }
    }
    const mutated = Buffer.from(out);
    return mutated.equals(original) ? Buffer.concat([mutated, Buffer.from([0])]) : mutated;
  }

  function payload(): Buffer {
    const r = rand();
    if (r < 0.3) return bytes(int(10) === 0 ? 4000 + int(2000) : int(400));
    if (r < 0.85) return mutate(pick(seeds));
    return pick(captured); // a replay
  }

  function coapPacket(token: Buffer): Packet {
    const r = rand();
    const options: Packet['options'] = [...uriPath(int(10) < 8 ? paths[0]! : pick(paths))];
    if (r < 0.08) options.push({ name: 'Block1', value: encodeBlockOption({ num: int(6), more: int(2) === 1, szx: int(8) }) });
    if (r >= 0.08 && r < 0.1) options.push({ name: pick(['Observe', 'Size1', 'Content-Format', 'Accept']), value: bytes(int(4)) });
    if (r >= 0.1 && r < 0.12) options.push({ name: 'Block2', value: bytes(1 + int(2)) });
    const code = r > 0.97 ? pick(['GET', 'PUT', 'DELETE', '0.00', '2.05', '0.07']) : 'POST';
    return { code, confirmable: rand() < 0.85, messageId: int(0x10000), token, options, payload: payload() };
  }

  // Many source addresses, one socket each; a case goes to one at random.
  const sourceCount = Math.max(4, Math.ceil(round.cases / 150));
  const base = round.addressBase ?? 1;
  const sockets: Socket[] = [];
  const tally: FuzzTally = { cases: 0, coapDatagrams: 0, mqttConnections: 0, outcomes: {} };
  const count = (k: string) => (tally.outcomes[k] = (tally.outcomes[k] ?? 0) + 1);
  let answers = 0;
  for (let i = 0; i < sourceCount; i++) {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, `127.0.${base + Math.floor(i / 250)}.${2 + (i % 250)}`, () => resolve());
    });
    socket.on('message', (msg) => {
      answers++;
      try {
        count(`coap ${coapParse(msg).code}`);
      } catch {
        count('coap unparsable answer');
      }
    });
    sockets.push(socket);
  }

  // Batches of datagrams, yielding every CHUNK so the edge (in this process) reads them before the socket buffer fills;
  // MQTT cases run in lanes beside them, each connection waiting at most half a second.
  const BATCH = 10_000;
  const FLOODERS = 4;
  const MQTT_SHARE = 0.01;
  const CHUNK = 100;
  const lanes: Promise<void>[] = Array.from({ length: 32 }, () => Promise.resolve());
  let mqttCases = 0;
  const coapPort = platform.coap.port;
  try {
    for (let done = 0; done < round.cases;) {
      const batch = Math.min(BATCH, round.cases - done);
      const answersBefore = answers;
      for (let i = 0; i < batch; i++) {
        if (i % CHUNK === CHUNK - 1) await new Promise((r) => setImmediate(r));
        const r = rand();
        if (r < MQTT_SHARE) {
          const lane = mqttCases++ % lanes.length;
          lanes[lane] = lanes[lane]!.then(mqttCase);
          continue;
        }
        const datagram = r < 0.06 ? bytes(int(64)) : coapGenerate(coapPacket(Buffer.from([int(256), int(256), int(256), int(256)])), 70_000);
        // Most cases from many addresses, a third from a few flooding ones (which the source limit must stop).
        (rand() < 0.35 ? sockets[int(FLOODERS)]! : pick(sockets)).send(datagram, coapPort, '127.0.0.1');
        tally.coapDatagrams++;
      }
      await quiet(() => answers - answersBefore);
      done += batch;
      tally.cases = done;
    }
    await Promise.all(lanes);
  } finally {
    await Promise.all(sockets.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
  return tally;

  async function mqttCase(): Promise<void> {
    tally.mqttConnections++;
    const port = platform.mqtt.port;
    const r = rand();
    let outcome;
    if (r < 0.25) {
      outcome = await mqttSession(port, { id: pick([victim.id, bystander.id, 'st-nobody-here']), secret: pick(['', 'x', bytes(16).toString('hex'), insider.secret]) }, []); // a stranger's credentials
    } else if (r < 0.45) {
      outcome = await mqttSession(port, insider, [], pick([bytes(int(200)), Buffer.from([0x32, 0x80, 0x80, 0x80, 0x30]), Buffer.from([0x30 | int(16), int(256), ...bytes(int(40))])])); // framing junk after CONNECT
    } else if (r < 0.7) {
      outcome = await mqttSession(port, insider, [payload()]); // junk on its own topic
    } else {
      // A valid PUBLISH on another device's topic: the connection must close, nothing stored.
      const foreign = mqttGenerate({
        cmd: 'publish',
        topic: pick([uplinkTopic('tag', victim.id), uplinkTopic('station', bystander.id)]),
        payload: payload(),
        qos: 1,
        messageId: 77,
        retain: false,
        dup: false,
      });
      outcome = await mqttSession(port, insider, [], foreign);
    }
    count(`mqtt ${outcome.connack === null ? 'no connack' : `connack ${outcome.connack}`}${outcome.pubacks ? ' puback' : ''}${outcome.closed ? ' closed' : ''}`);
  }
}

/** Waits until no new answer came for 30 ms (bounded at 10 s): the batch has been handled. */
async function quiet(answered: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = -1;
  while (Date.now() < deadline) {
    const now = answered();
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** What must hold after any number of rounds; returns what does not. */
export async function checkInvariants(platform: TestPlatform, targets: FuzzTargets, tallies: FuzzTally[]): Promise<string[]> {
  const problems: string[] = [];
  const health = await fetch(`${platform.baseUrl}/healthz`).catch(() => null);
  if (health?.status !== 200) problems.push(`/healthz answered ${health?.status ?? 'nothing'}`);
  const { victim, bystander, insider } = targets;

  const { rows } = await platform.db.query<{ device_id: string; seqs: number[] }>('SELECT device_id, array_agg(seq ORDER BY seq) AS seqs FROM uplinks GROUP BY device_id');
  const stored = new Map(rows.map((r) => [r.device_id, r.seqs.map(Number)]));
  for (const id of stored.keys()) if (![victim.id, bystander.id, insider.id].includes(id)) problems.push(`frames stored for ${id}, which no one sent`);
  const expect = (id: string, seqs: number[], who: string) => {
    if (JSON.stringify(stored.get(id) ?? []) !== JSON.stringify(seqs)) problems.push(`the ${who}'s receipts are ${JSON.stringify(stored.get(id))}, not its genuine frames ${JSON.stringify(seqs)}`);
  };
  expect(
    victim.id,
    targets.captured.map((_, i) => i + 1),
    'victim',
  );
  expect(bystander.id, [1], 'bystander');
  const rowsOf = async (table: string, id: string) => (await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE device_id = $1`, [id])).rows[0]!.n;
  if ((await rowsOf('tag_heartbeats', victim.id)) !== targets.captured.length) problems.push("the victim's heartbeat rows are not its genuine frames");

  const revived = targets.presenceChanges.filter((e) => e.presence === 'online');
  if (revived.length > 0) problems.push(`presence turned online during the fuzz: ${JSON.stringify(revived)}`);
  const v = platform.homes.devices.registry.get(victim.id)!;
  const b = platform.homes.devices.registry.get(bystander.id)!;
  if (v.presence !== 'offline') problems.push(`the victim is ${v.presence}`);
  if ((v.lastSeenAt?.getTime() ?? null) !== targets.victimSeen.lastSeenAt) problems.push("the victim's last-seen time moved");
  if (v.heartbeatIntervalS !== targets.victimSeen.intervalS) problems.push(`the victim's heartbeat interval became ${v.heartbeatIntervalS}`);
  if ((b.lastSeenAt?.getTime() ?? null) !== targets.bystanderSeen.lastSeenAt) problems.push("the bystander's last-seen time moved");

  for (const t of tallies) {
    for (const [outcome, n] of Object.entries(t.outcomes)) {
      if (/coap 5\.00|unparsable/.test(outcome)) problems.push(`${n} answers '${outcome}'`);
    }
  }
  return problems;
}

/** The targets still have their whole budget: a burst of genuine frames from each is taken in full. Changes their state: run last. */
export async function checkBudgets(platform: TestPlatform, targets: FuzzTargets, burst: number): Promise<string[]> {
  const problems: string[] = [];
  const { victim, bystander } = targets;
  const frames = Array.from({ length: burst }, (_, i) => Buffer.from(encodeUplink(stationFrames(bystander.id, 1000 + i)[0]!)));
  const session = await mqttSession(platform.mqtt.port, bystander, frames, undefined, 10_000);
  if (session.pubacks !== burst) problems.push(`the bystander's burst of ${burst} genuine frames got ${session.pubacks} PUBACKs (${JSON.stringify(session)})`);

  const key = deriveMacKey(victim.secret, victim.id);
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.250.2', () => resolve()));
  const codes: string[] = [];
  socket.on('message', (msg) => codes.push(coapParse(msg).code));
  for (let i = 0; i < burst; i++) {
    const payload = Buffer.from(encodeUplink(tagHeartbeat(victim.id, 1000 + i, 60), key));
    socket.send(
      coapGenerate({ code: 'POST', confirmable: true, messageId: i, token: Buffer.from([i]), options: uriPath(`/${uplinkTopic('tag', victim.id)}`), payload }),
      platform.coap.port,
      '127.0.0.1',
    );
  }
  const deadline = Date.now() + 10_000;
  while (codes.length < burst && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  socket.close();
  const taken = codes.filter((c) => c === '2.04').length;
  if (taken !== burst) problems.push(`the victim's burst of ${burst} genuine CoAP frames got ${taken} 2.04 (${JSON.stringify(codes.filter((c) => c !== '2.04').slice(0, 5))})`);
  return problems;
}
