// The listening addresses: the demo accounts' passwords are public (README), so with them on
// the platform stays on this machine unless an address is given.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeConfig, loadConfig } from './config.js';

const hosts = (env: NodeJS.ProcessEnv) => {
  const c = loadConfig(env);
  return [c.httpHost, c.mqttHost, c.coapHost];
};

it('listens on every interface by default', () => {
  assert.deepEqual(hosts({}), ['0.0.0.0', '0.0.0.0', '0.0.0.0']);
  assert.deepEqual(hosts({ DEMO_USERS: '0' }), ['0.0.0.0', '0.0.0.0', '0.0.0.0']);
});

it('with the demo accounts on, listens on 127.0.0.1 only', () => {
  assert.deepEqual(hosts({ DEMO_USERS: '1' }), ['127.0.0.1', '127.0.0.1', '127.0.0.1']);
  assert.deepEqual(hosts({ DEMO_USERS: 'true', HTTP_HOST: '' }), ['127.0.0.1', '127.0.0.1', '127.0.0.1']);
});

it('an address given explicitly wins, demo accounts or not', () => {
  assert.deepEqual(hosts({ DEMO_USERS: '1', HTTP_HOST: '0.0.0.0' }), ['0.0.0.0', '127.0.0.1', '127.0.0.1']);
  assert.deepEqual(hosts({ DEMO_USERS: '1', HTTP_HOST: '0.0.0.0', MQTT_HOST: '0.0.0.0', COAP_HOST: '0.0.0.0' }), ['0.0.0.0', '0.0.0.0', '0.0.0.0']);
  assert.deepEqual(hosts({ MQTT_HOST: '10.0.0.5' }), ['0.0.0.0', '10.0.0.5', '0.0.0.0']);
  assert.equal(loadConfig({ DEMO_USERS: '1' }, { httpHost: '192.168.1.2' }).httpHost, '192.168.1.2');
});

it('--print-config shows the effective address and says how the default is chosen', () => {
  const printed = describeConfig(loadConfig({ DEMO_USERS: '1' }));
  const line = printed.split('\n').find((l) => l.startsWith('HTTP_HOST'))!;
  assert.match(line, /"127\.0\.0\.1"/);
  assert.match(line, /127\.0\.0\.1 when DEMO_USERS is on/);
});
