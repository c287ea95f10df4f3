/**
 * The device serial in what a QR code on a device says. Makers print the bare serial, a
 * labelled one ("SN:ST-0001"), or a link with it ("https://…/d?sn=st-0001", "…/devices/st-0001").
 */
import { DEVICE_ID } from './patterns.js';

const ID_PARAMS = ['id', 'sn', 'serial', 'device', 'deviceid', 'device_id'];

const asId = (s: string | null | undefined): string | null => {
  const id = s?.trim().toLowerCase();
  return id && DEVICE_ID.test(id) ? id : null;
};

export function deviceIdFromQr(raw: string): string | null {
  const text = raw.trim();
  const bare = asId(text);
  if (bare) return bare;
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      for (const [name, value] of url.searchParams) if (ID_PARAMS.includes(name.toLowerCase())) return asId(value);
      return asId(decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? ''));
    } catch {
      return null;
    }
  }
  // "SN:ST-0001", "serial=st-0001", "WP st-0001": the last labelled part.
  return asId(text.split(/[:=：\s]+/).pop());
}
