/**
 * The platform's configuration: one typed schema, every key with a default
 * and a one-line doc, each overridable by the environment variable of the
 * same name. `node broker/dist/server.js --print-config` prints it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Setting<T> {
  env: string;
  default: T;
  doc: string;
  parse: (raw: string) => T;
  /** Printed as '(set)' rather than its value. */
  secret?: boolean;
}

const integer = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`expected an integer from ${min} to ${max}, got '${raw}'`);
  return n;
};
const port = integer(0, 65535);
const text = (raw: string) => raw;
const oneOf =
  <T extends string>(...values: T[]) =>
  (raw: string): T => {
    if (!(values as string[]).includes(raw)) throw new Error(`expected one of ${values.join(', ')}, got '${raw}'`);
    return raw as T;
  };
const lonLat = (raw: string): [number, number] => {
  const [lon, lat] = raw.split(',').map(Number);
  if (lon === undefined || lat === undefined || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) throw new Error(`expected 'lon,lat', got '${raw}'`);
  return [lon, lat];
};

const timeZone = (raw: string): string => {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
  } catch (cause) {
    throw new Error(`expected an IANA time zone such as Asia/Shanghai, got '${raw}'`, { cause });
  }
};

/** A basemap of MAP_BASEMAPS, as GET /api/v1/map/config answers it (schemas/devices.ts Basemap). */
export interface BasemapSetting {
  id: string;
  title?: string;
  coordinateSystem: 'wgs84' | 'gcj02';
  offline?: boolean;
  styleUrl?: string;
  pmtilesUrl?: string;
  tiles?: string[];
  tianditu?: { key: string; layer?: 'vec' | 'img' | 'ter' };
  amap?: { style?: 'road' | 'satellite' };
  attribution?: string;
  maxZoom?: number;
}

const BASEMAP_SOURCES = ['offline', 'styleUrl', 'pmtilesUrl', 'tiles', 'tianditu', 'amap'] as const;
/** Tianditu draws in CGCS2000 (within a metre of WGS-84), AMap in GCJ-02; the others say. */
const PRESET_SYSTEM = { tianditu: 'wgs84', amap: 'gcj02' } as const;

/** MAP_BASEMAPS: a JSON array; each entry names its source once, and the error names the entry and field. */
const basemaps = (raw: string): BasemapSetting[] => {
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch (err) {
    throw new Error(`expected JSON: ${(err as Error).message}`, { cause: err });
  }
  if (!Array.isArray(list)) throw new Error('expected a JSON array of basemaps');
  return list.map((entry: Record<string, unknown>, i) => {
    const where = `basemap ${i}`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected an object`);
    if (typeof entry.id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(entry.id)) throw new Error(`${where}: id must be lower-case letters, digits and '-'`);
    const sources = BASEMAP_SOURCES.filter((k) => entry[k] !== undefined);
    if (sources.length !== 1) throw new Error(`${where} (${entry.id}): give exactly one of ${BASEMAP_SOURCES.join(', ')}`);
    const source = sources[0]!;
    for (const k of ['title', 'styleUrl', 'pmtilesUrl', 'attribution'] as const)
      if (entry[k] !== undefined && typeof entry[k] !== 'string') throw new Error(`${where} (${entry.id}): ${k} must be a string`);
    if (entry.tiles !== undefined && !(Array.isArray(entry.tiles) && entry.tiles.length > 0 && entry.tiles.every((t) => typeof t === 'string')))
      throw new Error(`${where} (${entry.id}): tiles must be URL templates`);
    const tianditu = entry.tianditu as { key?: unknown; layer?: unknown } | undefined;
    if (tianditu !== undefined && (typeof tianditu.key !== 'string' || !tianditu.key || ![undefined, 'vec', 'img', 'ter'].includes(tianditu.layer as string)))
      throw new Error(`${where} (${entry.id}): tianditu needs its key ("tk") and a layer of vec, img or ter`);
    const amap = entry.amap as { style?: unknown } | undefined;
    if (amap !== undefined && (typeof amap !== 'object' || ![undefined, 'road', 'satellite'].includes(amap.style as string)))
      throw new Error(`${where} (${entry.id}): amap.style is road or satellite`);
    const system = entry.coordinateSystem ?? (source === 'tianditu' || source === 'amap' ? PRESET_SYSTEM[source] : 'wgs84');
    if (system !== 'wgs84' && system !== 'gcj02') throw new Error(`${where} (${entry.id}): coordinateSystem is wgs84 or gcj02`);
    if (entry.maxZoom !== undefined && !(typeof entry.maxZoom === 'number' && entry.maxZoom >= 0 && entry.maxZoom <= 24)) throw new Error(`${where} (${entry.id}): maxZoom is 0 to 24`);
    return { ...(entry as object), coordinateSystem: system } as BasemapSetting;
  });
};

/** ESCALATION_POINTS: 'yellow=1,red=3', the points a unit loses for each card. */
const cardPoints = (raw: string): { yellow: number; red: number } => {
  const points = { yellow: NaN, red: NaN };
  for (const part of raw.split(',')) {
    const [level, value] = part.split('=').map((x) => x.trim());
    const n = Number(value);
    if ((level !== 'yellow' && level !== 'red') || !Number.isInteger(n) || n < 0 || n > 1000) throw new Error(`expected 'yellow=N,red=N' with N from 0 to 1000, got '${raw}'`);
    points[level] = n;
  }
  if (Number.isNaN(points.yellow) || Number.isNaN(points.red)) throw new Error(`give both cards: 'yellow=N,red=N', got '${raw}'`);
  return points;
};

function setting<T>(env: string, def: T, doc: string, parse: (raw: string) => T, secret = false): Setting<T> {
  return { env, default: def, doc, parse, secret };
}

/** Where the built dashboard lives, relative to this file in src/ or dist/. */
const defaultDashboardDir = fileURLToPath(new URL('../../dashboard/dist/', import.meta.url));

/**
 * The demo accounts' passwords are in the README: with them on, the platform stays on
 * this machine unless an address is given explicitly.
 */
const anyHost = 'empty: 0.0.0.0 (every interface), or 127.0.0.1 when DEMO_USERS is on';
const HOST_KEYS = ['httpHost', 'mqttHost', 'coapHost'] as const;

export const SETTINGS = {
  httpHost: setting('HTTP_HOST', '', `address the HTTP API and dashboard listen on; ${anyHost}`, text),
  httpPort: setting('HTTP_PORT', 8080, 'HTTP API and dashboard port (0: any free port)', port),
  mqttHost: setting('MQTT_HOST', '', `address the MQTT broker listens on; ${anyHost}`, text),
  mqttPort: setting('MQTT_PORT', 1883, 'MQTT 3.1.1 port for devices (0: any free port)', port),
  coapHost: setting('COAP_HOST', '', `address the CoAP server listens on (UDP); ${anyHost}`, text),
  coapPort: setting('COAP_PORT', 5683, 'CoAP port for NB-IoT devices, UDP (0: any free port)', port),
  databaseUrl: setting('DATABASE_URL', '', 'postgres://… to use PostgreSQL/TimescaleDB; empty: the embedded PGlite in DATA_DIR', text, true),
  dataDir: setting('DATA_DIR', './data', 'where the embedded database keeps its files (without DATABASE_URL)', text),
  timescaledb: setting('TIMESCALEDB', 'auto' as 'auto' | 'on' | 'off', 'use TimescaleDB hypertables: auto (if the extension exists), on (required), off', oneOf('auto', 'on', 'off')),
  dbMaxConnections: setting('DB_MAX_CONNECTIONS', 10, 'PostgreSQL connection pool size', integer(2, 500)),
  logLevel: setting('LOG_LEVEL', 'info', 'pino log level: fatal, error, warn, info, debug, trace, silent', oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent')),
  logFormat: setting('LOG_FORMAT', 'json' as 'json' | 'pretty', 'json (one object per line) or pretty (for a terminal)', oneOf('json', 'pretty')),
  heartbeatPillarS: setting('HEARTBEAT_INTERVAL_PILLAR_S', 60, 'heartbeat interval assumed for pillars that do not report theirs', integer(1, 86400)),
  heartbeatStationS: setting('HEARTBEAT_INTERVAL_STATION_S', 60, 'heartbeat interval assumed for base stations that do not report theirs', integer(1, 86400)),
  heartbeatTagS: setting('HEARTBEAT_INTERVAL_TAG_S', 60, 'heartbeat interval assumed for tags that do not report theirs', integer(1, 86400)),
  offlineAfterMissed: setting('OFFLINE_AFTER_MISSED', 3, 'heartbeats a device may miss before it is offline (GB/T 28181: 3)', integer(1, 100)),
  replayWindow: setting('REPLAY_WINDOW', 1024, 'sequence numbers this far behind the last one are still accepted (reordering, retransmission)', integer(1, 1_000_000)),
  maxSeqJump: setting('MAX_SEQ_JUMP', 100_000, 'a sequence number further ahead than this is refused', integer(1, 2 ** 31)),
  clockSkewToleranceS: setting('CLOCK_SKEW_TOLERANCE_S', 300, 'device clocks further off than this are corrected to the platform clock', integer(0, 86400 * 365)),
  rateLimitPerS: setting('RATE_LIMIT_PER_S', 20, 'frames a device may send per second on average; more are refused', integer(1, 100_000)),
  rateLimitBurst: setting('RATE_LIMIT_BURST', 100, 'frames a device may send in a burst above its average', integer(1, 1_000_000)),
  ingestWriters: setting('INGEST_WRITERS', 2, 'writers committing in parallel on PostgreSQL (PGlite: always 1)', integer(1, 32)),
  ingestMaxBatch: setting('INGEST_MAX_BATCH', 5_000, 'frames per database transaction at most', integer(1, 100_000)),
  ingestMaxPending: setting('INGEST_MAX_PENDING', 50_000, 'frames waiting for the database at most; more are refused', integer(1, 10_000_000)),
  ingestAckTimeoutMs: setting('INGEST_ACK_TIMEOUT_MS', 30_000, 'a frame not committed within this time is refused and its device retries', integer(100, 3_600_000)),
  trackRetentionDays: setting('TRACK_RETENTION_DAYS', 180, 'days every sighting and GPS fix (a tag’s track) is kept; older ones are deleted (TimescaleDB: a retention policy)', integer(1, 3650)),
  receiptRetentionDays: setting(
    'UPLINK_RECEIPT_RETENTION_DAYS',
    3,
    'days the receipts of frames (what refuses a retransmitted frame a second time) are kept at least; a receipt within its device’s replay window stays longer',
    integer(1, 365),
  ),
  retentionEveryMin: setting('RETENTION_EVERY_MIN', 60, 'minutes between two runs of the retention job (deleting old tracks and receipts in small batches)', integer(1, 1440)),
  adminUsername: setting('ADMIN_USERNAME', 'admin', 'the first administrator, created at the first start when there is none', text),
  adminPassword: setting('ADMIN_PASSWORD', '', "the first administrator's password; empty: one is generated and printed once", text, true),
  demoUsers: setting('DEMO_USERS', false, 'create demo accounts of every role (marked as demo): for demos only', (raw) => ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())),
  auditKey: setting('AUDIT_KEY', '', "the audit chain's HMAC key (at least 32 characters; the same for every platform process and audit:verify); keep it apart from the database", text, true),
  auditKeyFile: setting('AUDIT_KEY_FILE', '', 'a file holding the audit key (instead of AUDIT_KEY); neither: DATA_DIR/audit.key, generated at the first start', text),
  sessionTtlH: setting('SESSION_TTL_H', 12, 'hours a browser session lasts', integer(1, 24 * 30)),
  cookieSecure: setting(
    'COOKIE_SECURE',
    'auto' as 'auto' | 'always' | 'never',
    "the session cookie's Secure flag: auto (when the request came over HTTPS), always, never",
    oneOf('auto', 'always', 'never'),
  ),
  smsWebhookUrl: setting('SMS_WEBHOOK_URL', '', 'the SMS gateway: text messages (sign-in codes, alerts) are POSTed to it as JSON {to, text}; empty: written to the log (development only)', text, true),
  smsWebhookUrlFailover: setting('SMS_WEBHOOK_URL_FAILOVER', '', 'a second SMS gateway, tried when the first fails', text, true),
  notifyMaxAttempts: setting('NOTIFY_MAX_ATTEMPTS', 15, 'attempts to deliver a notification (webhook, SMS, MQTT) before it is parked as failed for an administrator', integer(1, 1000)),
  notifyRetryBaseMs: setting('NOTIFY_RETRY_BASE_MS', 1_000, 'the first retry of a failed delivery waits this long; each next one twice as long, with jitter', integer(10, 3_600_000)),
  notifyRetryMaxMs: setting('NOTIFY_RETRY_MAX_MS', 600_000, 'the longest wait between two attempts of a delivery', integer(10, 86_400_000)),
  webhookTimeoutMs: setting('WEBHOOK_TIMEOUT_MS', 10_000, 'a webhook receiver must answer within this long', integer(100, 600_000)),
  bikeWatchDays: setting('BIKE_WATCH_DAYS', 30, 'days a bike reported stolen stays on the watchlist unless the police say otherwise', integer(1, 365)),
  bikeLookBackDays: setting('BIKE_LOOK_BACK_DAYS', 30, 'a theft report raises the sightings since the bike was last seen as hits, this many days back at most', integer(1, 180)),
  bikePhotoMaxKb: setting('BIKE_PHOTO_MAX_KB', 512, 'the largest photo of a bike the platform keeps (KiB; JPEG, PNG or WebP)', integer(16, 8192)),
  bikeFobWaitS: setting('BIKE_FOB_WAIT_S', 30, "an owner's guard waits this long at most for the key fob to be heard with the bike before it alerts", integer(1, 600)),
  bikeCloneSpeedKmh: setting('BIKE_CLONE_SPEED_KMH', 60, 'a tag heard at two stations farther apart than this speed covers in the time between is flagged as cloned', integer(10, 500)),
  bikeSettleS: setting(
    'BIKE_SETTLE_S',
    60,
    "a bike's position settles (and the station graph learns it) this long after its last beacon; lower only for a simulated county whose clock runs faster than the wall's",
    integer(1, 3600),
  ),
  trustProxy: setting('TRUST_PROXY', '', "proxies whose X-Forwarded-For gives the client's address (rate limits, audit): addresses, CIDRs, or loopback/uniquelocal; empty: none", text),
  mapStyleUrl: setting('MAP_STYLE_URL', '', 'MapLibre style URL for a real basemap; empty: the offline basemap (no tile server needed)', text),
  mapBasemaps: setting(
    'MAP_BASEMAPS',
    [] as BasemapSetting[],
    'JSON list of basemaps offered in the map [{id,title,offline|styleUrl|pmtilesUrl|tiles|tianditu:{key}|amap:{},coordinateSystem}]; empty: MAP_STYLE_URL and the offline one',
    basemaps,
    true,
  ),
  timeZone: setting('TIME_ZONE', 'Asia/Shanghai', 'the time zone people read times in (dashboard, text messages): an IANA name', timeZone),
  mapCenter: setting('MAP_CENTER', [118.53, 32.99] as [number, number], "the dashboard map's initial centre, 'lon,lat' (default: Xuyi county)", lonLat),
  mapZoom: setting('MAP_ZOOM', 12, "the dashboard map's initial zoom", integer(0, 22)),
  alarmHelpTtlS: setting(
    'ALARM_HELP_TTL_S',
    300,
    'a pressed pillar is told help is on its way (lamp, voice prompt) if it can be within this long; a pillar offline longer is not told late',
    integer(5, 86400),
  ),
  alarmPromptLocale: setting('ALARM_PROMPT_LOCALE', 'zh-CN' as 'zh-CN' | 'en', "the language of the pillars' voice prompts: zh-CN or en", oneOf('zh-CN', 'en')),
  alarmPressSeverity: setting(
    'ALARM_PRESS_SEVERITY',
    'high' as 'low' | 'medium' | 'high',
    'the severity whose linkage plan links parties on a press, until an operator verifies the alarm (a press counts as serious until then)',
    oneOf('low', 'medium', 'high'),
  ),
  alarmAcknowledgeWithinS: setting('ALARM_ACKNOWLEDGE_WITHIN_S', 60, 'a party must acknowledge an alarm within this long of being told (plans that say nothing else)', integer(1, 86400)),
  alarmRemindEveryS: setting('ALARM_REMIND_EVERY_S', 30, 'a party that has not acknowledged is reminded on its channels this often (plans that say nothing else)', integer(1, 86400)),
  alarmDispatchWithinS: setting('ALARM_DISPATCH_WITHIN_S', 300, "the jurisdiction's police station must dispatch within this long of being told (the default plan)", integer(1, 86400)),
  alarmArriveWithinS: setting('ALARM_ARRIVE_WITHIN_S', 900, "the jurisdiction's police station must be on scene within this long of being told (the default plan)", integer(1, 86400)),
  alarmAnswerTargetS: setting('ALARM_ANSWER_TARGET_S', 10, 'the report counts an acknowledgement within this long as answered in time (NFPA 1225: 90 % within 10 s)', integer(1, 3600)),
  alarmProcessTargetS: setting(
    'ALARM_PROCESS_TARGET_S',
    64,
    'the report counts an alarm dispatched within this long of a party being told as processed in time (NFPA 1221: 90 % within 64 s)',
    integer(1, 86400),
  ),
  escalationPoints: setting('ESCALATION_POINTS', { yellow: 1, red: 3 }, "the points a unit loses in its assessment for each yellow and red card: 'yellow=1,red=3'", cardPoints),
  assessmentBasePoints: setting('ASSESSMENT_BASE_POINTS', 100, "a unit's points at the start of each period of the report, before deductions", integer(0, 100_000)),
  maintenanceRaiseAfterS: setting(
    'MAINTENANCE_RAISE_AFTER_S',
    60,
    'a pillar fault (tamper, power lost, battery low, camera offline, offline) must hold this long before it alerts the maintenance desk',
    integer(0, 86400),
  ),
  maintenanceClearAfterS: setting('MAINTENANCE_CLEAR_AFTER_S', 120, 'a pillar fault must be gone this long before its maintenance alert clears', integer(0, 86400)),
  maintenanceBatteryLowMv: setting('MAINTENANCE_BATTERY_LOW_MV', 11_800, "a pillar's backup battery below this (millivolts) is low", integer(1, 100_000)),
  dashboardDir: setting('DASHBOARD_DIR', defaultDashboardDir, 'the built dashboard served at /', text),
} as const;

type Settings = typeof SETTINGS;
export type Config = { -readonly [K in keyof Settings]: Settings[K]['default'] };

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Reads the configuration from the environment; `overrides` win (tests). An empty host is resolved (see anyHost). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const config = {} as Record<string, unknown>;
  for (const [key, s] of Object.entries(SETTINGS) as [keyof Config, Setting<unknown>][]) {
    const raw = env[s.env];
    try {
      config[key] = key in overrides ? overrides[key] : raw === undefined || raw === '' ? s.default : s.parse(raw);
    } catch (err) {
      throw new ConfigError(`${s.env}: ${(err as Error).message}`);
    }
  }
  for (const key of HOST_KEYS) config[key] ||= config.demoUsers ? '127.0.0.1' : '0.0.0.0';
  return config as Config;
}

/** The configuration as a table: variable, value, what it does. */
export function describeConfig(config: Config): string {
  return (Object.entries(SETTINGS) as [keyof Config, Setting<unknown>][])
    .map(([key, s]) => {
      const value = s.secret && config[key] ? '(set)' : JSON.stringify(config[key]);
      return `${s.env.padEnd(30)} ${String(value).padEnd(24)} ${s.doc}`;
    })
    .join('\n');
}

export function dashboardBuilt(config: Config): boolean {
  return existsSync(`${config.dashboardDir}/index.html`);
}
