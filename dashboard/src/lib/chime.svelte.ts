/**
 * The sound of something a person must see now: a new alarm on the console, a
 * stolen bike's hit on the watchlist. Web Audio tones: no sound file to ship or
 * to fail to load. A browser lets a page sound only once someone has used it
 * (signing in is enough). Muting is remembered on this browser.
 */
export type ChimeKind = 'alarm' | 'hit';

/** Alarm: a two-tone call, like a siren's; hit: three rising notes, lighter. */
const TONES: Record<ChimeKind, readonly { hz: number; s: number }[]> = {
  alarm: [
    { hz: 880, s: 0.2 },
    { hz: 660, s: 0.2 },
    { hz: 880, s: 0.2 },
    { hz: 660, s: 0.2 },
  ],
  hit: [
    { hz: 660, s: 0.12 },
    { hz: 880, s: 0.12 },
    { hz: 1100, s: 0.22 },
  ],
};
const MUTED_KEY = 'watchpost.sound.muted';
/** A notification older than this is a replay after a reconnection, not news. */
export const CHIME_FRESH_MS = 60_000;

function storedMuted(): boolean {
  try {
    return globalThis.localStorage?.getItem(MUTED_KEY) === '1';
  } catch {
    return false;
  }
}

export function isNews(createdAt: string, now = Date.now()): boolean {
  const at = Date.parse(createdAt);
  return Number.isFinite(at) && now - at < CHIME_FRESH_MS;
}

class Chime {
  muted = $state(storedMuted());
  private context: AudioContext | null = null;

  setMuted(muted: boolean): void {
    this.muted = muted;
    try {
      globalThis.localStorage?.setItem(MUTED_KEY, muted ? '1' : '0');
    } catch {
      // a private window keeps it for this page only
    }
  }

  /** Sounds `kind` unless muted; false when this browser cannot (no Web Audio). */
  play(kind: ChimeKind): boolean {
    if (this.muted || typeof AudioContext !== 'function') return false;
    try {
      const ctx = (this.context ??= new AudioContext());
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
      let at = ctx.currentTime + 0.02;
      for (const tone of TONES[kind]) {
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        oscillator.frequency.value = tone.hz;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + tone.s);
        oscillator.connect(gain).connect(ctx.destination);
        oscillator.start(at);
        oscillator.stop(at + tone.s);
        at += tone.s + 0.05;
      }
      return true;
    } catch {
      return false; // no audio device: the page's marks and status line still say it
    }
  }
}

export const chime = new Chime();
