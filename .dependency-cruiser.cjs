/**
 * Which way imports may run (npm run lint fails on one that runs back).
 *
 * Packages: firmware-protocol ← ingest ← broker; the simulator and the
 * dashboard use firmware-protocol (the dashboard's API types are generated,
 * not imported). firmware-protocol is pure: no network, no database.
 *
 * Inside broker/src, the homes are layered; a home may import the ones
 * below it, never one above or beside it:
 *   kernel                      settings, logger, errors, texts
 *   domains/access/policy       the data policy and route access (pure)
 *   domains/audit               the audit trail
 *   domains/notifications       the outbox and its channels, the live feed
 *   domains/access              people, sessions, tokens
 *   domains/organisation        jurisdictions, units, map layers
 *   domains/devices             registry, presence, placement, commands
 *   domains/bikes | domains/alarms   the verticals (not each other)
 *   uplink, edges, http, cli    what assembles homes for a transport
 * and the process files at broker/src's root assemble everything.
 * Tests are left out: they drive a home from outside.
 */
const LAYERS = [
  ['kernel', '^broker/src/kernel/'],
  ['policy', '^broker/src/domains/access/policy/'],
  ['audit', '^broker/src/domains/audit/'],
  ['notifications', '^broker/src/domains/notifications/'],
  ['access', '^broker/src/domains/access/(?!policy/)'],
  ['organisation', '^broker/src/domains/organisation/'],
  ['devices', '^broker/src/domains/devices/'],
  ['verticals', '^broker/src/domains/(bikes|alarms)/'],
  ['assembly', '^broker/src/(uplink|edges|http|cli)/'],
];

const TESTS = '(\\.test\\.ts$|/test-support|\\.browser\\.ts$)';

const layerRules = LAYERS.flatMap(([name, path], i) =>
  LAYERS.slice(i + 1).map(([above, abovePath]) => ({
    name: `layer-${name}-imports-${above}`,
    comment: `${name} is below ${above}: it may not import it (see the layers at the top of .dependency-cruiser.cjs)`,
    severity: 'error',
    from: { path, pathNot: TESTS },
    to: { path: abovePath },
  })),
);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'layer-into-process',
      comment: 'the process files at broker/src (platform, server, metrics, test support) assemble the homes: nothing below imports them',
      severity: 'error',
      from: { path: '^broker/src/(kernel|domains|uplink|edges|http|cli)/', pathNot: TESTS },
      to: { path: '^broker/src/[^/]+\\.ts$' },
    },
    {
      name: 'verticals-apart',
      comment: 'bikes and alarms are verticals side by side: neither imports the other',
      severity: 'error',
      from: { path: '^broker/src/domains/bikes/', pathNot: TESTS },
      to: { path: '^broker/src/domains/alarms/' },
    },
    {
      name: 'alarms-apart',
      comment: 'bikes and alarms are verticals side by side: neither imports the other',
      severity: 'error',
      from: { path: '^broker/src/domains/alarms/', pathNot: TESTS },
      to: { path: '^broker/src/domains/bikes/' },
    },
    {
      name: 'edges-not-http',
      comment: 'a device edge and the HTTP shell are siblings',
      severity: 'error',
      from: { path: '^broker/src/edges/', pathNot: TESTS },
      to: { path: '^broker/src/http/' },
    },
    {
      name: 'firmware-protocol-pure',
      comment: 'firmware-protocol is the wire contract: no other package, no network, no database',
      severity: 'error',
      from: { path: '^firmware-protocol/src/' },
      to: { path: ['^(ingest|broker|device-sim|dashboard)/', 'node_modules/(pg|@electric-sql|aedes|mqtt|coap|fastify)/', '^(net|dgram|http|https|tls|child_process)$'] },
    },
    {
      name: 'ingest-below-broker',
      comment: 'ingest is the database and the path of a frame: it knows no transport and no home',
      severity: 'error',
      from: { path: '^ingest/src/', pathNot: TESTS },
      to: { path: ['^(broker|device-sim|dashboard)/', 'node_modules/(aedes|coap|fastify|mqtt)/'] },
    },
    {
      name: 'simulator-uses-the-api',
      comment: 'the simulator drives the platform from outside: over the API and the device protocol',
      severity: 'error',
      from: { path: '^device-sim/src/', pathNot: TESTS },
      to: { path: '^(broker|ingest)/' },
    },
    {
      name: 'dashboard-uses-the-api',
      comment: 'the dashboard reaches the platform over HTTP; its API types are generated from the OpenAPI document',
      severity: 'error',
      from: { path: '^dashboard/src/' },
      to: { path: '^(broker|ingest|device-sim)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '/generated/', 'node_modules'] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['source', 'import', 'default'], mainFields: ['module', 'main', 'types'] },
  },
};
