/**
 * A webhook receiver as an integration should write one, on loopback, for
 * tests: it checks X-Watchpost-Signature (the secret, the body, the replay
 * window) with verifySignature, and processes each Idempotency-Key once,
 * answering a repeated key 200 without processing it again. What it answers
 * otherwise is the test's to say (an outage, a slow receiver).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SIGNATURE_HEADER, verifySignature, type SignatureCheck } from '../signature.js';

/** The body the platform POSTs (channels/channel.ts notificationBody). */
export interface WebhookBody {
  id: string;
  kind: string;
  createdAt: string;
  jurisdictions: string[];
  subjectId: string | null;
  data: Record<string, unknown>;
  delivery: { id: string; attempt: number; idempotencyKey: string };
}

/** Every request, whatever was answered. */
export interface ReceivedRequest {
  at: number;
  key: string;
  deliveryId: string;
  raw: string;
  signature: string;
  check: SignatureCheck;
  status: number;
}

/** What to answer: a status (the request is processed only if it is 2xx), or 'hang' (no answer until the connection closes). */
export type Answer = number | 'hang';

export interface ReceiverOptions {
  /** The endpoint's secret; may be set after the endpoint was created (its URL comes first). */
  secret?: string;
  /** Answer of a validly signed request (after the signature check); 200 by default. */
  answer?: (request: ReceivedRequest, body: WebhookBody) => Answer | Promise<Answer>;
  /** The receiver's clock (a replay test moves it on). */
  now?: () => number;
  /** Listen on this port (a receiver that comes up later, at the URL registered before); 0: any. */
  port?: number;
}

export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** Processed notifications, in the order processed: each key once. */
  readonly processed: WebhookBody[] = [];
  /** Requests per key, processed or not. */
  readonly seen = new Map<string, number>();
  secret: string;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private listening = false;

  private constructor(
    private readonly options: ReceiverOptions,
    readonly port: number,
  ) {
    this.secret = options.secret ?? '';
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.once('close', () => this.sockets.delete(s));
    });
  }

  /** A receiver listening on loopback (or, with `listen: false`, one whose port is reserved and that is down until `listen()`). */
  static async start(options: ReceiverOptions = {}, listen = true): Promise<WebhookReceiver> {
    const port = options.port || (await freePort());
    const r = new WebhookReceiver(options, port);
    if (listen) await r.listen();
    return r;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/watchpost`;
  }

  async listen(): Promise<void> {
    if (this.listening) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.listening = true;
  }

  /** Stops listening and cuts every connection (hanging requests included). */
  async close(): Promise<void> {
    if (!this.listening) return;
    this.listening = false;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  /** Keys requested more than once. */
  duplicates(): string[] {
    return [...this.seen].filter(([, n]) => n > 1).map(([k]) => k);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const key = String(req.headers['idempotency-key'] ?? '');
    const signature = String(req.headers[SIGNATURE_HEADER] ?? '');
    const now = this.options.now?.() ?? Date.now();
    const request: ReceivedRequest = {
      at: now,
      key,
      deliveryId: String(req.headers['x-watchpost-delivery'] ?? ''),
      raw,
      signature,
      check: verifySignature(this.secret, signature, raw, now),
      status: 0,
    };
    this.requests.push(request);
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    const answer = (status: number, text = '') => {
      request.status = status;
      res.statusCode = status;
      res.end(text);
    };
    // First the signature: nothing unsigned, tampered or replayed is looked at.
    if (!request.check.valid) return answer(401, request.check.reason);
    if (this.processed.some((b) => b.delivery.idempotencyKey === key)) return answer(200, 'already processed');
    const body = JSON.parse(raw) as WebhookBody;
    const status = await (this.options.answer?.(request, body) ?? 200);
    if (status === 'hang') return; // answered by the connection closing
    // Processed when it says so: a key whose 2xx the platform did not record comes again and is not processed twice.
    if (status >= 200 && status < 300 && !this.processed.some((b) => b.delivery.idempotencyKey === key)) this.processed.push(body);
    answer(status);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}
