import assert from 'node:assert/strict';
import { it } from 'node:test';
import { detectLocale, isTimeZone } from './locales.js';

it('follows the first of the browser’s languages it speaks', () => {
  assert.equal(detectLocale(['zh-CN', 'en-US']), 'zh-CN');
  assert.equal(detectLocale(['zh-TW']), 'zh-CN');
  assert.equal(detectLocale(['zh']), 'zh-CN');
  assert.equal(detectLocale(['zh-Hans-CN']), 'zh-CN');
  assert.equal(detectLocale(['en-GB', 'zh-CN']), 'en');
  assert.equal(detectLocale(['de-DE', 'en']), 'en');
  assert.equal(detectLocale(['fr', 'zh_CN']), 'zh-CN');
});

it('speaks Chinese when the browser asks for neither language, or for nothing', () => {
  assert.equal(detectLocale(['ko-KR', 'ja']), 'zh-CN');
  assert.equal(detectLocale([]), 'zh-CN');
  assert.equal(detectLocale(undefined), 'zh-CN');
});

it('knows a time zone from a word that is none', () => {
  assert.equal(isTimeZone('Asia/Shanghai'), true);
  assert.equal(isTimeZone('UTC'), true);
  assert.equal(isTimeZone('Mars/Olympus'), false);
  assert.equal(isTimeZone(''), false);
  assert.equal(isTimeZone(8), false);
});
