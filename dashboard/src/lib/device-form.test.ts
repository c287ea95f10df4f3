import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deviceRequest, emptyDeviceForm, registrableKinds } from './device-form.js';
import { sayIn } from './i18n/say-in.js';
import type { Checked } from './patterns.js';

/** What the person reads (in English, from the catalog), or null when the form is fine. */
const said = (checked: Checked<unknown>) => (checked.ok ? null : sayIn('en', checked.error));

it('offers installers stations and pillars, administrators tags too, others nothing', () => {
  assert.deepEqual(registrableKinds('installer'), ['station', 'pillar']);
  assert.deepEqual(registrableKinds('admin'), ['station', 'pillar', 'tag']);
  assert.deepEqual(registrableKinds('police'), []);
  assert.deepEqual(registrableKinds('owner'), []);
});

it('sends only what was filled in: no id means the platform generates one', () => {
  assert.deepEqual(deviceRequest(emptyDeviceForm('station')), { ok: true, body: { kind: 'station' } });
  assert.deepEqual(deviceRequest({ kind: 'pillar', id: ' PL-0001 ', name: ' Market gate ', lat: '32.99', lon: 118.53 }), {
    ok: true,
    body: { kind: 'pillar', id: 'pl-0001', name: 'Market gate', lat: 32.99, lon: 118.53 },
  });
});

it('refuses a serial the platform would refuse, with the rule in words', () => {
  for (const id of ['ab', '-abc', 'st 0001', 'st_0001', 'x'.repeat(65)]) {
    const checked = deviceRequest({ ...emptyDeviceForm('station'), id });
    assert.equal(checked.ok, false, id);
    assert.match(said(checked) ?? '', /serial printed on the device/);
  }
  assert.equal(deviceRequest({ ...emptyDeviceForm('station'), id: 'a'.repeat(64) }).ok, true);
});

it('wants both coordinates or neither, within WGS-84 ranges', () => {
  const at = (lat: string | number | null, lon: string | number | null) => deviceRequest({ ...emptyDeviceForm('station'), lat, lon });
  assert.equal(said(at(32.99, null)), 'Give both latitude and longitude, or neither.');
  assert.equal(said(at('', '118.5')), 'Give both latitude and longitude, or neither.');
  assert.match(said(at(91, 118))!, /^Latitude/);
  assert.match(said(at('north', 118))!, /^Latitude/);
  assert.match(said(at(32, -181))!, /^Longitude/);
  assert.deepEqual(at(0, 0), { ok: true, body: { kind: 'station', lat: 0, lon: 0 } });
});
