// Alarm coordinates are read aloud: no character that sounds or looks like another, and a check
// character that catches every single misheard character and every swap of two neighbours (but 3 and Y).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import { CODE_ALPHABET, checkCharacter, newCode, parseCode, printed } from './code.js';

it('uses no ambiguous characters, and an even alphabet (Luhn mod N needs one)', () => {
  for (const c of '0O1IL2Z5S8BUVQDG') assert.ok(!CODE_ALPHABET.includes(c), c);
  assert.equal(CODE_ALPHABET.length % 2, 0);
  assert.equal(new Set(CODE_ALPHABET).size, CODE_ALPHABET.length);
});

it("catches every single substitution, and every transposition of neighbours but of '3' and 'Y' (10,000 codes)", () => {
  const random = seededRandom(7);
  for (let n = 0; n < 10_000; n++) {
    const code = newCode((k) => Math.floor(random() * k));
    assert.deepEqual(parseCode(code), { code });
    for (let i = 0; i < code.length; i++) {
      for (const c of CODE_ALPHABET) if (c !== code[i]) assert.equal('code' in parseCode(code.slice(0, i) + c + code.slice(i + 1)), false, `${code}: ${c} at ${i}`);
      const pair = `${code[i]}${code[i + 1]}`;
      // Luhn mod N's one blind spot: the values 0 and N-1 swapped.
      if (i + 1 < code.length && code[i] !== code[i + 1] && pair !== '3Y' && pair !== 'Y3')
        assert.equal('code' in parseCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)), false, `${code}: swap at ${i}`);
    }
  }
});

it('reads what people type or say: case, spaces and hyphens do not matter; the problem is named', () => {
  const code = `K7M4R${checkCharacter('K7M4R')}`;
  assert.equal(printed(code), 'K7M-4RW');
  assert.deepEqual(parseCode(' k7m-4rw '), { code: 'K7M4RW' });
  assert.deepEqual(parseCode('k7m 4r w'), { code: 'K7M4RW' });
  assert.deepEqual(parseCode('K7M-4R'), { problem: 'length' });
  assert.deepEqual(parseCode('K7M-4R0'), { problem: 'character', character: '0' });
  assert.deepEqual(parseCode('K7M-4RX'), { problem: 'check' });
});
