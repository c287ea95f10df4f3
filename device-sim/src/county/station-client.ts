/**
 * A county base station on MQTT, as PROTOCOL.md asks firmware to behave
 * (client id = username = device id, password = secret, QoS 1 uplinks with
 * a fresh seq each, commands answered): sighting batches from the riders'
 * traffic, heartbeats that report the distinct tags really heard, and a
 * count of what was sent and what the platform acknowledged.
 * (The demo fleet's SimulatedDevice reports a random tag count and no
 * per-frame acknowledgement, which a county run needs.)
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { decodeDownlink, downlinkTopic, encodeUplink, MAX_SIGHTINGS_PER_BATCH, uplinkTopic, type Sighting, type UplinkBody } from '@watchpost/firmware-protocol';
import type { FleetDevice } from '../fleet.js';

export interface StationCounters {
  framesSent: number;
  framesAcked: number;
  sightingsSent: number;
  sightingsAcked: number;
  /** Batches not sent because the station was offline (a real station would buffer; the simulator drops and counts). */
  sightingsDropped: number;
}

export class StationClient {
  private client: MqttClient | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly startedAt = Date.now();
  private tagsHeard = new Set<number>();

  constructor(
    readonly device: FleetDevice,
    private readonly options: { host: string; port: number; intervalS: number; logger: Logger },
    readonly counters: StationCounters = { framesSent: 0, framesAcked: 0, sightingsSent: 0, sightingsAcked: 0, sightingsDropped: 0 },
  ) {}

  get online(): boolean {
    return this.client?.connected ?? false;
  }

  start(): void {
    const { device } = this;
    const client = mqtt.connect({
      host: this.options.host,
      port: this.options.port,
      protocolVersion: 4,
      clientId: device.id,
      username: device.id,
      password: device.secret,
      clean: true,
      reconnectPeriod: 2_000 + Math.floor(Math.random() * 3_000),
      connectTimeout: 15_000,
      keepalive: Math.max(30, this.options.intervalS * 2),
    });
    this.client = client;
    client.subscribe(downlinkTopic('station', device.id), { qos: 1 });
    client.on('message', (_topic, payload) => this.onCommand(payload));
    client.on('error', (err) => this.options.logger.debug({ deviceId: device.id, err: err.message }, 'mqtt error'));
    const beat = () => {
      this.heartbeat();
      this.timer = setTimeout(beat, this.options.intervalS * 1000);
    };
    this.timer = setTimeout(beat, Math.random() * this.options.intervalS * 1000);
  }

  stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    return client ? client.endAsync() : Promise.resolve();
  }

  /** One window's sightings, split into frames of at most 128. */
  sendBatch(windowStartMs: number, sightings: Sighting[]): void {
    for (const s of sightings) this.tagsHeard.add(s.tagId);
    for (let i = 0; i < sightings.length; i += MAX_SIGHTINGS_PER_BATCH) {
      const part = sightings.slice(i, i + MAX_SIGHTINGS_PER_BATCH);
      if (!this.publish({ type: 'sightingBatch', windowStartMs, sightings: part }, part.length)) this.counters.sightingsDropped += part.length;
    }
  }

  private heartbeat(): void {
    const tagsHeard = this.tagsHeard.size;
    this.tagsHeard = new Set();
    this.publish(
      {
        type: 'stationHeartbeat',
        tagsHeard,
        backhaul: 'BACKHAUL_TYPE_CELLULAR',
        backhaulRssiDbm: -70,
        intervalS: this.options.intervalS,
        firmwareVersion: 'sim-county-1.0',
        uptimeS: Math.floor((Date.now() - this.startedAt) / 1000),
      },
      0,
    );
  }

  private publish(body: UplinkBody, sightings: number): boolean {
    const client = this.client;
    if (!client?.connected) return false;
    const seq = ++this.device.seq;
    const frame = encodeUplink({ deviceId: this.device.id, seq, deviceTimeMs: Date.now(), body });
    this.counters.framesSent++;
    this.counters.sightingsSent += sightings;
    client.publish(uplinkTopic('station', this.device.id), Buffer.from(frame), { qos: 1 }, (err) => {
      if (err) return this.options.logger.debug({ deviceId: this.device.id, seq, err: err.message }, 'publish failed');
      this.counters.framesAcked++;
      this.counters.sightingsAcked += sightings;
    });
    return true;
  }

  private onCommand(payload: Buffer): void {
    try {
      const { frame } = decodeDownlink(payload);
      const ok = frame.command.type === 'setHeartbeatInterval' || frame.command.type === 'reboot';
      if (frame.command.type === 'setHeartbeatInterval' && frame.command.intervalS > 0) this.options.intervalS = frame.command.intervalS;
      this.publish({ type: 'commandAck', commandId: frame.commandId, status: ok ? 'ACK_STATUS_OK' : 'ACK_STATUS_UNSUPPORTED', detail: ok ? '' : `${frame.command.type} is not simulated` }, 0);
    } catch (err) {
      this.options.logger.warn({ deviceId: this.device.id, err: (err as Error).message }, 'bad command frame');
    }
  }
}
