/** What a user sent: typed text, or the data of a card they submitted (or both). */
export interface Reply {
  text: string;
  value: Record<string, unknown> | undefined;
}

/** The part of an incoming activity a reply is read from (a botbuilder `TurnContext` fits it). */
export interface Incoming {
  activity: { text?: string; value?: unknown };
}

/** What the user sent in this turn: a card's data counts only when it is an object. */
export function replyOf(context: Incoming): Reply {
  const value = context.activity.value;
  return {
    text: context.activity.text ?? '',
    value: value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined,
  };
}

import type { HelpKey } from './help';

/** A parsed answer, or the key of the help text to show (in the user's language) before asking again. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; help: HelpKey };

export const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const reject = <T>(help: HelpKey): Parsed<T> => ({ ok: false, help });

/** Lower case, Danish letters kept, punctuation and extra spaces removed. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folds æ/ø/å so "Dragør", "dragoer" and "DRAGOR" compare equal. */
export function fold(text: string): string {
  return normalise(text).replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa').replace(/oe/g, 'o');
}

/** The string a card submitted in `field` (default `answer`), if any. */
export function submitted(reply: Reply, field = 'answer'): string | undefined {
  const raw = reply.value?.[field];
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}
