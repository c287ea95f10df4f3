import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deviceRequest, emptyDeviceForm, registrableKinds } from './device-form.js';

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
    assert.match(!checked.ok ? checked.error : '', /serial printed on the device/);
  }
  assert.equal(deviceRequest({ ...emptyDeviceForm('station'), id: 'a'.repeat(64) }).ok, true);
});

it('wants both coordinates or neither, within WGS-84 ranges', () => {
  const at = (lat: string | number | null, lon: string | number | null) => deviceRequest({ ...emptyDeviceForm('station'), lat, lon });
  assert.deepEqual(at(32.99, null), { ok: false, error: 'Give both latitude and longitude, or neither.' });
  assert.deepEqual(at('', '118.5'), { ok: false, error: 'Give both latitude and longitude, or neither.' });
  assert.match((at(91, 118) as { error: string }).error, /^Latitude/);
  assert.match((at('north', 118) as { error: string }).error, /^Latitude/);
  assert.match((at(32, -181) as { error: string }).error, /^Longitude/);
  assert.deepEqual(at(0, 0), { ok: true, body: { kind: 'station', lat: 0, lon: 0 } });
});
