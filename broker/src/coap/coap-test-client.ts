/**
 * A raw CoAP client for tests: datagrams built with coap-packet from any
 * loopback address (127.0.0.2, 127.0.0.3, … are all this machine on Linux),
 * answers matched by message id. No retransmission: a test that wants one
 * sends the same datagram again.
 */
import { createSocket, type Socket } from 'node:dgram';
import { generate, parse, type ParsedPacket, type Packet } from 'coap-packet';

export interface RawCoapClient {
  readonly address: string;
  /** Sends a request and resolves with its answer, or null after timeoutMs. */
  request(packet: Packet, timeoutMs?: number): Promise<ParsedPacket | null>;
  /** Sends without waiting for an answer. */
  send(datagram: Buffer): void;
  /** Answers received so far that no request waited for. */
  readonly unmatched: ParsedPacket[];
  close(): Promise<void>;
}

let nextMessageId = Math.floor(Math.random() * 0x10000);

export function messageId(): number {
  nextMessageId = (nextMessageId + 1) & 0xffff;
  return nextMessageId;
}

export async function rawCoapClient(port: number, address = '127.0.0.1'): Promise<RawCoapClient> {
  const socket: Socket = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, address, () => resolve());
  });
  const waiting = new Map<number, (p: ParsedPacket) => void>();
  const unmatched: ParsedPacket[] = [];
  socket.on('message', (msg) => {
    let packet: ParsedPacket;
    try {
      packet = parse(msg);
    } catch {
      return;
    }
    const resolve = waiting.get(packet.messageId);
    if (resolve) {
      waiting.delete(packet.messageId);
      resolve(packet);
    } else if (unmatched.length < 10_000) {
      unmatched.push(packet);
    }
  });
  const send = (datagram: Buffer) => socket.send(datagram, port, '127.0.0.1');
  return {
    address,
    unmatched,
    send,
    request(packet, timeoutMs = 2_000) {
      const id = packet.messageId ?? messageId();
      const datagram = generate({ confirmable: true, token: Buffer.from([1, 2, 3, 4]), ...packet, messageId: id }, 65_000);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(null);
        }, timeoutMs);
        waiting.set(id, (p) => {
          clearTimeout(timer);
          resolve(p);
        });
        send(datagram);
      });
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

/** Uri-Path options for a path such as /wp/v1/tag/x/up. */
export function uriPath(path: string): { name: 'Uri-Path'; value: Buffer }[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => ({ name: 'Uri-Path' as const, value: Buffer.from(segment) }));
}

export function optionOf(packet: ParsedPacket, name: string | number): Buffer | undefined {
  return packet.options.find((o) => o.name === name)?.value;
}

export function uintOf(value: Buffer | undefined): number | undefined {
  if (!value) return undefined;
  let n = 0;
  for (const b of value) n = n * 256 + b;
  return n;
}
