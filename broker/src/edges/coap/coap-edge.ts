/**
 * The CoAP edge (RFC 7252, UDP) for NB-IoT devices: POST a MAC'd Uplink
 * frame to coap://host/wp/v1/{kind}/{id}/up. node-coap has no DTLS, so each
 * frame proves itself with its MAC and its sequence number (PROTOCOL.md).
 * 2.04 Changed is sent only after the frame is committed; a retransmission
 * is answered 2.04 again without a second row.
 *
 * Every datagram passes the edge's front first (coap-socket.ts): an address
 * that has spent its budget for junk is ignored before anything is parsed,
 * a datagram that is not CoAP is dropped, and Block1 transfers (RFC 7959)
 * are put together here (block1.ts); the rest is node-coap's.
 */
import type { RemoteInfo } from 'node:dgram';
import { createServer, type IncomingMessage, type OutgoingMessage, type Server } from 'coap';
import { parse, type ParsedPacket } from 'coap-packet';
import type { Logger } from 'pino';
import { MAX_FRAME_BYTES } from '@watchpost/firmware-protocol';
import type { Ingest, RefusalCode, UplinkOutcome } from '@watchpost/ingest';
import { clockWarning, type RefusalLog } from '../refusal-log.js';
import { Block1Assembler, findOption, pathOf } from './block1.js';
import { bindUdpSocket, serveThrough, type Deliver } from './coap-socket.js';

export interface CoapEdgeOptions {
  host: string;
  port: number;
}

export interface CoapEdge {
  readonly port: number;
  close(): Promise<void>;
}

/** What the edge counts (metrics.ts). */
export interface CoapEdgeHooks {
  /** A datagram dropped before it was handled: from an address over its junk budget, or not CoAP at all. */
  onDropped?: (reason: 'source_limited' | 'malformed') => void;
}

/** The CoAP response code for each refusal; anything not listed is 4.00 Bad Request. */
const RESPONSE_CODE: Partial<Record<RefusalCode, string>> = {
  PROTO_TOPIC_INVALID: '4.04',
  AUTH_UNKNOWN_DEVICE: '4.01',
  PROTO_MAC_MISSING: '4.01',
  PROTO_MAC_INVALID: '4.01',
  ACL_KIND_MISMATCH: '4.03',
  INGEST_REPLAY: '4.03',
  PROTO_FRAME_TOO_LARGE: '4.13',
  INGEST_RATE_LIMITED: '4.29',
  INGEST_SOURCE_LIMITED: '4.29',
  INGEST_BACKPRESSURE: '5.03',
  INGEST_DB_UNAVAILABLE: '5.03',
  INGEST_STORE_FAILED: '5.03',
  INGEST_RULE_FAILED: '5.03',
  INGEST_SHUTTING_DOWN: '5.03',
};

/** Seconds a device should wait before retrying after 4.29 or 5.03 (CoAP Max-Age option). */
const RETRY_AFTER_S = 30;

export async function startCoapEdge(ingest: Ingest, options: CoapEdgeOptions, logger: Logger, refusals: RefusalLog, hooks: CoapEdgeHooks = {}): Promise<CoapEdge> {
  const log = logger.child({ component: 'coap' });
  const server: Server = createServer({
    type: options.host.includes(':') ? 'udp6' : 'udp4',
    // Wait up to 1 s for the commit before answering with a separate response:
    // the piggybacked 2.04 saves a round trip, and the client's ACK timeout is 2 s.
    piggybackReplyMs: 1_000,
  });
  const blocks = new Block1Assembler(MAX_FRAME_BYTES);
  /** The Block1 value a reassembled request's final response echoes (RFC 7959 §2.3), by endpoint and path, while it is handed on. */
  const finalBlocks = new Map<string, Buffer>();
  const endpoint = (rinfo: { address: string; port: number }, path: string) => `${rinfo.address}|${rinfo.port}|${path}`;

  function front(datagram: Buffer, rinfo: RemoteInfo, deliver: Deliver): void {
    const now = Date.now();
    if (!ingest.pipeline.sourceAllowed(rinfo.address, now)) {
      hooks.onDropped?.('source_limited');
      const refusal = {
        code: 'INGEST_SOURCE_LIMITED',
        message: 'the address sent too many frames that failed authentication or were replays; its datagrams are ignored until its budget refills',
        context: {},
      };
      refusals.report(null, refusal, { remote: rinfo.address }, 'CoAP datagram', '*:INGEST_SOURCE_LIMITED'); // one line a minute, however many addresses
      return;
    }
    let packet: ParsedPacket;
    try {
      packet = parse(datagram);
    } catch {
      // Not CoAP: nothing to answer (RFC 7252 §4.2, a message that cannot be parsed is ignored). Junk, charged to its source.
      hooks.onDropped?.('malformed');
      ingest.pipeline.chargeSource(rinfo.address, now);
      return;
    }
    const isRequest = packet.code.startsWith('0.') && packet.code !== '0.00';
    if (!isRequest || !findOption(packet, 'Block1')) return deliver(datagram, rinfo);
    const step = blocks.take(packet, datagram, rinfo, now);
    if (step.kind === 'complete') {
      // node-coap emits 'request' within deliver(); a retransmitted final block it answers from its cache emits none.
      const key = endpoint(rinfo, pathOf(packet));
      finalBlocks.set(key, step.block1);
      deliver(step.datagram, rinfo);
      finalBlocks.delete(key);
      return;
    }
    if (step.refusal) {
      ingest.pipeline.chargeSource(rinfo.address, now);
      refusals.report(null, step.refusal, {}, 'CoAP block-wise transfer');
    }
    socket.send(step.datagram, rinfo.port, rinfo.address);
  }

  server.on('request', (req: IncomingMessage, res: OutgoingMessage) => {
    const path = req.url.split('?')[0] ?? '';
    const key = endpoint(req.rsinfo, path);
    const block1 = finalBlocks.get(key);
    if (block1) {
      finalBlocks.delete(key);
      res.setOption('Block1', block1);
    }
    if (req.method !== 'POST') {
      res.code = '4.05';
      res.end('only POST: send one Uplink frame to /wp/v1/{kind}/{id}/up');
      return;
    }
    const remote = req.rsinfo.address;
    ingest.handle({ transport: 'coap', topic: path, payload: req.payload, receivedAtMs: Date.now(), remoteAddress: remote }).then(
      (outcome) => answer(outcome, res, path, remote),
      (err: Error) => {
        log.error({ err, path }, 'CoAP request failed');
        res.code = '5.00';
        res.end('internal error');
      },
    );
  });

  function answer(outcome: UplinkOutcome, res: OutgoingMessage, path: string, remote: string): void {
    if (outcome.status !== 'refused') {
      if (outcome.clock) {
        refusals.warn(outcome.deviceId, clockWarning(outcome.clock), { path, remote, seq: outcome.seq }, 'CoAP frame taken');
      }
      res.code = '2.04';
      res.end();
      return;
    }
    const { refusal } = outcome;
    refusals.report(outcome.deviceId, refusal, { path, remote }, 'CoAP frame');
    res.code = RESPONSE_CODE[refusal.code] ?? '4.00';
    if (refusal.transient) res.setOption('Max-Age', RETRY_AFTER_S);
    if (refusal.code === 'PROTO_FRAME_TOO_LARGE') res.setOption('Size1', MAX_FRAME_BYTES); // RFC 7959 §2.9.3: the size the server can take
    res.end(`${refusal.code}: ${refusal.message}`); // the diagnostic payload of RFC 7252 §5.5.2
  }

  const socket = await bindUdpSocket(options.host, options.port);
  socket.on('error', (err) => log.warn({ err: err.message }, 'CoAP socket error'));
  serveThrough(server, socket, front);
  const port = socket.address().port;
  log.info({ port }, 'CoAP listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => socket.close(() => resolve()));
      }),
  };
}
