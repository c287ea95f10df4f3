/**
 * The MQTT edge: aedes on TCP. A device connects with username = its id,
 * password = its secret, client id = its id. It may publish only on its own
 * uplink topic and subscribe only to its own downlink topic. A QoS 1 PUBLISH
 * is acknowledged only after the ingest pipeline has committed it: aedes
 * sends PUBACK after `authorizePublish` calls back, so the pipeline runs
 * there. A refused frame closes the connection (MQTT 3.1.1 has no negative
 * PUBACK) with one log line saying why.
 *
 * Commands to devices go out here (`downlinks`): QoS 1 on the device's own
 * downlink topic, once it has subscribed to it; the devices home is told of
 * each device that subscribes, and sends what waits for it.
 *
 * Integrations that subscribe to notifications connect here too, with user
 * name `integration:<subscription id>`, client id the subscription id and its
 * secret: they may subscribe to their own notifications topic, and publish nothing.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import type { Logger } from 'pino';
import { timingSafeEqual } from 'node:crypto';
import { downlinkTopic, MAX_FRAME_BYTES } from '@watchpost/firmware-protocol';
import { toRefusal, type Ingest } from '@watchpost/ingest';
import type { DeviceRecord, DeviceRegistry, DownlinkPublisher } from '../../domains/devices/index.js';
import { integrationTopic, mqttSecretVerifier } from '../../domains/notifications/index.js';
import { clockWarning, type RefusalLog } from '../refusal-log.js';
import { guardPacketSize } from './frame-size-guard.js';
import { IntegrationSessions } from './integrations.js';

/** CONNECT packets carry id, credentials and will: far below this. A PUBLISH adds its topic to the frame. */
const MAX_PACKET_BYTES = MAX_FRAME_BYTES + 512;

const CONNACK = { IDENTIFIER_REJECTED: 2, BAD_USERNAME_OR_PASSWORD: 4, NOT_AUTHORIZED: 5 } as const;

export interface MqttEdgeOptions {
  host: string;
  port: number;
}

/** The integrations that may subscribe: their secret's verifier, if the subscription exists and is active. */
export interface IntegrationDirectory {
  verifierOf(subscriptionId: string): Uint8Array | null;
}

export interface MqttEdge {
  readonly port: number;
  readonly broker: Aedes;
  /** What the outbox publishes integrations' notifications through. */
  readonly integrations: IntegrationSessions;
  /** What the devices home sends commands through. */
  readonly downlinks: DownlinkPublisher;
  /** Devices connected right now. */
  connectedDevices(): number;
  closeDevice(deviceId: string): void;
  close(): Promise<void>;
}

function refuseConnect(returnCode: number, code: string, message: string): AuthenticateError {
  return Object.assign(new Error(message), { returnCode, code }) as AuthenticateError;
}

const INTEGRATION_USER = 'integration:';

export async function startMqttEdge(ingest: Ingest, devices: DeviceRegistry, integrations: IntegrationDirectory, options: MqttEdgeOptions, logger: Logger, refusals: RefusalLog): Promise<MqttEdge> {
  const log = logger.child({ component: 'mqtt' });
  /** The device each authenticated connection belongs to. */
  const sessions = new WeakMap<Client, DeviceRecord>();
  /** The integration (subscription id) each authenticated integration connection belongs to. */
  const subscribers = new WeakMap<Client, string>();
  const remote = (client: Client) => (client.conn as Socket).remoteAddress;

  const broker = await Aedes.createBroker({
    // Device connections are long-lived and mostly idle: no wills, no retained uplinks.
    drainTimeout: 30_000,
    maxClientsIdLength: 64,
    maxTopicLevels: 8,

    preConnect(client, packet, done) {
      if (packet.will) {
        log.info({ deviceId: packet.clientId }, 'ignoring the will message: presence comes from heartbeats');
        delete (packet as { will?: unknown }).will;
      }
      done(null, true);
    },

    authenticate(client, username, password, done) {
      if (username?.startsWith(INTEGRATION_USER)) {
        const id = username.slice(INTEGRATION_USER.length);
        const verifier = client.id === id ? integrations.verifierOf(id) : null;
        const given = mqttSecretVerifier(id, password?.toString('utf8') ?? '');
        if (!verifier || verifier.length !== given.length || !timingSafeEqual(Buffer.from(verifier), given)) {
          log.warn(
            { code: 'AUTH_INTEGRATION_REFUSED', subscriptionId: id, remote: remote(client) },
            'integration connection refused: unknown or disabled subscription, wrong secret, or client id not the subscription id',
          );
          return done(refuseConnect(CONNACK.BAD_USERNAME_OR_PASSWORD, 'AUTH_INTEGRATION_REFUSED', 'unknown subscription or wrong secret'), false);
        }
        subscribers.set(client, id);
        return done(null, true);
      }
      const deviceId = username ?? '';
      if (client.id !== deviceId) {
        log.warn({ code: 'AUTH_CLIENT_ID_MISMATCH', deviceId, clientId: client.id, remote: remote(client) }, 'connection refused: client id must equal the device id');
        return done(refuseConnect(CONNACK.IDENTIFIER_REJECTED, 'AUTH_CLIENT_ID_MISMATCH', 'client id must equal the device id'), false);
      }
      try {
        sessions.set(client, devices.authenticate(deviceId, password?.toString('utf8') ?? ''));
        done(null, true);
      } catch (err) {
        const refusal = toRefusal(err);
        refusals.report(deviceId, refusal, { remote: remote(client) }, 'MQTT connection');
        done(refuseConnect(CONNACK.BAD_USERNAME_OR_PASSWORD, refusal.code, refusal.message), false);
      }
    },

    authorizePublish(client, packet, done) {
      const device = client && sessions.get(client);
      if (client && subscribers.has(client)) {
        log.warn({ code: 'ACL_INTEGRATION_PUBLISH', subscriptionId: subscribers.get(client), topic: packet.topic }, 'publish refused: an integration only subscribes');
        return done(Object.assign(new Error('an integration may not publish'), { code: 'ACL_INTEGRATION_PUBLISH' }));
      }
      if (!client || !device) return done(new Error('not authenticated'));
      packet.retain = false; // an uplink is a fact for the database, not a broker state
      ingest.handle({ transport: 'mqtt', topic: packet.topic, payload: packet.payload as Buffer, receivedAtMs: Date.now(), sessionDeviceId: device.id }).then((outcome) => {
        if (outcome.status !== 'refused') {
          if (outcome.clock) refusals.warn(device.id, clockWarning(outcome.clock), { topic: packet.topic, seq: outcome.seq }, 'MQTT frame taken');
          return done(null);
        }
        const { refusal } = outcome;
        refusals.report(device.id, refusal, { topic: packet.topic }, 'MQTT frame');
        done(Object.assign(new Error(refusal.message), { code: refusal.code }));
      }, done);
    },

    authorizeSubscribe(client, sub, done) {
      const integration = subscribers.get(client);
      if (integration !== undefined) {
        if (sub.topic === integrationTopic(integration)) return done(null, { ...sub, qos: Math.min(sub.qos, 1) as 0 | 1 });
        log.warn({ code: 'ACL_FOREIGN_TOPIC', subscriptionId: integration, topic: sub.topic }, 'subscription refused: an integration may subscribe only to its own notifications topic');
        return done(null, null);
      }
      const device = sessions.get(client);
      if (device && sub.topic === downlinkTopic(device.kind, device.id)) return done(null, { ...sub, qos: Math.min(sub.qos, 1) as 0 | 1 });
      log.warn({ code: 'ACL_FOREIGN_TOPIC', deviceId: device?.id, topic: sub.topic }, 'subscription refused: a device may subscribe only to its own downlink topic');
      done(null, null); // SUBACK 0x80 for this topic; the connection stays up
    },

    // Uplinks are for the platform, never forwarded to other clients.
    authorizeForward(client, packet) {
      return packet.topic.endsWith('/up') ? null : packet;
    },
  });

  const clientById = (id: string) => (broker as unknown as { clients: Record<string, Client | undefined> }).clients[id];
  const integrationSessions = new IntegrationSessions(broker, integrationTopic, (client) => subscribers.get(client), clientById);
  /** The device's connection, if it is connected and subscribed to its own downlink topic. */
  const listeningDevice = (deviceId: string) => {
    const client = clientById(deviceId);
    const device = client && sessions.get(client);
    if (!client?.connected || !device) return null;
    return (client as unknown as { subscriptions: Record<string, unknown> }).subscriptions[downlinkTopic(device.kind, device.id)] ? device : null;
  };
  const listeningListeners: ((deviceId: string) => void)[] = [];
  // Emitted once the subscription is in place and SUBACKed: a publish now reaches the device.
  broker.on('subscribe', (subscriptions, client) => {
    const device = client && sessions.get(client);
    if (!device || !subscriptions.some((s) => s.topic === downlinkTopic(device.kind, device.id) && (s.qos as number) !== 128)) return;
    for (const listener of listeningListeners) listener(device.id);
  });

  broker.on('clientError', (client, err) => {
    // Refusals were logged where they happened; this reports the rest (protocol errors, oversized packets).
    if (!(err as { code?: string }).code?.match(/^(PROTO|INGEST|ACL|AUTH)_/)) {
      log.warn({ deviceId: client.id, err: err.message, code: (err as { code?: string }).code }, 'connection closed on error');
    }
  });
  broker.on('connectionError', (client, err) => log.warn({ clientId: client.id, err: err.message }, 'connection failed'));

  const server: Server = createServer((socket) => {
    socket.setNoDelay(true);
    const client = broker.handle(socket);
    try {
      guardPacketSize(client, MAX_PACKET_BYTES);
    } catch (err) {
      // An aedes upgrade moved what the guard needs: refuse rather than buffer unbounded packets.
      log.error({ err: (err as Error).message, code: (err as { code?: string }).code }, 'connection refused: the packet size guard cannot be installed');
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue: after a restart thousands of devices reconnect within seconds.
    server.listen({ port: options.port, host: options.host, backlog: 4096 }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, 'MQTT listening');

  return {
    port,
    broker,
    integrations: integrationSessions,
    downlinks: {
      isListening: (deviceId) => listeningDevice(deviceId) !== null,
      publish: (topic, payload) =>
        new Promise<void>((resolve, reject) => broker.publish({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, retain: false, dup: false }, (err) => (err ? reject(err) : resolve()))),
      onListening: (listener) => listeningListeners.push(listener),
    },
    /** A new secret ends the sessions opened with the old one. */
    closeDevice(deviceId: string) {
      const client = clientById(deviceId);
      if (!client || !sessions.has(client)) return;
      log.warn({ deviceId }, 'closing the connection made with a replaced secret');
      client.close();
    },
    connectedDevices: () => broker.connectedClients,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        broker.close(() => {}); // closes every client connection, which lets server.close finish
      });
    },
  };
}
