/**
 * The steps of the uplink pipeline, each small and named. A step throws an
 * IngestError or ProtocolError to refuse the frame; the pipeline turns that
 * into a counted, logged outcome.
 */
import { decodeUplink, HEARTBEAT_BODY_BY_KIND, parseDeviceTopic, ProtocolError, validateUplink, verifyMac, type DeviceTopic } from '@watchpost/firmware-protocol';
import { IngestError } from '../errors.js';
import type { ClockFlag } from '../store/uplinks.js';
import { DEFAULT_CLOCK_WINDOW, type PipelineDeps, type UplinkContext } from './context.js';

type Step = (ctx: UplinkContext, deps: PipelineDeps) => void;

/** Devices publish on the same topic every time: parse each once (bounded; invalid topics are not kept). */
const parsedTopics = new Map<string, DeviceTopic>();
const MAX_PARSED_TOPICS = 200_000;

/**
 * An address that has sent too much junk (frames that failed authentication,
 * replays) is refused before its frames cost anything more. Only frames with
 * a source address (CoAP) are checked: an MQTT connection authenticated its sender.
 */
export const limitSource: Step = (ctx, { sources }) => {
  const remote = ctx.input.remoteAddress;
  if (remote !== undefined && !sources.allows(remote, ctx.input.receivedAtMs)) {
    throw new IngestError('INGEST_SOURCE_LIMITED', `address ${remote} sent too many frames that failed authentication or were replays; wait`, { remote });
  }
};

export const parseTopic: Step = (ctx) => {
  let topic = parsedTopics.get(ctx.input.topic);
  if (!topic) {
    topic = parseDeviceTopic(ctx.input.topic);
    if (parsedTopics.size >= MAX_PARSED_TOPICS) parsedTopics.clear();
    parsedTopics.set(ctx.input.topic, topic);
  }
  ctx.topic = topic;
};

/** The topic must name a registered device of that kind; over MQTT, the connection's own device. */
export const authorizeTopic: Step = (ctx, { registry }) => {
  const topic = ctx.topic!;
  const session = ctx.input.sessionDeviceId;
  if (session !== undefined && session !== topic.deviceId) {
    throw new IngestError('ACL_FOREIGN_TOPIC', `device '${session}' may not publish on ${ctx.input.topic}`, { deviceId: session, topic: ctx.input.topic });
  }
  const device = registry.get(topic.deviceId);
  if (!device) throw new IngestError('AUTH_UNKNOWN_DEVICE', `no device '${topic.deviceId}' is registered`, { deviceId: topic.deviceId });
  if (device.kind !== topic.kind) {
    throw new IngestError('ACL_KIND_MISMATCH', `device '${device.id}' is a ${device.kind}, not a ${topic.kind}`, { deviceId: device.id, topic: ctx.input.topic });
  }
  ctx.device = device;
};

export const decode: Step = (ctx) => {
  ctx.decoded = decodeUplink(ctx.input.payload);
};

/** Authenticity: the connection's (MQTT), or the frame's MAC (required over CoAP, checked over MQTT when present). */
export const verifyFrameMac: Step = (ctx, { options }) => {
  const { mac, signed } = ctx.decoded!;
  const device = ctx.device!;
  if (!mac) {
    if (options.requireMacOn.includes(ctx.input.transport)) {
      throw new ProtocolError('PROTO_MAC_MISSING', `${ctx.input.transport} frames must carry a MAC`, { deviceId: device.id });
    }
    ctx.authentic = true; // by its connection (authorizeTopic checked it is this device's)
    return;
  }
  if (!verifyMac(device.macKey, signed, mac)) {
    throw new ProtocolError('PROTO_MAC_INVALID', `MAC does not verify with the key of '${device.id}'`, { deviceId: device.id, seq: ctx.decoded!.frame.seq });
  }
  ctx.authentic = true;
};

export const validate: Step = (ctx) => {
  validateUplink(ctx.topic!, ctx.decoded!.frame);
};

/** Replay protection: a sequence number far behind or far ahead of the device's last one is refused. */
export const checkSequence: Step = (ctx, { options }) => {
  const { seq } = ctx.decoded!.frame;
  const device = ctx.device!;
  if (seq + options.replayWindow <= device.lastSeq) {
    throw new IngestError('INGEST_REPLAY', `seq ${seq} is more than ${options.replayWindow} behind the last accepted ${device.lastSeq}`, {
      deviceId: device.id,
      seq,
      lastSeq: device.lastSeq,
    });
  }
  if (seq > device.lastSeq + options.maxSeqJump) {
    throw new IngestError('INGEST_SEQ_FAR_FUTURE', `seq ${seq} jumps more than ${options.maxSeqJump} past the last accepted ${device.lastSeq}`, {
      deviceId: device.id,
      seq,
      lastSeq: device.lastSeq,
    });
  }
};

/**
 * One flooding device is refused before its frames cost a write. Only a frame
 * that proved it comes from the device (and is not an old one) spends the
 * device's budget: a stranger's frames never reach this step, so they cannot
 * silence it.
 */
export const rateLimit: Step = (ctx, { limiter, options }) => {
  const device = ctx.device!;
  if (!limiter.take(device.id, ctx.input.receivedAtMs)) {
    throw new IngestError('INGEST_RATE_LIMITED', `more than ${options.rateLimit.ratePerS} frames/s (burst ${options.rateLimit.burst})`, { deviceId: device.id });
  }
  ctx.charged = true;
};

/** Which side of the platform's clock window a device time lies, if outside it. */
function clockFlag(skewMs: number, window = DEFAULT_CLOCK_WINDOW): ClockFlag | null {
  if (skewMs > window.behindMs) return 'behind';
  if (-skewMs > window.aheadMs) return 'ahead';
  return null;
}

/**
 * Builds the row to store, with the device's clock put on the platform's when
 * it is off, and flagged when it is outside the clock window.
 */
export const enrich: Step = (ctx, { options }) => {
  const { frame } = ctx.decoded!;
  const receivedAtMs = ctx.input.receivedAtMs;
  const deviceTimeMs = frame.deviceTimeMs === 0 ? null : frame.deviceTimeMs;
  const skew = deviceTimeMs === null ? 0 : receivedAtMs - deviceTimeMs;
  ctx.record = {
    deviceId: ctx.device!.id,
    kind: ctx.device!.kind,
    seq: frame.seq,
    transport: ctx.input.transport,
    receivedAtMs,
    deviceTimeMs,
    clockCorrectionMs: Math.abs(skew) > options.clockSkewToleranceMs ? skew : 0,
    clockFlag: deviceTimeMs === null ? null : clockFlag(skew, options.clockWindow),
    body: frame.body,
    intervalS: frame.body.type === HEARTBEAT_BODY_BY_KIND[ctx.device!.kind] && 'intervalS' in frame.body && frame.body.intervalS > 0 ? frame.body.intervalS : null,
  };
};

/** Group commit; resolves once the frame is durable. */
export async function store(ctx: UplinkContext, deps: PipelineDeps): Promise<void> {
  ctx.fresh = await deps.store(ctx.record!);
}

/**
 * After commit: the device's newest sequence number, its heartbeat interval,
 * its presence. Only a frame stored now (a new seq) is news from the device:
 * one stored before may be a replay by anyone who captured it, so it is
 * answered but does not make a dead device look alive.
 */
export const markHeard: Step = (ctx, { presence, events }) => {
  if (!ctx.fresh) return;
  const device = ctx.device!;
  const record = ctx.record!;
  if (record.seq > device.lastSeq) device.lastSeq = record.seq;
  const heard = new Date(record.receivedAtMs);
  if (!device.lastSeenAt || heard > device.lastSeenAt) device.lastSeenAt = heard;
  if (record.intervalS) device.heartbeatIntervalS = record.intervalS;
  presence.heard(device, record.receivedAtMs);
  if (events.listenerCount('stored') > 0) {
    events.emit('stored', { deviceId: device.id, kind: device.kind, seq: record.seq, body: record.body.type, transport: record.transport, at: heard });
  }
};
