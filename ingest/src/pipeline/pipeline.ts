/**
 * The uplink pipeline: every frame from every transport takes these steps,
 * in this order. Read this list to know what happens to a message.
 */
import { toRefusal, type Refusal } from '../errors.js';
import type { InboundFrame, PipelineDeps, UplinkContext } from './context.js';
import * as step from './steps.js';

/** Checks and preparation, synchronous, in order; any of them may refuse the frame. */
export const UPLINK_STEPS = [
  ['parse topic', step.parseTopic],
  ['authorize topic', step.authorizeTopic],
  ['rate limit', step.rateLimit],
  ['decode', step.decode],
  ['verify MAC', step.verifyFrameMac],
  ['validate', step.validate],
  ['check sequence', step.checkSequence],
  ['enrich', step.enrich],
] as const;
// …then 'store' (group commit, joined with an identical frame already in
// flight) and, once committed, 'mark heard'. Only then may the edge acknowledge.

export type UplinkOutcome =
  | { status: 'stored'; deviceId: string; seq: number }
  | { status: 'duplicate'; deviceId: string; seq: number }
  | { status: 'refused'; deviceId: string | null; refusal: Refusal };

export class UplinkPipeline {
  /** Frames being stored, by device and seq: a retransmission arriving meanwhile waits for the same commit. */
  private readonly inflight = new Map<string, Promise<UplinkOutcome>>();

  constructor(private readonly deps: PipelineDeps) {}

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
    this.deps.events.emit('frame', {
      transport: input.transport,
      deviceId: outcome.deviceId,
      kind: ctx.device?.kind ?? ctx.topic?.kind ?? null,
      status: outcome.status,
      refusal: outcome.status === 'refused' ? outcome.refusal : undefined,
      receivedAtMs: input.receivedAtMs,
    });
    return outcome;
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
    if (running) {
      return running.then((o) => (o.status === 'stored' ? { status: 'duplicate', deviceId, seq } : o));
    }
    const outcome = (async (): Promise<UplinkOutcome> => {
      try {
        await step.store(ctx, this.deps);
        step.markHeard(ctx, this.deps);
        return { status: ctx.fresh ? 'stored' : 'duplicate', deviceId, seq };
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
