/**
 * An alarm pillar on a raw TCP socket (mqtt-packet, no client library in the
 * way): connects, subscribes to its downlink topic, publishes QoS 1 frames,
 * and says when each PUBACK came and when each command arrived
 * (performance.now()). Commands are PUBACKed, not answered.
 */
import { connect, type Socket } from 'node:net';
import mqttPacket from 'mqtt-packet';
import { decodeDownlink, downlinkTopic, encodeUplink, uplinkTopic, type DownlinkFrame, type UplinkBody } from '@watchpost/firmware-protocol';

export class RawPillar {
  private readonly socket: Socket;
  private readonly parser = mqttPacket.parser({ protocolVersion: 4 });
  private readonly waiting = new Map<number, (at: number) => void>();
  private nextId = 1;
  private seq = 0;
  /** Commands received, with when. */
  readonly commands: { at: number; frame: DownlinkFrame }[] = [];
  readonly ready: Promise<void>;

  constructor(
    readonly device: { id: string; secret: string },
    port: number,
  ) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.setNoDelay(true);
    this.socket.on('data', (d) => this.parser.parse(d));
    this.socket.on('error', () => {});
    this.ready = new Promise((resolve, reject) => {
      this.parser.on('packet', (p) => {
        if (p.cmd === 'connack') {
          if (p.returnCode !== 0) return reject(new Error(`CONNACK ${p.returnCode} for ${device.id}`));
          this.socket.write(mqttPacket.generate({ cmd: 'subscribe', messageId: 65535, subscriptions: [{ topic: downlinkTopic('pillar', device.id), qos: 1 }] }));
        } else if (p.cmd === 'suback') resolve();
        else if (p.cmd === 'puback') {
          const done = this.waiting.get(p.messageId!);
          this.waiting.delete(p.messageId!);
          done?.(performance.now());
        } else if (p.cmd === 'publish') {
          const at = performance.now();
          if (p.qos > 0) this.socket.write(mqttPacket.generate({ cmd: 'puback', messageId: p.messageId! }));
          try {
            this.commands.push({ at, frame: decodeDownlink(p.payload as Buffer).frame });
          } catch {
            // not a command frame: ignored, as firmware does
          }
        }
      });
      this.socket.once('close', () => reject(new Error(`connection of ${device.id} closed`)));
    });
    this.socket.write(
      mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: device.id, username: device.id, password: Buffer.from(device.secret), keepalive: 600 }),
    );
  }

  /** Publishes one frame; `sentAt` is when it went to the socket, `acked` resolves with the PUBACK's time. */
  publish(body: UplinkBody): { sentAt: number; acked: Promise<number> } {
    const id = this.nextId;
    this.nextId = this.nextId === 65534 ? 1 : this.nextId + 1;
    const payload = Buffer.from(encodeUplink({ deviceId: this.device.id, seq: ++this.seq, deviceTimeMs: Date.now(), body }));
    const acked = new Promise<number>((resolve) => this.waiting.set(id, resolve));
    const sentAt = performance.now();
    this.socket.write(mqttPacket.generate({ cmd: 'publish', qos: 1, messageId: id, topic: uplinkTopic('pillar', this.device.id), payload, dup: false, retain: false }));
    return { sentAt, acked };
  }

  press(): { sentAt: number; acked: Promise<number> } {
    return this.publish({ type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' });
  }

  heartbeat(): { sentAt: number; acked: Promise<number> } {
    return this.publish({ type: 'pillarHeartbeat', power: 'POWER_SOURCE_MAINS', batteryMv: 13_100, doorOpen: false, camera: 'CAMERA_STATUS_OK', intervalS: 600, firmwareVersion: 'bench' });
  }

  close(): void {
    this.socket.end(mqttPacket.generate({ cmd: 'disconnect' }));
  }
}
