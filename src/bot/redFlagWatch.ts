import { languageOf } from '../i18n/uiTexts';
import type { TurnContext } from 'botbuilder';
import type { RedFlagId } from '../knowledge/schema';
import { TEXT_LIMIT } from '../rules/concern';
import { acuteCards, assessNotes, redFlagsInNotes } from '../turn/results';
import { userMunicipality, type BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import { recordAcuteShown } from '../turn/turnRecord';

/**
 * Card fields that carry routing, not new words: `description` returns a text the user typed earlier (already
 * watched then), and a new concern started with it shows its own acute route.
 */
const ROUTING_FIELDS = new Set(['verb', 'step', 'skip', 'command', 'kind', 'description']);

/** Everything the user wrote in this message: the typed text and the text fields of a submitted card. */
export function userWords(activity: TurnContext['activity']): string {
  const value = activity.value as Record<string, unknown> | undefined;
  const fields =
    value && typeof value === 'object'
      ? Object.entries(value)
          .filter(([key, field]) => !ROUTING_FIELDS.has(key) && typeof field === 'string')
          .map(([, field]) => field as string)
      : [];
  return [activity.text ?? '', ...fields].join('\n').slice(0, TEXT_LIMIT);
}

/**
 * Red flags override everything, in any message at any step: a flag the conversation has not been shown the
 * acute route for gets it at once, before whatever the message answers. The flags shown are remembered, so
 * the concern dialog takes them into its answers and no card is sent twice.
 */
export async function watchForRedFlags(
  context: TurnContext,
  state: AppTurnState,
  services: BotServices,
): Promise<void> {
  const text = userWords(context.activity);
  if (!text.trim()) return;
  const municipality = userMunicipality(state.user, services);
  const shown = state.conversation.redFlagsShown ?? [];
  // Most messages name no new flag: the engine's own flag finding, without a whole assessment, tells.
  const found = redFlagsInNotes({ text, redFlags: [] }, municipality, services);
  if (found.every((flag) => shown.includes(flag))) return;
  // The engine joins the flags it is given with those it finds, so one assessment holds the shown and the new.
  const flags = [...new Set<RedFlagId>([...shown, ...found])];
  const acute = assessNotes({ text, redFlags: flags }, municipality, services);
  recordAcuteShown(context, state.conversation, flags);
  await context.sendActivities(acuteCards(acute, services, languageOf(state.user.lang)));
}
