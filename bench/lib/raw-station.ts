/**
 * A base station on a raw TCP socket (mqtt-packet, no client library in the
 * way): connects, publishes QoS 1 sighting batches, and says when each was
 * written to the socket and when its PUBACK came.
 */
import { connect, type Socket } from 'node:net';
import mqttPacket from 'mqtt-packet';
import { encodeUplink, uplinkTopic, type Sighting } from '@watchpost/firmware-protocol';

export class RawStation {
  private readonly socket: Socket;
  private readonly parser = mqttPacket.parser({ protocolVersion: 4 });
  private readonly waiting = new Map<number, (at: number) => void>();
  private nextId = 1;
  private seq: number;
  private readonly topic: string;
  readonly ready: Promise<void>;

  constructor(
    readonly device: { id: string; secret: string },
    port: number,
    firstSeq = 0,
  ) {
    this.seq = firstSeq;
    this.topic = uplinkTopic('station', device.id);
    this.socket = connect(port, '127.0.0.1');
    this.socket.setNoDelay(true);
    this.socket.on('data', (d) => this.parser.parse(d));
    this.socket.on('error', () => {});
    this.ready = new Promise((resolve, reject) => {
      this.parser.on('packet', (p) => {
        if (p.cmd === 'connack') return p.returnCode === 0 ? resolve() : reject(new Error(`CONNACK ${p.returnCode} for ${device.id}`));
        if (p.cmd === 'puback') {
          const done = this.waiting.get(p.messageId!);
          this.waiting.delete(p.messageId!);
          done?.(performance.now());
        }
      });
      this.socket.once('close', () => reject(new Error(`connection of ${device.id} closed`)));
    });
    this.socket.write(
      mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: device.id, username: device.id, password: Buffer.from(device.secret), keepalive: 600 }),
    );
  }

  get outstanding(): number {
    return this.waiting.size;
  }

  /** Publishes one batch window; `sentAt` is when it went to the socket, `acked` resolves with the PUBACK's time (performance.now()). */
  publish(sightings: Sighting[]): { sentAt: number; acked: Promise<number> } {
    const id = this.nextId;
    this.nextId = this.nextId === 65535 ? 1 : this.nextId + 1;
    const now = Date.now();
    const payload = Buffer.from(encodeUplink({ deviceId: this.device.id, seq: ++this.seq, deviceTimeMs: now, body: { type: 'sightingBatch', windowStartMs: now - 5_000, sightings } }));
    const acked = new Promise<number>((resolve) => this.waiting.set(id, resolve));
    const sentAt = performance.now();
    this.socket.write(mqttPacket.generate({ cmd: 'publish', qos: 1, messageId: id, topic: this.topic, payload, dup: false, retain: false }));
    return { sentAt, acked };
  }

  close(): void {
    this.socket.end(mqttPacket.generate({ cmd: 'disconnect' }));
  }
}
