/**
 * What the alarm pages hold: the open alarms one reaches and, for the one
 * opened, its timeline; both read again whenever the live feed says an alarm
 * changed (coalesced: one read at a time, one more if something came meanwhile).
 * Alarms raised since the page opened are `fresh` until they are opened, and
 * sound as they arrive (../chime.svelte.ts).
 */
import { chime, isNews } from './chime.svelte.js';
import { getAlarm, listOpenAlarms, type Alarm, type TimelineEntry } from './alarms-api.js';
import type { LiveNotification } from './api.js';
import { describeError } from './errors.js';
import { message, type Message } from './i18n/language.svelte.js';
import { Fleet } from './fleet.svelte.js';
import { AlarmFeed } from './live.svelte.js';

class Coalesced {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly run: () => Promise<void>) {}

  go(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.run();
      } while (this.again);
    })().finally(() => (this.running = null));
    return this.running;
  }
}

export class AlarmBoard {
  alarms = $state.raw<Alarm[] | null>(null);
  fresh = $state.raw<ReadonlySet<string>>(new Set());
  /** The latest arrival, for the page's status line. */
  arrived = $state.raw<{ id: string; place: string } | null>(null);
  opened = $state.raw<{ alarm: Alarm; timeline: TimelineEntry[] } | null>(null);
  error = $state.raw<Message | null>(null);
  /** The devices one sees, live: the console draws the alarm's pillar among them. */
  readonly fleet = new Fleet();
  readonly feed = new AlarmFeed((e) => this.changed(e), this.fleet);
  private openedId: string | null = null;
  private readonly abort = new AbortController();
  private readonly list = new Coalesced(() => this.loadList());
  private readonly one = new Coalesced(() => this.loadOne());

  start(): () => void {
    this.feed.start();
    void this.list.go();
    return () => {
      this.feed.close();
      this.abort.abort();
    };
  }

  open(id: string | null): void {
    this.openedId = id;
    if (!id) {
      this.opened = null;
      return;
    }
    if (this.opened?.alarm.id !== id) this.opened = null;
    if (this.fresh.has(id)) this.fresh = new Set([...this.fresh].filter((f) => f !== id));
    void this.one.go();
  }

  /** A step's answer: the alarm as it is now (the feed brings the timeline's new entry a moment later). */
  update(alarm: Alarm): void {
    if (this.opened?.alarm.id === alarm.id) this.opened = { ...this.opened, alarm };
    if (this.alarms) this.alarms = this.alarms.map((a) => (a.id === alarm.id ? alarm : a));
    void this.one.go();
  }

  private changed(e: LiveNotification): void {
    if (e.kind === 'alarm.raised' && e.subjectId && e.subjectId !== this.openedId) {
      this.fresh = new Set([...this.fresh, e.subjectId]);
      const pillar = (e.data.alarm as { pillar?: { id?: string; name?: string } } | undefined)?.pillar;
      this.arrived = { id: e.subjectId, place: pillar?.name || pillar?.id || e.subjectId };
      if (isNews(e.createdAt)) chime.play('alarm');
    }
    void this.list.go();
    if (e.subjectId && e.subjectId === this.openedId) void this.one.go();
  }

  private async loadList(): Promise<void> {
    try {
      this.alarms = await listOpenAlarms(this.abort.signal);
      this.error = null;
    } catch (err) {
      if (!this.abort.signal.aborted) this.error = message('alarms.loadFailed', { reason: describeError(err) });
    }
  }

  private async loadOne(): Promise<void> {
    const id = this.openedId;
    if (!id) return;
    try {
      const got = await getAlarm(id, this.abort.signal);
      if (this.openedId === id) this.opened = got;
    } catch (err) {
      if (!this.abort.signal.aborted) this.error = message('alarms.loadFailed', { reason: describeError(err) });
    }
  }
}
