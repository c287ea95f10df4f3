/**
 * aedes's MQTT parser buffers a packet of any announced length (up to the
 * protocol's 256 MiB) before handing it over. This guard checks the length
 * as soon as the fixed header is parsed and fails the connection at once.
 */
import type { Client } from 'aedes';

interface ParserInternals {
  packet: { length: number; cmd?: string };
  _parseLength(): boolean;
  _emitError(err: Error): void;
}

export class PacketTooLargeError extends Error {
  readonly code = 'MQTT_PACKET_TOO_LARGE';
}

export function guardPacketSize(client: Client, maxBytes: number): void {
  const parser = (client as unknown as { _parser: ParserInternals })._parser;
  const parseLength = parser._parseLength.bind(parser);
  parser._parseLength = function guardedParseLength(this: ParserInternals) {
    const complete = parseLength();
    if (complete && parser.packet.length > maxBytes) {
      parser._emitError(new PacketTooLargeError(`${parser.packet.cmd ?? 'packet'} of ${parser.packet.length} bytes exceeds ${maxBytes}`));
      return false;
    }
    return complete;
  };
}
