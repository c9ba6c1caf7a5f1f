import type { Storage, TurnContext } from 'botbuilder';
import { maskCpr } from '../text';
import { conversationKey } from './guardedStorage';
import { acuteCards, assessNotes } from '../turn/results';
import type { BotServices } from '../turn/services';
import { localeLanguage, uiTexts } from '../i18n/uiTexts';

/** The notice for a tenant the bot is not enabled for: in the client's language (the bot keeps no state there). */
export function tenantRefused(locale: string | undefined): { title: string; text: string } {
  const t = uiTexts(localeLanguage(locale)).notices;
  return { title: t.tenantRefusedTitle, text: t.tenantRefusedText };
}

export function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return context.activity.conversation?.tenantId ?? channelData?.tenant?.id;
}

/** After a failed turn the dialog may be what broke: forget it, so the next message starts cleanly. */
export async function clearDialog(storage: Storage, context: TurnContext): Promise<void> {
  const key = conversationKey(context.activity);
  const stored = (await storage.read([key]))[key] as Record<string, unknown> | undefined;
  if (!stored?.dialogState) return;
  delete stored.dialogState;
  await storage.write({ [key]: { ...stored, eTag: '*' } });
}

/**
 * After a failed turn (storage down, a bug): if the message itself names a red flag, the acute route is still
 * shown, from the pure engine alone with the deployment's municipality.
 */
export async function safetyNet(context: TurnContext, services: BotServices): Promise<void> {
  const text = maskCpr(context.activity.text ?? '').text;
  if (!text) return;
  const assessment = assessNotes({ text, redFlags: [] }, services.defaultMunicipality, services);
  if (assessment.redFlags.length > 0) await context.sendActivities(acuteCards(assessment, services));
}
