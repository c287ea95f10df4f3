/**
 * Alarm coordinates (报警坐标): the short code printed under each pillar and
 * camera, read aloud by a caller on the phone. Five characters and a check
 * character, printed as two groups of three ("K7M-4RW"), from an alphabet
 * without the characters people confuse by eye or by ear: no 0/O/D/Q, 1/I/L,
 * 2/Z, 5/S, 8/B, U/V, and no G (like 6). The check character is Luhn mod N: any one
 * character misheard, and every swap of two neighbours but that of '3' and
 * 'Y' (the first and last of the alphabet, which Luhn cannot tell apart), is
 * caught, so a wrong code is refused instead of pointing to another pillar.
 */
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = '34679ACEFHJKMNPRTWXY';
/** Even: Luhn mod N catches every single error only when N is even. */
const N = CODE_ALPHABET.length;
const DATA_CHARS = 5;

const valueOf = (c: string) => CODE_ALPHABET.indexOf(c);

/** Luhn mod N: the character that makes the weighted sum of the code divisible by N. */
export function checkCharacter(data: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = data.length - 1; i >= 0; i--) {
    let addend = factor * valueOf(data[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return CODE_ALPHABET[(N - (sum % N)) % N]!;
}

function validCheck(code: string): boolean {
  let factor = 1;
  let sum = 0;
  for (let i = code.length - 1; i >= 0; i--) {
    let addend = factor * valueOf(code[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return sum % N === 0;
}

/** A fresh random code, stored without its hyphen: 'K7M4RW'. */
export function newCode(random: (n: number) => number = randomInt): string {
  let data = '';
  for (let i = 0; i < DATA_CHARS; i++) data += CODE_ALPHABET[random(N)];
  return data + checkCharacter(data);
}

/** As printed: 'K7M-4RW'. */
export const printed = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

export type CodeProblem = 'length' | 'character' | 'check';

/**
 * What someone typed or read out, as a stored code; or why it cannot be one.
 * Case, spaces and hyphens do not matter.
 */
export function parseCode(input: string): { code: string } | { problem: CodeProblem; character?: string } {
  const code = input.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (code.length !== DATA_CHARS + 1) return { problem: 'length' };
  const bad = [...code].find((c) => valueOf(c) < 0);
  if (bad) return { problem: 'character', character: bad };
  return validCheck(code) ? { code } : { problem: 'check' };
}
