/**
 * The steps of the uplink pipeline, each small and named. A step throws an
 * IngestError or ProtocolError to refuse the frame; the pipeline turns that
 * into a counted, logged outcome.
 */
import { decodeUplink, HEARTBEAT_BODY_BY_KIND, parseDeviceTopic, ProtocolError, validateUplink, verifyMac, type DeviceTopic } from '@watchpost/firmware-protocol';
import { IngestError } from '../errors.js';
import type { PipelineDeps, UplinkContext } from './context.js';

type Step = (ctx: UplinkContext, deps: PipelineDeps) => void;

/** Devices publish on the same topic every time: parse each once (bounded; invalid topics are not kept). */
const parsedTopics = new Map<string, DeviceTopic>();
const MAX_PARSED_TOPICS = 200_000;

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

/** One flooding device is refused before its frames cost a decode or a write. */
export const rateLimit: Step = (ctx, { limiter, options }) => {
  const device = ctx.device!;
  if (!limiter.take(device.id, ctx.input.receivedAtMs)) {
    throw new IngestError('INGEST_RATE_LIMITED', `more than ${options.rateLimit.ratePerS} frames/s (burst ${options.rateLimit.burst})`, { deviceId: device.id });
  }
};

export const decode: Step = (ctx) => {
  ctx.decoded = decodeUplink(ctx.input.payload);
};

export const verifyFrameMac: Step = (ctx, { options }) => {
  const { mac, signed } = ctx.decoded!;
  const device = ctx.device!;
  if (!mac) {
    if (options.requireMacOn.includes(ctx.input.transport)) {
      throw new ProtocolError('PROTO_MAC_MISSING', `${ctx.input.transport} frames must carry a MAC`, { deviceId: device.id });
    }
    return;
  }
  if (!verifyMac(device.macKey, signed, mac)) {
    throw new ProtocolError('PROTO_MAC_INVALID', `MAC does not verify with the key of '${device.id}'`, { deviceId: device.id, seq: ctx.decoded!.frame.seq });
  }
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

/** Builds the row to store, with the device's clock put on the platform's when it is off. */
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
    body: frame.body,
    intervalS: frame.body.type === HEARTBEAT_BODY_BY_KIND[ctx.device!.kind] && 'intervalS' in frame.body && frame.body.intervalS > 0 ? frame.body.intervalS : null,
  };
};

/** Group commit; resolves once the frame is durable. */
export async function store(ctx: UplinkContext, deps: PipelineDeps): Promise<void> {
  ctx.fresh = await deps.store(ctx.record!);
}

/** After commit: the device's newest sequence number, its heartbeat interval, its presence. */
export const markHeard: Step = (ctx, { presence, events }) => {
  const device = ctx.device!;
  const record = ctx.record!;
  if (record.seq > device.lastSeq) device.lastSeq = record.seq;
  const heard = new Date(record.receivedAtMs);
  if (!device.lastSeenAt || heard > device.lastSeenAt) device.lastSeenAt = heard;
  if (record.intervalS) device.heartbeatIntervalS = record.intervalS;
  presence.heard(device, record.receivedAtMs);
  if (ctx.fresh && events.listenerCount('stored') > 0) {
    events.emit('stored', { deviceId: device.id, kind: device.kind, seq: record.seq, body: record.body.type, transport: record.transport, at: heard });
  }
};
