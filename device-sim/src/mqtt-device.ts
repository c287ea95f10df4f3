/**
 * One simulated device on MQTT, behaving as PROTOCOL.md asks firmware to:
 * client id = username = device id, password = secret, QoS 1 uplinks with a
 * fresh seq each, its own downlink topic subscribed once, commands answered
 * with a CommandAck.
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { COMMANDS_BY_KIND, decodeDownlink, downlinkTopic, encodeUplink, uplinkTopic, type CameraStatus, type DownlinkFrame, type PowerSource, type UplinkBody } from '@watchpost/firmware-protocol';
import type { FleetDevice } from './fleet.js';

export interface DeviceOptions {
  host: string;
  port: number;
  intervalS: number;
  logger: Logger;
}

export class SimulatedDevice {
  private client: MqttClient | null = null;
  private timer: NodeJS.Timeout | null = null;
  private intervalS: number;
  private readonly startedAt = Date.now();
  /** Frames acknowledged by the platform. */
  acked = 0;
  /** Told of every command received, when it arrived (scenarios, benchmarks). */
  /** A pillar's condition, as its heartbeat reports it (the residents' scenario changes it). */
  readonly condition: { power: PowerSource; camera: CameraStatus; doorOpen: boolean; batteryMv: number } = {
    power: 'POWER_SOURCE_MAINS',
    camera: 'CAMERA_STATUS_OK',
    doorOpen: false,
    batteryMv: 13_100,
  };
  readonly commandListeners = new Set<(command: DownlinkFrame, receivedAtMs: number) => void>();

  constructor(
    readonly device: FleetDevice,
    private readonly options: DeviceOptions,
  ) {
    this.intervalS = options.intervalS;
  }

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
      // Spread reconnects so a platform restart is not met by every device in the same second.
      reconnectPeriod: 2_000 + Math.floor(Math.random() * 3_000),
      connectTimeout: 10_000,
      keepalive: Math.max(30, this.intervalS * 2),
    });
    this.client = client;
    // Subscribed once: mqtt.js re-subscribes by itself after a reconnect (resubscribe: true).
    client.subscribe(downlinkTopic(device.kind, device.id), { qos: 1 });
    client.on('message', (_topic, payload) => this.onCommand(payload));
    client.on('error', (err) => this.options.logger.debug({ deviceId: device.id, err: err.message }, 'mqtt error'));
    // The first heartbeat at a random point of the interval, so the fleet does not beat in step.
    this.schedule(Math.random() * this.intervalS * 1000);
  }

  stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    return client ? client.endAsync() : Promise.resolve();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.heartbeat();
      this.schedule(this.intervalS * 1000);
    }, delayMs);
  }

  /** Publishes a frame (QoS 1); skipped while disconnected: a heartbeat is news only when it is sent. */
  send(body: UplinkBody): void {
    const client = this.client;
    if (!client?.connected) return;
    const seq = ++this.device.seq;
    const frame = encodeUplink({ deviceId: this.device.id, seq, deviceTimeMs: Date.now(), body });
    client.publish(uplinkTopic(this.device.kind, this.device.id), Buffer.from(frame), { qos: 1 }, (err) => {
      if (err) this.options.logger.debug({ deviceId: this.device.id, seq, err: err.message }, 'publish failed');
      else this.acked++;
    });
  }

  /** A pillar's button pressed: resolves on the PUBACK (the alarm is committed then), rejects when not connected. */
  press(): Promise<void> {
    const client = this.client;
    if (!client?.connected) return Promise.reject(new Error(`${this.device.id} is not connected`));
    const seq = ++this.device.seq;
    const frame = encodeUplink({ deviceId: this.device.id, seq, deviceTimeMs: Date.now(), body: { type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' } });
    return client.publishAsync(uplinkTopic(this.device.kind, this.device.id), Buffer.from(frame), { qos: 1 }).then(() => {
      this.acked++;
    });
  }

  heartbeat(): void {
    const uptimeS = Math.floor((Date.now() - this.startedAt) / 1000);
    const intervalS = this.intervalS;
    switch (this.device.kind) {
      case 'station':
        return this.send({
          type: 'stationHeartbeat',
          tagsHeard: Math.floor(Math.random() * 40),
          backhaul: 'BACKHAUL_TYPE_CELLULAR',
          backhaulRssiDbm: -60 - Math.floor(Math.random() * 40),
          intervalS,
          firmwareVersion: 'sim-1.0',
          uptimeS,
        });
      case 'pillar':
        return this.send({ type: 'pillarHeartbeat', ...this.condition, intervalS, firmwareVersion: 'sim-1.0' });
      case 'tag':
        return this.send({ type: 'tagHeartbeat', batteryMv: 3_600, intervalS, signalDbm: -95, firmwareVersion: 'sim-1.0' });
    }
  }

  private onCommand(payload: Buffer): void {
    try {
      const { frame } = decodeDownlink(payload);
      const receivedAtMs = Date.now();
      for (const listener of this.commandListeners) listener(frame, receivedAtMs);
      const cmd = frame.command;
      if (cmd.type === 'setHeartbeatInterval' && cmd.intervalS > 0) this.intervalS = cmd.intervalS;
      const supported = COMMANDS_BY_KIND[this.device.kind].includes(cmd.type);
      this.send({
        type: 'commandAck',
        commandId: frame.commandId,
        status: supported ? 'ACK_STATUS_OK' : 'ACK_STATUS_UNSUPPORTED',
        detail: supported ? '' : `${cmd.type} is not for a ${this.device.kind}`,
      });
    } catch (err) {
      this.options.logger.warn({ deviceId: this.device.id, err: (err as Error).message }, 'bad command frame');
    }
  }
}
