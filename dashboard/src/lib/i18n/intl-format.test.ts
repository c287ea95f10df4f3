import assert from 'node:assert/strict';
import { it } from 'node:test';
import { dateIn, dateTimeIn, durationIn, numberIn, zonedInstant, zoneNameIn } from './intl-format.js';

const AT = '2026-03-01T00:30:00Z'; // 08:30 in Shanghai

it('shows an instant in the platform’s zone, in the page’s language', () => {
  assert.equal(dateTimeIn('zh-CN', 'Asia/Shanghai', AT), '2026/3/1 08:30:00');
  assert.equal(dateTimeIn('en', 'Asia/Shanghai', AT), '3/1/26, 8:30:00 AM');
  assert.equal(dateTimeIn('en', 'UTC', AT), '3/1/26, 12:30:00 AM');
  assert.equal(dateIn('zh-CN', 'Asia/Shanghai', '2026-02-28T20:00:00Z'), '2026年3月1日', 'the day as it is in Shanghai');
  assert.equal(dateIn('en', 'Asia/Shanghai', AT), 'Mar 1, 2026');
  assert.equal(dateTimeIn('en', 'UTC', 'not a time'), null);
});

it('formats numbers and durations for the language', () => {
  assert.equal(numberIn('zh-CN', 12345), '12,345');
  assert.equal(numberIn('en', 1.5), '1.5');
  assert.equal(durationIn('zh-CN', 300), '5分钟');
  assert.equal(durationIn('en', 300), '5 minutes');
  assert.equal(durationIn('en', 60), '1 minute');
  assert.equal(durationIn('en', 90), '90 seconds');
  assert.equal(durationIn('zh-CN', 7200), '2小时');
  assert.equal(durationIn('en', 86_400 * 3), '3 days');
});

it('names the zone in the language', () => {
  assert.equal(zoneNameIn('zh-CN', 'Asia/Shanghai'), '中国标准时间');
  assert.equal(zoneNameIn('en', 'Asia/Shanghai'), 'China Standard Time');
});

it('reads a typed wall-clock time in a zone', () => {
  assert.equal(zonedInstant('2026-03-01T08:30', 'Asia/Shanghai')?.toISOString(), '2026-03-01T00:30:00.000Z');
  assert.equal(zonedInstant('2026-03-01T08:30:15', 'UTC')?.toISOString(), '2026-03-01T08:30:15.000Z');
  assert.equal(zonedInstant('2026-03-29T03:30', 'Europe/Berlin')?.toISOString(), '2026-03-29T01:30:00.000Z', 'the first hour of summer time');
  assert.equal(zonedInstant('yesterday', 'UTC'), null);
});
