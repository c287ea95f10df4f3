import assert from 'node:assert/strict';
import { beforeEach, it } from 'node:test';
import { deviceLocale, rememberLocale, userLocale } from './preference.js';

/** Node 20 has no localStorage: a Map behind its interface, fresh for each test. */
beforeEach(() => {
  const items = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) },
  });
});

it('remembers a choice for the user and as the device’s last choice', () => {
  assert.equal(deviceLocale(), null);
  rememberLocale('u-000000000001', 'en');
  assert.equal(userLocale({ id: 'u-000000000001' }), 'en');
  assert.equal(deviceLocale(), 'en');
  rememberLocale(null, 'zh-CN'); // on the sign-in page: nobody is known yet
  assert.equal(deviceLocale(), 'zh-CN');
  assert.equal(userLocale({ id: 'u-000000000001' }), 'en', 'each user keeps their own');
  assert.equal(userLocale({ id: 'u-000000000002' }), null);
});

it('takes the platform’s stored choice first, once it sends one, and ignores what it does not speak', () => {
  rememberLocale('u-000000000001', 'en');
  assert.equal(userLocale({ id: 'u-000000000001', locale: 'zh-CN' }), 'zh-CN');
  assert.equal(userLocale({ id: 'u-000000000001', locale: 'fr' }), 'en');
  localStorage.setItem('watchpost.locale', 'klingon');
  assert.equal(deviceLocale(), null);
});

it('breaks nothing where storage is refused', () => {
  Object.assign(globalThis, {
    localStorage: {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    },
  });
  assert.doesNotThrow(() => rememberLocale('u-000000000001', 'en'));
  assert.equal(deviceLocale(), null);
});
