import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ProtocolError } from './errors.js';
import { downlinkTopic, parseDeviceTopic, uplinkTopic } from './topics.js';

it('builds and parses uplink and downlink topics, and CoAP paths', () => {
  assert.equal(uplinkTopic('station', 'st-1a2b'), 'wp/v1/station/st-1a2b/up');
  assert.equal(downlinkTopic('pillar', 'pl-1a2b'), 'wp/v1/pillar/pl-1a2b/down');
  assert.deepEqual(parseDeviceTopic('wp/v1/tag/tg-00ff00ff/up'), { kind: 'tag', deviceId: 'tg-00ff00ff', direction: 'up' });
  assert.deepEqual(parseDeviceTopic('/wp/v1/tag/tg-00ff00ff/up'), { kind: 'tag', deviceId: 'tg-00ff00ff', direction: 'up' });
});

it('refuses topics outside the scheme, with the reason', () => {
  for (const bad of ['', 'wp/v2/station/st-1/up', 'wp/v1/station/ST-UPPER/up', 'wp/v1/station/st-1a2b/up/extra', 'wp/v1/station/a/up', 'wp/v1/station/st-1a2b/sideways', 'wp/v1/station/st+1/up']) {
    assert.throws(
      () => parseDeviceTopic(bad),
      (e: unknown) => e instanceof ProtocolError && e.code === 'PROTO_TOPIC_INVALID',
      bad,
    );
  }
});
