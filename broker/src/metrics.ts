/**
 * Prometheus metrics (GET /metrics): frames received, acknowledged and
 * refused by reason, commit batch sizes and latency, connected devices,
 * devices by presence. A registry per platform, so tests may run several.
 */
import client from 'prom-client';
import type { Ingest } from '@watchpost/ingest';

export class Metrics {
  readonly registry = new client.Registry();
  readonly received: client.Counter<'transport' | 'kind'>;
  readonly acknowledged: client.Counter<'transport' | 'kind' | 'outcome'>;
  readonly refused: client.Counter<'transport' | 'kind' | 'code'>;
  readonly batchSize: client.Histogram;
  readonly commitSeconds: client.Histogram;
  readonly databaseAvailable: client.Gauge;
  readonly ackSeconds: client.Histogram<'transport'>;
  readonly clockOutsideWindow: client.Counter<'transport' | 'kind' | 'clock'>;
  readonly coapDropped: client.Counter<'reason'>;

  constructor() {
    const registers = [this.registry];
    client.collectDefaultMetrics({ register: this.registry, prefix: 'watchpost_' });
    this.received = new client.Counter({ name: 'watchpost_frames_received_total', help: 'Uplink frames received', labelNames: ['transport', 'kind'], registers });
    this.acknowledged = new client.Counter({
      name: 'watchpost_frames_acknowledged_total',
      help: 'Uplink frames acknowledged after commit (outcome: stored, or duplicate of a stored frame)',
      labelNames: ['transport', 'kind', 'outcome'],
      registers,
    });
    this.refused = new client.Counter({ name: 'watchpost_frames_refused_total', help: 'Uplink frames refused, by reason', labelNames: ['transport', 'kind', 'code'], registers });
    this.batchSize = new client.Histogram({
      name: 'watchpost_commit_batch_frames',
      help: 'Frames per database commit',
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
      registers,
    });
    this.commitSeconds = new client.Histogram({
      name: 'watchpost_commit_duration_seconds',
      help: 'Duration of one database commit of a batch',
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
      registers,
    });
    this.ackSeconds = new client.Histogram({
      name: 'watchpost_frame_ack_seconds',
      help: 'From a frame received to its acknowledgement (stored or duplicate): the platform side of publish→PUBACK',
      labelNames: ['transport'],
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
      registers,
    });
    this.clockOutsideWindow = new client.Counter({
      name: 'watchpost_frames_clock_outside_window_total',
      help: "Frames taken whose device clock was outside the platform's window (40 s behind, 20 s ahead): clock=behind|ahead",
      labelNames: ['transport', 'kind', 'clock'],
      registers,
    });
    this.coapDropped = new client.Counter({
      name: 'watchpost_coap_datagrams_dropped_total',
      help: 'CoAP datagrams ignored before handling: reason=source_limited (the address spent its budget for junk), malformed (not CoAP)',
      labelNames: ['reason'],
      registers,
    });
    this.databaseAvailable = new client.Gauge({ name: 'watchpost_database_available', help: '1 while the database takes writes', registers });
    this.databaseAvailable.set(1);
  }

  /** Counts every frame the pipeline handles, and reads fleet gauges on scrape. */
  observe(ingest: Ingest, connectedDevices: () => Record<string, number>): void {
    // Labelled children looked up once per (transport, kind): a frame costs a few increments, no label hashing.
    type Series = { received: client.Counter.Internal; stored: client.Counter.Internal; duplicate: client.Counter.Internal; ack: client.Histogram.Internal<'transport'> };
    const series = new Map<string, Map<string, Series>>();
    const seriesOf = (transport: string, kind: string): Series => {
      let byKind = series.get(transport);
      if (!byKind) series.set(transport, (byKind = new Map()));
      let s = byKind.get(kind);
      if (!s) {
        s = {
          received: this.received.labels(transport, kind),
          stored: this.acknowledged.labels(transport, kind, 'stored'),
          duplicate: this.acknowledged.labels(transport, kind, 'duplicate'),
          ack: this.ackSeconds.labels(transport),
        };
        byKind.set(kind, s);
      }
      return s;
    };
    ingest.events.on('frame', (e) => {
      const kind = e.kind ?? 'unknown';
      const s = seriesOf(e.transport, kind);
      s.received.inc();
      if (e.status === 'refused') {
        this.refused.inc({ transport: e.transport, kind, code: e.refusal!.code });
        return;
      }
      if (e.clock) this.clockOutsideWindow.inc({ transport: e.transport, kind, clock: e.clock });
      s[e.status].inc();
      s.ack.observe((Date.now() - e.receivedAtMs) / 1000);
    });
    const registers = [this.registry];
    new client.Gauge({
      name: 'watchpost_connected_devices',
      help: 'Devices connected now, by transport (CoAP is connectionless: not counted)',
      labelNames: ['transport'],
      registers,
      collect() {
        for (const [transport, n] of Object.entries(connectedDevices())) this.set({ transport }, n);
      },
    });
    new client.Gauge({
      name: 'watchpost_devices',
      help: 'Registered devices by kind and presence',
      labelNames: ['kind', 'presence'],
      registers,
      collect() {
        this.reset();
        for (const d of ingest.registry.all()) this.inc({ kind: d.kind, presence: d.presence });
      },
    });
    new client.Gauge({
      name: 'watchpost_ingest_pending_frames',
      help: 'Frames waiting for the database',
      registers,
      collect() {
        this.set(ingest.pending);
      },
    });
  }

  /** Hooks for the CoAP edge. */
  coapHooks() {
    return { onDropped: (reason: 'source_limited' | 'malformed') => this.coapDropped.inc({ reason }) };
  }

  /** Hooks for the group-commit writer. */
  writerHooks() {
    return {
      onFlush: (size: number, ms: number) => {
        this.batchSize.observe(size);
        this.commitSeconds.observe(ms / 1000);
      },
      onAvailabilityChange: (available: boolean) => this.databaseAvailable.set(available ? 1 : 0),
    };
  }
}
