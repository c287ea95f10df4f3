/**
 * Serves the built app: files from dist/, content-hashed assets cached for good,
 * and index.html (never cached) for any other path without a file extension, so
 * a bookmarked URL still opens the app. A missing asset is a 404, never HTML:
 * a script answered with a page breaks in confusing ways.
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

function send(req: IncomingMessage, res: ServerResponse, file: string, size: number, cacheControl: string): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
