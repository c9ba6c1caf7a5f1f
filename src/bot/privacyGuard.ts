import type { TurnContext } from 'botbuilder';
import { maskCpr } from '../text';
import type { AppTurnState } from '../turn/state';
import { languageOf, uiTexts } from '../i18n/uiTexts';

export const CPR_WARNING = uiTexts('da').privacy.cprWarning;
export const CPR_REMOVED = uiTexts('da').privacy.cprRemoved;

/**
 * The ids our cards carry (cases, hand-offs, checklists, rounds) are UUIDs nobody types. About 1 in 250 has digits
 * that read as a CPR number across a dash (»8d354594-0111-…«); masking it broke the button and warned for nothing.
 */
const SYSTEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Masks every string in a submitted card value, however deeply nested; returns how many it masked. */
function maskValue(
  value: unknown,
  parent: Record<string, unknown> | unknown[],
  key: string | number,
): number {
  if (typeof value === 'string') {
    if (SYSTEM_ID.test(value)) return 0;
    const result = maskCpr(value);
    (parent as Record<string, unknown>)[key as string] = result.text;
    return result.masked;
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce(
      (sum, [k, v]) => sum + maskValue(v, value as Record<string, unknown>, k),
      0,
    );
  }
  return 0;
}

/** Masks CPR numbers in typed text and in every text a card submitted, before anything reads or stores them. */
export async function guardCpr(context: TurnContext, state: AppTurnState, now: Date): Promise<void> {
  let masked = 0;
  if (typeof context.activity.text === 'string') {
    const result = maskCpr(context.activity.text);
    context.activity.text = result.text;
    masked += result.masked;
  }
  masked += maskValue(
    context.activity.value,
    context.activity as unknown as Record<string, unknown>,
    'value',
  );
  if (masked === 0) return;
  // The reason once per conversation; after that a short receipt, so the user knows it happened again.
  const texts = uiTexts(languageOf(state.user.lang)).privacy;
  await context.sendActivity(state.conversation.cprWarnedAt ? texts.cprRemoved : texts.cprWarning);
  state.conversation.cprWarnedAt = now.toISOString();
}
