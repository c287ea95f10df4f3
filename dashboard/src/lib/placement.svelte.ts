/**
 * Placing a device on the map (installers at the pole, administrators): the device being placed,
 * the position picked (a click on the map, or the phone's location), always in WGS-84, and
 * saving it (PATCH /api/v1/devices/:id). The live feed then shows the device at its new place.
 */
import { placeDevice } from './api.js';
import { describeError } from './errors.js';
import { formatNumber } from './format.js';
import type { LonLat } from './geo/gcj02.js';
import { message, type Message } from './i18n/language.svelte.js';

/** Six decimals is about 10 cm: finer than any click or phone fix. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export class Placement {
  /** The device being placed, or null. */
  deviceId = $state<string | null>(null);
  /** The position picked so far (WGS-84), not yet saved. */
  pending = $state.raw<LonLat | null>(null);
  /** The pick was a click on a GCJ-02 basemap, converted back to WGS-84. */
  converted = $state(false);
  /** Bumped when the map should fly to the pending position (it came from the phone, not a click). */
  flights = $state(0);
  locating = $state(false);
  busy = $state(false);
  /** The device whose position was just saved (its card says so until closed). */
  savedId = $state<string | null>(null);
  note = $state.raw<Message | null>(null);

  start(id: string): void {
    this.deviceId = id;
    this.pending = null;
    this.converted = false;
    this.note = null;
    this.savedId = null;
  }

  cancel(): void {
    this.deviceId = null;
    this.pending = null;
    this.locating = false;
    this.note = null;
  }

  /** A click on the map while placing. */
  pick(p: LonLat, converted: boolean): void {
    if (!this.deviceId || this.busy) return;
    this.pending = [round6(p[0]), round6(p[1])];
    this.converted = converted;
    this.note = null;
  }

  /** The phone's (or computer's) location; browsers give it to secure pages only, and after asking. */
  locate(id: string): void {
    if (this.deviceId !== id) this.start(id);
    if (!('geolocation' in navigator)) {
      this.note = message('device.location.unavailable');
      return;
    }
    this.locating = true;
    this.note = null;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = false;
        if (this.deviceId !== id) return;
        this.pending = [round6(position.coords.longitude), round6(position.coords.latitude)];
        this.converted = false;
        this.flights++;
        this.note = message('place.located', { metres: formatNumber(Math.round(position.coords.accuracy)) });
      },
      (err) => {
        this.locating = false;
        this.note = message(err.code === err.PERMISSION_DENIED ? 'device.location.denied' : 'device.location.unavailable');
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  async save(): Promise<void> {
    const id = this.deviceId;
    const p = this.pending;
    if (!id || !p || this.busy) return;
    this.busy = true;
    try {
      await placeDevice(id, { lon: p[0], lat: p[1] });
      this.cancel();
      this.savedId = id;
      this.note = message('place.saved');
    } catch (err) {
      this.note = message('place.failed', { reason: describeError(err) });
    } finally {
      this.busy = false;
    }
  }

  /** The card was closed, or another device picked. */
  forget(): void {
    this.cancel();
    this.savedId = null;
  }
}
