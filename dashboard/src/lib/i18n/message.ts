/**
 * A text to show later, kept as its key and values rather than as words, so it
 * follows a language switch while on screen (a form's error, a status line).
 * `{ text }` is a sentence the platform gave that no catalog has. Pure: the
 * page says it with language.svelte.ts `say`, tests with any translator.
 */
import type { MessageKey, MessageParams } from './translator.js';

export type Message = { key: MessageKey; params?: Record<string, string | number | Message> } | { text: string };

export const message = (key: MessageKey, params?: Record<string, string | number | Message>): Message => (params ? { key, params } : { key });

/** A Message in words through `t` (values that are Messages themselves are said first). */
export function sayWith(t: (key: MessageKey, params?: MessageParams) => string, m: Message): string {
  if ('text' in m) return m.text;
  if (!m.params) return t(m.key);
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(m.params)) params[name] = typeof value === 'object' ? sayWith(t, value) : value;
  return t(m.key, params);
}
