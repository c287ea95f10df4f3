/** A bike's photo: what an upload must be (a small JPEG, PNG or WebP, its bytes saying so), and the refusals. */
import { HttpError } from '../../../kernel/http-error.js';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** The type the bytes say, whatever the request claimed. */
export function sniffImage(bytes: Buffer): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** The photo's type, or the refusal: too large, not an image, or not what its Content-Type said. */
export function checkPhoto(declared: string | undefined, bytes: Buffer, maxBytes: number): PhotoType {
  if (bytes.length === 0) throw new HttpError(400, 'PHOTO_EMPTY', 'body: the photo is empty');
  if (bytes.length > maxBytes) throw new HttpError(413, 'PHOTO_TOO_LARGE', `body: the photo is ${Math.ceil(bytes.length / 1024)} KiB; at most ${Math.floor(maxBytes / 1024)} KiB`);
  const sniffed = sniffImage(bytes);
  if (!sniffed) throw new HttpError(415, 'PHOTO_TYPE', 'body: not a JPEG, PNG or WebP image');
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== sniffed) throw new HttpError(415, 'PHOTO_TYPE', `body: the bytes are ${sniffed}, but Content-Type says ${type || 'nothing'}`);
  return sniffed;
}
