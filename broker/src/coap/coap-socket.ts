/**
 * The CoAP edge's UDP socket, bound here and handed to node-coap through its
 * documented `server.listen(socket)` ("a custom socket object can be passed
 * as a port parameter"), so the edge knows its port without node-coap's
 * private `_sock`, and sees every datagram before node-coap does: it drops
 * what a limited source sends before it costs a parse, and does RFC 7959
 * Block1 itself (node-coap keys the blocks of a transfer by token, which
 * libcoap, like RFC 7959 allows, changes from block to block).
 *
 * The one assumption about node-coap, checked here at start and by
 * coap-socket.test.ts: `listen(socket)` adds exactly one 'message' listener,
 * which takes (datagram, rinfo).
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import type { Server } from 'coap';

/** Hands a datagram to node-coap, as if the socket had received it. */
export type Deliver = (datagram: Buffer, rinfo: RemoteInfo) => void;

/** Sees each datagram first; calls deliver for the ones node-coap should handle. */
export type Front = (datagram: Buffer, rinfo: RemoteInfo, deliver: Deliver) => void;

export async function bindUdpSocket(host: string, port: number): Promise<Socket> {
  const socket = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4', reuseAddr: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      // Room for a burst (a fleet reporting at once, or a flood) while the event loop is busy: the kernel caps it at net.core.rmem_max.
      socket.setRecvBufferSize(4 * 1024 * 1024);
      resolve();
    });
  });
  return socket;
}

export class NodeCoapChangedError extends Error {
  readonly code = 'COAP_LIBRARY_CHANGED';
}

/** Lets node-coap serve on the socket, with `front` in between. */
export function serveThrough(server: Server, socket: Socket, front: Front): void {
  const before = socket.listeners('message');
  server.listen(socket);
  const added = socket.listeners('message').filter((l) => !before.includes(l));
  if (added.length !== 1) {
    throw new NodeCoapChangedError(`node-coap's listen(socket) added ${added.length} 'message' listeners, not 1: the CoAP edge's hand-off needs revisiting`);
  }
  const nodeCoap = added[0] as Deliver;
  socket.off('message', nodeCoap);
  socket.on('message', (datagram: Buffer, rinfo: RemoteInfo) => front(datagram, rinfo, nodeCoap));
}
