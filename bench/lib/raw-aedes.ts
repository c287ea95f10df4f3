/**
 * The reference broker: aedes with its default in-memory persistence, no
 * hooks, no work. Prints {"port": N} once listening.
 */
import { createServer, type AddressInfo } from 'node:net';
import { Aedes } from 'aedes';

const broker = await Aedes.createBroker();
const server = createServer(broker.handle);
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`));
process.on('SIGTERM', () => broker.close(() => server.close(() => process.exit(0))));
