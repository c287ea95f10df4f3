// What the alarms home says outside the dashboard (text messages, the voice prompt) is said in both languages, with the same placeholders.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ALARM_TEXTS, say } from './texts.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

it('has every key in zh-CN and en, with the same placeholders', () => {
  assert.deepEqual(Object.keys(ALARM_TEXTS.en).sort(), Object.keys(ALARM_TEXTS['zh-CN']).sort());
  for (const key of Object.keys(ALARM_TEXTS['zh-CN']) as (keyof (typeof ALARM_TEXTS)['zh-CN'])[]) {
    assert.deepEqual(placeholders(ALARM_TEXTS.en[key]), placeholders(ALARM_TEXTS['zh-CN'][key]), key);
    assert.ok(ALARM_TEXTS['zh-CN'][key] !== ALARM_TEXTS.en[key] || key === 'unknownPlace', `${key} is translated`);
  }
});

it('picks the language, zh-CN first, and fills the placeholders', () => {
  assert.equal(say(null, 'helpPrompt'), 'help-coming.zh-CN');
  assert.equal(say('en', 'helpPrompt'), 'help-coming.en');
  assert.equal(say('en', 'reminder', { alarm: 'al-x', place: 'East Gate', count: 2 }), 'Watchpost reminder: your unit has not acknowledged alarm al-x (East Gate). Acknowledge now (reminder 2).');
  // A voice prompt id fits the pillar's prompt store (nanopb max_size 33: 32 bytes).
  for (const locale of ['zh-CN', 'en'] as const) assert.ok(Buffer.byteLength(say(locale, 'helpPrompt')) <= 32);
});
