/**
 * Commands to devices: a home asks for one inside the transaction of the
 * change it follows from (an alarm raised: "help is on its way"), and it is
 * sent once that commits: a MAC-signed Downlink, QoS 1, on the device's
 * downlink topic, through the MQTT edge. A device that is not connected (or
 * has not subscribed to its downlink topic yet) gets its waiting commands
 * when it subscribes, unless they have expired; a command not answered is
 * sent again, with its command id, after a reconnect. The device's CommandAck
 * is recorded against the command inside the commit of the ack frame (ack
 * rule below), and the homes that asked are told in that same transaction.
 */
import type { Logger } from 'pino';
import { downlinkTopic, encodeDownlink, type DownlinkCommand } from '@watchpost/firmware-protocol';
import { enumLabel, type CommitRule, type Database, type UplinkRecord, type Work } from '@watchpost/ingest';
import type { DeviceRegistry } from '../registry.js';
import { commandsByIds, commandsOf, insertCommand, markSent, recordAcks, waitingCommands, type Ack, type AckStatus, type CommandRow } from './store.js';

/** What the MQTT edge offers the devices home for sending commands. */
export interface DownlinkPublisher {
  /** Whether the device is connected and subscribed to its downlink topic. */
  isListening(deviceId: string): boolean;
  /** Publishes QoS 1; resolves once the broker has handed the frame to the device's connection. */
  publish(topic: string, payload: Uint8Array): Promise<void>;
  /** Told of a device that has just subscribed to its downlink topic. */
  onListening(listener: (deviceId: string) => void): void;
}

export type CommandStatus = 'queued' | 'sent' | 'acknowledged' | 'rejected' | 'failed' | 'unsupported' | 'expired';

/** Where a command stands: answered (how), expired unanswered, sent, or waiting. */
export function commandStatus(c: CommandRow, nowMs = Date.now()): CommandStatus {
  if (c.acked_at) return c.ack_status === 'ok' ? 'acknowledged' : c.ack_status === 'unspecified' || !c.ack_status ? 'failed' : c.ack_status;
  if (c.expires_at.getTime() <= nowMs) return 'expired';
  return c.sent_at ? 'sent' : 'queued';
}

export interface CommandJson {
  id: number;
  command: DownlinkCommand;
  purpose: string;
  status: CommandStatus;
  createdAt: string;
  expiresAt: string;
  sentAt: string | null;
  sends: number;
  acknowledgedAt: string | null;
  detail: string | null;
}

export const commandJson = (c: CommandRow, nowMs = Date.now()): CommandJson => ({
  id: c.id,
  command: c.command,
  purpose: c.purpose,
  status: commandStatus(c, nowMs),
  createdAt: c.created_at.toISOString(),
  expiresAt: c.expires_at.toISOString(),
  sentAt: c.sent_at?.toISOString() ?? null,
  sends: c.sends,
  acknowledgedAt: c.acked_at?.toISOString() ?? null,
  detail: c.ack_detail || null,
});

export interface CommandRequest {
  deviceId: string;
  command: DownlinkCommand;
  /** Who asks, for what ('alarm.help'); the ack listeners filter on it. */
  purpose: string;
  subjectId?: string | null;
  /** The device must not carry it out after this long. */
  ttlMs: number;
}

/** Told, inside the commit of the ack frames, of the commands the device answered there. */
export type AckListener = (work: Work, answered: readonly CommandRow[]) => Promise<void>;

export class CommandService {
  private publisher: DownlinkPublisher | null = null;
  private readonly ackListeners: AckListener[] = [];
  /** Per device, the sending under way: a device's commands go out one after another, in id order. */
  private readonly sending = new Map<string, Promise<void>>();
  /** Sends in flight, for stop() to wait for. */
  private readonly inflight = new Set<Promise<void>>();
  readonly ackRule: CommitRule;

  constructor(
    private readonly db: Database,
    private readonly registry: DeviceRegistry,
    private readonly logger: Logger,
  ) {
    this.ackRule = {
      name: 'devices: a command ack is recorded against its command (and told to the home that asked)',
      wants: (record) => record.body.type === 'commandAck',
      apply: (work, records) => this.recordAnswers(work, records),
    };
  }

  /** The edge that carries downlinks; every device that subscribes gets what waits for it. */
  attach(publisher: DownlinkPublisher): void {
    this.publisher = publisher;
    publisher.onListening((deviceId) => this.send(deviceId, null));
  }

  onAcked(listener: AckListener): void {
    this.ackListeners.push(listener);
  }

  /** A command, in the caller's transaction; it goes out once that commits (or when the device next listens). */
  async enqueue(work: Work, request: CommandRequest): Promise<CommandRow> {
    const row = await insertCommand(work, {
      deviceId: request.deviceId,
      command: request.command,
      purpose: request.purpose,
      subjectId: request.subjectId,
      expiresAt: new Date(Date.now() + request.ttlMs),
    });
    work.afterCommit(() => this.send(request.deviceId, row.id));
    return row;
  }

  list(deviceId: string, limit = 50): Promise<CommandRow[]> {
    return commandsOf(this.db, deviceId, limit);
  }

  byIds(ids: readonly number[]): Promise<CommandRow[]> {
    return commandsByIds(this.db, ids);
  }

  /** Waits for the sends under way (the platform is stopping). */
  async stop(): Promise<void> {
    this.publisher = null;
    await Promise.allSettled([...this.inflight]);
  }

  /** Sends what waits for a device (only: just this new command), after whatever it is being sent already. */
  private send(deviceId: string, only: number | null): void {
    const previous = this.sending.get(deviceId) ?? Promise.resolve();
    const next = previous.then(() => this.sendNow(deviceId, only)).catch((err: Error) => this.logger.warn({ deviceId, err: err.message }, 'command not sent: it waits for the next subscription'));
    this.sending.set(deviceId, next);
    this.inflight.add(next);
    void next.finally(() => {
      this.inflight.delete(next);
      if (this.sending.get(deviceId) === next) this.sending.delete(deviceId);
    });
  }

  private async sendNow(deviceId: string, only: number | null): Promise<void> {
    const publisher = this.publisher;
    const device = this.registry.get(deviceId);
    if (!publisher || !device || !publisher.isListening(deviceId)) return;
    const now = new Date();
    const waiting = (await waitingCommands(this.db, deviceId, now)).filter((c) => only === null || c.id === only);
    for (const c of waiting) {
      const frame = { commandId: c.id, issuedMs: c.created_at.getTime(), expiresMs: c.expires_at.getTime(), command: c.command };
      await publisher.publish(downlinkTopic(device.kind, device.id), encodeDownlink(frame, device.macKey));
      await markSent(this.db, c.id, new Date());
      this.logger.info({ deviceId, commandId: c.id, command: c.command.type, purpose: c.purpose, resend: c.sends > 0 }, 'command sent');
    }
  }

  private async recordAnswers(work: Work, records: readonly UplinkRecord[]): Promise<void> {
    const acks: Ack[] = [];
    for (const r of records) {
      if (r.body.type !== 'commandAck') continue;
      acks.push({ deviceId: r.deviceId, commandId: r.body.commandId, status: enumLabel(r.body.status, 'ACK_STATUS_') as AckStatus, detail: r.body.detail, atMs: r.receivedAtMs });
    }
    const answered = await recordAcks(work, acks);
    if (answered.length === 0) return;
    for (const listener of this.ackListeners) await listener(work, answered);
  }
}
