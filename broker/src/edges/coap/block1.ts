/**
 * CoAP block-wise requests (RFC 7959, Block1): a frame too big for one
 * datagram comes as numbered blocks; each but the last is answered 2.31
 * Continue, the last is put together with the others and handled as one
 * request. Blocks are matched by endpoint, path and Request-Tag (RFC 9175),
 * not by token: a client may use a new token for every block (libcoap does).
 *
 * Bounded: a transfer may not pass the frame limit (4.13 with Size1), and
 * at most MAX_TRANSFERS are kept at once (the one touched longest ago goes).
 * Blocks must come in order; a gap or a block of an unknown transfer is 4.08
 * Request Entity Incomplete.
 */
import type { RemoteInfo } from 'node:dgram';
import { generate, type ParsedPacket } from 'coap-packet';

/** Option numbers (RFC 7252 §12.2, RFC 9175). */
const URI_PATH = 'Uri-Path';
const BLOCK1 = 'Block1';
const SIZE1 = 'Size1';
const REQUEST_TAG = 292;

const MAX_TRANSFERS = 1_000;
/** A transfer idle this long is forgotten (devices send the next block as soon as the last is acknowledged). */
const TRANSFER_IDLE_MS = 60_000;

export type BlockRefusalCode = 'COAP_BLOCK_INVALID' | 'COAP_BLOCK_INCOMPLETE' | 'PROTO_FRAME_TOO_LARGE';

export interface BlockRefusal {
  code: BlockRefusalCode;
  message: string;
  context: Record<string, unknown>;
}

/** What to do with a request datagram that carries Block1. */
export type BlockStep =
  /** Answer with this datagram (2.31 Continue, or a refusal). */
  | { kind: 'reply'; datagram: Buffer; refusal?: BlockRefusal }
  /** The whole request, as one datagram without Block1: hand it on. `block1` is the value the final response must echo. */
  | { kind: 'complete'; datagram: Buffer; block1: Buffer };

interface Transfer {
  chunks: Buffer[];
  /** Bytes received so far: the offset the next block must start at. */
  received: number;
  /** The last block taken, to recognise its retransmission (same message id). */
  last: { messageId: number; offset: number };
  touchedAt: number;
  /** Once put together: the final block's message id and the datagram made of it, for a retransmitted final block. */
  done?: { messageId: number; datagram: Buffer; block1: Buffer };
}

interface BlockOption {
  num: number;
  more: boolean;
  szx: number;
}

export function parseBlockOption(value: Buffer): BlockOption | null {
  if (value.length > 3) return null;
  let n = 0;
  for (const byte of value) n = (n << 8) | byte;
  return { num: n >> 4, more: (n & 0x08) !== 0, szx: n & 0x07 };
}

export function encodeBlockOption({ num, more, szx }: BlockOption): Buffer {
  return uint((num << 4) | (more ? 0x08 : 0) | szx);
}

/** An unsigned option value in as few bytes as it needs (RFC 7252 §3.2). */
export function uint(n: number): Buffer {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from(bytes);
}

function readUint(value: Buffer): number {
  let n = 0;
  for (const byte of value) n = n * 256 + byte;
  return n;
}

export function findOption(packet: ParsedPacket, name: string | number): Buffer | undefined {
  return packet.options.find((o) => o.name === name)?.value;
}

export class Block1Assembler {
  private readonly transfers = new Map<string, Transfer>();

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.transfers.size;
  }

  /** Takes one request datagram carrying Block1 (already parsed). */
  take(packet: ParsedPacket, raw: Buffer, rinfo: RemoteInfo, nowMs: number): BlockStep {
    const block = parseBlockOption(findOption(packet, BLOCK1)!);
    const key = this.keyOf(packet, rinfo);
    const context = { path: pathOf(packet), remote: rinfo.address };
    if (!block || block.szx === 7) {
      // szx 7 is BERT, for CoAP over TCP only (RFC 8323).
      return this.refuse(packet, key, '4.02', 'COAP_BLOCK_INVALID', 'the Block1 option is not valid (size exponent 7 is BERT, not for UDP)', context);
    }
    const size = 16 << block.szx;
    const offset = block.num * size;
    const announced = findOption(packet, SIZE1);
    if ((announced && readUint(announced) > this.maxBytes) || offset + packet.payload.length > this.maxBytes) {
      return this.refuse(packet, key, '4.13', 'PROTO_FRAME_TOO_LARGE', `a frame is at most ${this.maxBytes} bytes`, context);
    }
    if (block.more && packet.payload.length !== size) {
      return this.refuse(packet, key, '4.00', 'COAP_BLOCK_INVALID', `block ${block.num} has ${packet.payload.length} bytes; every block but the last has the block size, ${size}`, context);
    }

    let transfer = this.live(key, nowMs);
    if (transfer?.done) {
      if (transfer.done.messageId === packet.messageId) return { kind: 'complete', datagram: transfer.done.datagram, block1: transfer.done.block1 };
      transfer = undefined; // a new transfer to the same path
    }
    if (transfer && offset === transfer.last.offset && packet.messageId === transfer.last.messageId) {
      return { kind: 'reply', datagram: reply(packet, '2.31', [[BLOCK1, encodeBlockOption(block)]]) }; // our 2.31 was lost: again
    }
    if (block.num === 0) {
      transfer = { chunks: [], received: 0, last: { messageId: packet.messageId, offset: 0 }, touchedAt: nowMs };
    } else if (!transfer || offset !== transfer.received) {
      const why = transfer ? `block ${block.num} starts at byte ${offset}, the transfer is at byte ${transfer.received}` : `block ${block.num} of a transfer whose first block did not arrive`;
      return this.refuse(packet, key, '4.08', 'COAP_BLOCK_INCOMPLETE', `${why}: send it again from block 0`, context);
    }
    transfer.chunks.push(packet.payload);
    transfer.received += packet.payload.length;
    transfer.last = { messageId: packet.messageId, offset };
    this.keep(key, transfer, nowMs);
    if (block.more) return { kind: 'reply', datagram: reply(packet, '2.31', [[BLOCK1, encodeBlockOption(block)]]) };

    const whole: ParsedPacket = {
      ...packet,
      options: packet.options.filter((o) => o.name !== BLOCK1 && o.name !== SIZE1 && o.name !== REQUEST_TAG),
      payload: Buffer.concat(transfer.chunks),
    };
    const datagram = generate(whole, this.maxBytes + raw.length); // the final block's header and options, and the whole payload
    const block1 = encodeBlockOption(block);
    transfer.chunks = [];
    transfer.done = { messageId: packet.messageId, datagram, block1 };
    return { kind: 'complete', datagram, block1 };
  }

  private refuse(packet: ParsedPacket, key: string, code: string, refusal: BlockRefusalCode, message: string, context: Record<string, unknown>): BlockStep {
    this.transfers.delete(key);
    const options: [string, Buffer][] = code === '4.13' ? [[SIZE1, uint(this.maxBytes)]] : [];
    return { kind: 'reply', datagram: reply(packet, code, options, `${refusal}: ${message}`), refusal: { code: refusal, message, context } };
  }

  private keyOf(packet: ParsedPacket, rinfo: RemoteInfo): string {
    const tag = findOption(packet, REQUEST_TAG)?.toString('hex') ?? '';
    return `${rinfo.address}|${rinfo.port}|${packet.code}|${pathOf(packet)}|${tag}`;
  }

  private live(key: string, nowMs: number): Transfer | undefined {
    const transfer = this.transfers.get(key);
    if (transfer && nowMs - transfer.touchedAt > TRANSFER_IDLE_MS) {
      this.transfers.delete(key);
      return undefined;
    }
    return transfer;
  }

  private keep(key: string, transfer: Transfer, nowMs: number): void {
    transfer.touchedAt = nowMs;
    this.transfers.delete(key); // re-inserted last: the Map's order is the order transfers were touched
    if (this.transfers.size >= MAX_TRANSFERS) this.transfers.delete(this.transfers.keys().next().value!);
    this.transfers.set(key, transfer);
  }
}

export function pathOf(packet: ParsedPacket): string {
  return (
    '/' +
    packet.options
      .filter((o) => o.name === URI_PATH)
      .map((o) => o.value.toString('utf8'))
      .join('/')
  );
}

/** A response to a request: piggybacked on the ACK of a confirmable one, else a non-confirmable message of its own. */
export function reply(request: ParsedPacket, code: string, options: [string, Buffer][] = [], payload = ''): Buffer {
  return generate({
    code,
    ack: request.confirmable,
    confirmable: false,
    messageId: request.confirmable ? request.messageId : Math.floor(Math.random() * 0x10000),
    token: request.token,
    options: options.map(([name, value]) => ({ name, value })),
    payload: Buffer.from(payload, 'utf8'),
  });
}
