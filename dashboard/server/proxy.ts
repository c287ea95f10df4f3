/**
 * Forwards /api/* to the platform and streams the answer back as it comes, so
 * the Server-Sent Events of /api/v1/live flow through unbuffered. When the
 * browser goes away the upstream request is dropped too, so the platform does
 * not keep feeding a dead subscriber.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Headers that belong to one connection, not to the message (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name)) out[name] = value;
  return out;
}

export function apiProxy(platform: URL, onError: (err: Error, path: string) => void): (req: IncomingMessage, res: ServerResponse) => void {
  const request = platform.protocol === 'https:' ? httpsRequest : httpRequest;
  const prefix = platform.pathname.replace(/\/$/, '');

  return (req, res) => {
    const path = `${prefix}${req.url ?? '/'}`;
    const headers = endToEnd(req.headers);
    headers.host = platform.host;
    headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    headers['x-forwarded-host'] ??= req.headers.host;
    headers['x-forwarded-proto'] ??= 'http';

    const upstream = request({ protocol: platform.protocol, hostname: platform.hostname, port: platform.port, method: req.method, path, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
      res.flushHeaders(); // an event stream's headers must not wait for its first event
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', (err) => {
      onError(err, path);
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'PLATFORM_UNAVAILABLE', message: 'the platform is not reachable' }));
    });
    // The browser left (closed the tab, EventSource closed): stop the upstream request too.
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  };
}
