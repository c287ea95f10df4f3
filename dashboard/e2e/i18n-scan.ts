/**
 * What a person reads on a page, for the language checks of i18n.browser.ts:
 * visible text and the attributes people read (placeholder, title, aria-label,
 * alt, label), and the document title. Skipped: code samples and ids (<code>)
 * and data the page shows as it is (translate="no": people's, devices' and
 * tokens' names, the languages named in themselves), also where such data is
 * part of a sentence or a label ("撤销 交通指挥中心").
 */
import type { Page } from 'playwright-core';

export interface Said {
  text: string;
  /** Where: the element (tag, data-testid or class) and the attribute, if any. */
  where: string;
}

/**
 * Runs in the page. Plain JavaScript in a string: tsx would wrap named
 * functions of a TypeScript callback in a helper the page does not have.
 */
const READ_PAGE = `(() => {
  const said = [];
  const skipped = (el) => el.closest('code, [translate="no"], script, style, noscript');
  const shown = (el) => (el.tagName === 'OPTION' ? (el.closest('select') ?? el) : el).checkVisibility({ visibilityProperty: true });
  const where = (el) => el.tagName.toLowerCase() + (el.getAttribute('data-testid') ? '[data-testid=' + el.getAttribute('data-testid') + ']' : el.classList.length ? '.' + [...el.classList].join('.') : '');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim();
    if (!parent || !text || skipped(parent) || !shown(parent)) continue;
    said.push({ text, where: where(parent) });
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (skipped(el) || !shown(el)) continue;
    for (const name of ['placeholder', 'title', 'aria-label', 'alt', 'label']) {
      const value = el.getAttribute(name)?.trim();
      if (value) said.push({ text: value, where: where(el) + ' ' + name + '=' });
    }
  }
  said.push({ text: document.title, where: 'title' });
  const data = [...new Set([...document.querySelectorAll('[translate="no"]')].map((el) => el.textContent.trim()).filter(Boolean))];
  return { said, data };
})()`;

export async function readableTexts(page: Page): Promise<Said[]> {
  const { said, data } = (await page.evaluate(READ_PAGE)) as { said: Said[]; data: string[] };
  // Longest first, so a name is removed whole before any shorter name inside it.
  const names = data.sort((a, b) => b.length - a.length);
  return said.map(({ text, where }) => ({ text: names.reduce((t, name) => t.replaceAll(name, ' '), text), where })).filter(({ text }) => text.trim());
}

/**
 * Latin words a Chinese reader would meet: the product's and the protocols' own
 * names and acronyms aside, and code-like strings (with a digit or one of . _ / : @ #:
 * ids, topics, addresses, 'auth.login', 'Asia/Shanghai').
 */
const LATIN_ALLOWED = new Set(['Watchpost', 'MapLibre', 'MQTT', 'CoAP', 'UDP', 'API', 'IP', 'ID', 'HTTPS', 'GPS', 'WGS', 'GCJ', 'POST', 'Prometheus', 'Ctrl', 'Mac', 'Webhook']);

export function englishIn(said: readonly Said[]): string[] {
  const found: string[] = [];
  for (const { text, where } of said) {
    const words = text
      .split(/[\s\u3000-\u303f\uff00-\uffef，。：；（）“”、]+/)
      .filter((token) => !/[0-9._/:@#]/.test(token))
      .flatMap((token) => token.match(/[A-Za-z]{2,}/g) ?? [])
      .filter((word) => !LATIN_ALLOWED.has(word));
    if (words.length) found.push(`${where}: ${JSON.stringify(text)} (${words.join(' ')})`);
  }
  return found;
}

/** Chinese characters an English reader would meet. */
export function chineseIn(said: readonly Said[]): string[] {
  return said.filter(({ text }) => /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(text)).map(({ text, where }) => `${where}: ${JSON.stringify(text)}`);
}
