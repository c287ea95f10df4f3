import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deviceIdFromQr } from './qr.js';

it('reads the serial from a bare, a labelled or a linked QR code; nothing when there is none', () => {
  assert.equal(deviceIdFromQr('st-xuyi-0001'), 'st-xuyi-0001');
  assert.equal(deviceIdFromQr(' ST-XUYI-0001\n'), 'st-xuyi-0001', 'printed in capitals');
  assert.equal(deviceIdFromQr('SN:ST-0042'), 'st-0042');
  assert.equal(deviceIdFromQr('序列号：pl-0007'), 'pl-0007');
  assert.equal(deviceIdFromQr('https://maker.example.cn/d?sn=st-0099&batch=7'), 'st-0099');
  assert.equal(deviceIdFromQr('https://maker.example.cn/devices/st-0100'), 'st-0100');
  assert.equal(deviceIdFromQr('https://maker.example.cn/d?sn=not valid!'), null);
  assert.equal(deviceIdFromQr('WIFI:S:guest;T:WPA;P:secret;;'), null);
  assert.equal(deviceIdFromQr(''), null);
});
