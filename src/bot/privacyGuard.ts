import type { TurnContext } from 'botbuilder';
import { maskCpr } from '../text';
import type { AppTurnState } from '../turn/state';

export const CPR_WARNING =
  'Du skrev et CPR-nummer. Jeg har fjernet det og gemmer det ikke. Din egen besked kan jeg ikke slette: ' +
  'slet den selv i chatten (hold over beskeden › … › Slet). Skriv ikke CPR-numre i chatten – ' +
  'CPR-nummeret kommer først på underretningen, når du sender den ad en sikker vej.';

export const CPR_REMOVED = 'CPR-nummeret er fjernet igen. Slet gerne din besked med det i chatten.';

const CPR_TEXTS = {
  da: { warning: CPR_WARNING, removed: CPR_REMOVED },
  en: {
    warning:
      'You wrote a CPR number. I have removed it and do not store it. I cannot delete your own message: ' +
      'delete it yourself in the chat (hover over the message › … › Delete). Do not write CPR numbers in the ' +
      'chat – the CPR number goes on the notification only when you send it by a secure route.',
    removed: 'The CPR number was removed again. Please delete your message with it in the chat.',
  },
};

/** Masks every string in a submitted card value, however deeply nested; returns how many it masked. */
function maskValue(
  value: unknown,
  parent: Record<string, unknown> | unknown[],
  key: string | number,
): number {
  if (typeof value === 'string') {
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
  const texts = CPR_TEXTS[state.user.lang ?? 'da'];
  await context.sendActivity(state.conversation.cprWarnedAt ? texts.removed : texts.warning);
  state.conversation.cprWarnedAt = now.toISOString();
}
