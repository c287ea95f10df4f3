/**
 * Serves the built app: files from dist/, content-hashed assets cached for good,
 * and index.html (never cached) for any other path without a file extension, so
 * a bookmarked URL still opens the app. A missing asset is a 404, never HTML:
 * a script answered with a page breaks in confusing ways. Byte ranges are
 * served (one range per request), so a PMTiles basemap can sit beside the app.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
  '.pmtiles': 'application/vnd.pmtiles',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function staticFiles(root: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const base = normalize(root.endsWith(sep) ? root : root + sep);

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad path\n');
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || path.includes('\0')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const found = await stat(file).catch(() => null);
    if (found?.isFile()) return send(req, res, file, found.size, path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    if (extname(path) !== '') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const index = join(base, 'index.html');
    const indexStat = await stat(index).catch(() => null);
    if (!indexStat) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end(`The dashboard is not built (looked in ${base}). Run: npm run build -w dashboard\n`);
      return;
    }
    return send(req, res, index, indexStat.size, 'no-cache');
  };
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` of a file of `size` bytes; null for none or several ranges, 'unsatisfiable' past the end. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

function send(req: IncomingMessage, res: ServerResponse, file: string, size: number, cacheControl: string): void {
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
  };
  const range = byteRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
    return;
  }
  if (range) res.writeHead(206, { ...headers, 'content-length': range.end - range.start + 1, 'content-range': `bytes ${range.start}-${range.end}/${size}` });
  else res.writeHead(200, { ...headers, 'content-length': size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file, range ?? {})
    .on('error', () => res.destroy())
    .pipe(res);
}
