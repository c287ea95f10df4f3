/**
 * aedes's MQTT parser buffers a packet of any announced length (up to the
 * protocol's 256 MiB) before handing it over. This guard checks the length
 * as soon as the fixed header is parsed and fails the connection at once.
 *
 * aedes has no option for it (its issue #831, "Maximum Packet Size", is
 * open as of aedes 1.2.0 / mqtt-packet 9.0.2), so this module is the one
 * place that reaches into their internals: the client's `_parser` and the
 * parser's `_parseLength` and `_emitError`. It checks their shape when a
 * connection starts and throws AedesInternalsChangedError if they moved;
 * frame-size-guard.test.ts fails then too.
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

export class AedesInternalsChangedError extends Error {
  readonly code = 'MQTT_LIBRARY_CHANGED';
}

function parserOf(client: Client): ParserInternals {
  const parser = (client as unknown as { _parser?: Partial<ParserInternals> })._parser;
  if (!parser || typeof parser._parseLength !== 'function' || typeof parser._emitError !== 'function' || typeof parser.packet !== 'object') {
    throw new AedesInternalsChangedError("aedes's client no longer has the mqtt-packet parser internals the packet size guard needs (_parser._parseLength, _emitError, packet)");
  }
  return parser as ParserInternals;
}

export function guardPacketSize(client: Client, maxBytes: number): void {
  const parser = parserOf(client);
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
