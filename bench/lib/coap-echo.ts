/** The reference CoAP server: node-coap answering every POST 2.04 at once, no work. Prints {"port": N}. */
import { createServer } from 'coap';

const server = createServer({ type: 'udp4' }, (_req, res) => {
  res.code = '2.04';
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const port = (server as unknown as { _sock: { address(): { port: number } } })._sock.address().port;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
