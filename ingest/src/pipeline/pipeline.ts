/**
 * The uplink pipeline: every frame from every transport takes these steps,
 * in this order. Read this list to know what happens to a message.
 */
import { toRefusal, type Refusal } from '../errors.js';
import type { ClockFlag } from '../store/uplinks.js';
import type { InboundFrame, PipelineDeps, UplinkContext } from './context.js';
import { RecentSeqs } from './recent-seqs.js';
import * as step from './steps.js';

/**
 * Checks and preparation, synchronous, in order; any of them may refuse the
 * frame. Authenticity comes before the device's rate limit: what a stranger
 * sends is charged to the stranger's address, never to the device it names.
 */
export const UPLINK_STEPS = [
  ['limit source', step.limitSource],
  ['parse topic', step.parseTopic],
  ['authorize topic', step.authorizeTopic],
  ['decode', step.decode],
  ['verify MAC', step.verifyFrameMac],
  ['validate', step.validate],
  ['check sequence', step.checkSequence],
  ['rate limit', step.rateLimit],
  ['enrich', step.enrich],
] as const;
// …then 'store' (group commit, joined with an identical frame already in
// flight) and, once committed, 'mark heard' (a new frame only). Only then may
// the edge acknowledge.

/**
 * What became of a frame. 'duplicate': stored before (a retransmission, or a
 * replay); acknowledged like a stored one, but not news from the device.
 * `clock` is set when the device clock was outside the platform's window.
 */
export type UplinkOutcome =
  | { status: 'stored'; deviceId: string; seq: number; clock?: ClockFlag }
  | { status: 'duplicate'; deviceId: string; seq: number; clock?: ClockFlag }
  | { status: 'refused'; deviceId: string | null; refusal: Refusal };

export class UplinkPipeline {
  /** Frames being stored, by device and seq: a retransmission arriving meanwhile waits for the same commit. */
  private readonly inflight = new Map<string, Promise<UplinkOutcome>>();
  /** Seqs committed lately, by device: their copies are answered without the database. */
  private readonly recent = new RecentSeqs();

  constructor(private readonly deps: PipelineDeps) {
    deps.events.on('rotated', ({ deviceId }) => this.recent.forget(deviceId));
  }

  /** Runs a frame through the steps; never throws for a bad frame, only for a bug. */
  async handle(input: InboundFrame): Promise<UplinkOutcome> {
    const ctx: UplinkContext = { input };
    let outcome: UplinkOutcome;
    try {
      for (const [, run] of UPLINK_STEPS) run(ctx, this.deps);
      outcome = await this.storeOnce(ctx);
    } catch (err) {
      outcome = this.refused(ctx, err);
    }
    this.settleBudgets(ctx, outcome);
    this.deps.events.emit('frame', {
      transport: input.transport,
      deviceId: outcome.deviceId,
      kind: ctx.device?.kind ?? ctx.topic?.kind ?? null,
      status: outcome.status,
      refusal: outcome.status === 'refused' ? outcome.refusal : undefined,
      clock: outcome.status === 'refused' ? null : (outcome.clock ?? null),
      receivedAtMs: input.receivedAtMs,
    });
    return outcome;
  }

  /**
   * A frame stored before costs its device nothing (its token is given back):
   * else a stranger replaying a captured frame would spend the device's
   * budget. Nor does a frame the platform could not store now. What a source
   * sent that did not prove itself, and its replays (stored before, or too
   * old), are charged to the source.
   */
  private settleBudgets(ctx: UplinkContext, outcome: UplinkOutcome): void {
    const refusal = outcome.status === 'refused' ? outcome.refusal : null;
    if (ctx.charged && (outcome.status === 'duplicate' || refusal?.transient)) this.deps.limiter.refund(ctx.device!.id);
    const remote = ctx.input.remoteAddress;
    if (remote === undefined) return;
    const junk = refusal !== null && !ctx.authentic && refusal.code !== 'INGEST_SOURCE_LIMITED';
    const replay = outcome.status === 'duplicate' || refusal?.code === 'INGEST_REPLAY';
    if (junk || replay) this.deps.sources.take(remote, ctx.input.receivedAtMs);
  }

  /** True while the source address may send (the edges check it before parsing a datagram). */
  sourceAllowed(remote: string, nowMs: number): boolean {
    return this.deps.sources.allows(remote, nowMs);
  }

  /** Charges the source address for junk an edge found itself (a broken block-wise transfer). */
  chargeSource(remote: string, nowMs: number): void {
    this.deps.sources.take(remote, nowMs);
  }

  private refused(ctx: UplinkContext, err: unknown): UplinkOutcome {
    const deviceId = ctx.device?.id ?? ctx.input.sessionDeviceId ?? ctx.topic?.deviceId ?? null;
    return { status: 'refused', deviceId, refusal: toRefusal(err) };
  }

  /** The store and mark-heard steps, joined with any identical frame already in flight. */
  private storeOnce(ctx: UplinkContext): Promise<UplinkOutcome> {
    const { deviceId, seq } = ctx.record!;
    const key = `${deviceId}:${seq}`;
    const running = this.inflight.get(key);
    const known = !running && this.recent.has(deviceId, seq);
    if (running || known) {
      // A copy of a frame in flight or just committed costs its device nothing,
      // at once: replaying a captured frame many times holds no token.
      if (ctx.charged) this.deps.limiter.refund(deviceId);
      ctx.charged = false;
      if (known) {
        const clock = ctx.record!.clockFlag;
        return Promise.resolve({ status: 'duplicate', deviceId, seq, ...(clock ? { clock } : {}) });
      }
      return running!.then((o) => (o.status === 'stored' ? { ...o, status: 'duplicate' } : o));
    }
    const outcome = (async (): Promise<UplinkOutcome> => {
      try {
        await step.store(ctx, this.deps);
        this.recent.add(deviceId, seq);
        step.markHeard(ctx, this.deps);
        const clock = ctx.record!.clockFlag;
        return { status: ctx.fresh ? 'stored' : 'duplicate', deviceId, seq, ...(clock ? { clock } : {}) };
      } catch (err) {
        return this.refused(ctx, err);
      } finally {
        this.inflight.delete(key);
      }
    })();
    this.inflight.set(key, outcome);
    return outcome;
  }
}
