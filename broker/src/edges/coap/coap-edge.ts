/**
 * The CoAP edge (RFC 7252, UDP) for NB-IoT devices: POST a MAC'd Uplink
 * frame to coap://host/wp/v1/{kind}/{id}/up. node-coap has no DTLS, so each
 * frame proves itself with its MAC and its sequence number (PROTOCOL.md).
 * 2.04 Changed is sent only after the frame is committed; a retransmission
 * is answered 2.04 again without a second row.
 */
import { createServer, type IncomingMessage, type OutgoingMessage, type Server } from 'coap';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Ingest, RefusalCode } from '@watchpost/ingest';
import type { RefusalLog } from '../refusal-log.js';

export interface CoapEdgeOptions {
  host: string;
  port: number;
}

export interface CoapEdge {
  readonly port: number;
  close(): Promise<void>;
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
  INGEST_BACKPRESSURE: '5.03',
  INGEST_DB_UNAVAILABLE: '5.03',
  INGEST_STORE_FAILED: '5.03',
  INGEST_SHUTTING_DOWN: '5.03',
};

/** Seconds a device should wait before retrying after 4.29 or 5.03 (CoAP Max-Age option). */
const RETRY_AFTER_S = 30;

export async function startCoapEdge(ingest: Ingest, options: CoapEdgeOptions, logger: Logger, refusals: RefusalLog): Promise<CoapEdge> {
  const log = logger.child({ component: 'coap' });
  const server: Server = createServer({
    type: 'udp4',
    // Wait up to 1 s for the commit before answering with a separate response:
    // the piggybacked 2.04 saves a round trip, and the client's ACK timeout is 2 s.
    piggybackReplyMs: 1_000,
  });

  server.on('request', (req: IncomingMessage, res: OutgoingMessage) => {
    if (req.method !== 'POST') {
      res.code = '4.05';
      res.end('only POST: send one Uplink frame to /wp/v1/{kind}/{id}/up');
      return;
    }
    const path = req.url.split('?')[0] ?? '';
    ingest.handle({ transport: 'coap', topic: path, payload: req.payload, receivedAtMs: Date.now() }).then(
      (outcome) => {
        if (outcome.status !== 'refused') {
          res.code = '2.04';
          res.end();
          return;
        }
        const { refusal } = outcome;
        refusals.report(outcome.deviceId, refusal, { path, remote: req.rsinfo.address }, 'CoAP frame');
        res.code = RESPONSE_CODE[refusal.code] ?? '4.00';
        if (refusal.transient) res.setOption('Max-Age', RETRY_AFTER_S);
        res.end(`${refusal.code}: ${refusal.message}`); // the diagnostic payload of RFC 7252 §5.5.2
      },
      (err: Error) => {
        log.error({ err, path }, 'CoAP request failed');
        res.code = '5.00';
        res.end('internal error');
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = ((server as unknown as { _sock: { address(): AddressInfo } })._sock.address() as AddressInfo).port;
  log.info({ port }, 'CoAP listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
