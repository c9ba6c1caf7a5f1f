import type { Activity, TurnContext } from 'botbuilder';
import { replyOf } from '../conversation/reply';
import { looksLikeConcern } from '../conversation/answers';
import { commandOf, type Command } from '../conversation/commands';
import { cardActivity } from '../turn/replies';
import { assessNotes, contactsActivity } from '../turn/results';
import { userMunicipality, type BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import type { Lang } from '../cards/labels';
import { languageOf, uiTexts } from '../i18n/uiTexts';

/** A group chat, meeting chat or channel: everyone in it reads along. */
export function isGroup(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || context.activity.conversation?.isGroup === true;
}

/** A deep link that opens a 1:1 chat with this bot (its Teams id is `28:<app id>`). */
export function chatUrl(context: TurnContext): string {
  const id = context.activity.recipient.id;
  const botId = id.startsWith('28:') ? id : `28:${id}`;
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;
}

export const groupHelpActivity = (context: TurnContext, lang: Lang = 'da'): Partial<Activity> =>
  cardActivity('groupHelp', { t: uiTexts(lang).group, chatUrl: chatUrl(context) }, lang);

/** »Let us take this to a 1:1 chat«, in the writer's language. */
export const moveToPersonalActivity = (context: TurnContext, lang: Lang = 'da'): Partial<Activity> =>
  cardActivity('moveToPersonal', { t: uiTexts(lang).group, chatUrl: chatUrl(context) }, lang);

export interface GroupRouteDeps {
  services: BotServices;
  /** Commands that work the same in a group (»slet mine data«), and the shared ones (»tjekliste«). */
  runCommand(command: Command, context: TurnContext, state: AppTurnState): Promise<void>;
}

const SHARED_COMMANDS: readonly Command[] = ['deleteData', 'checklist', 'dilemma', 'english', 'danish'];

/**
 * Typed messages in a shared conversation (the bot only gets them when @mentioned; teams-ai strips the mention).
 * No concern dialog here, and nothing about a specific child: a description gets the way to a 1:1 chat, and a
 * red flag also the numbers to call now, which say nothing about the child.
 */
export function groupRoutes({ services, runCommand }: GroupRouteDeps) {
  return async (context: TurnContext, state: AppTurnState): Promise<void> => {
    const lang = languageOf(state.user.lang);
    const reply = replyOf(context);
    const command = commandOf(reply);
    if (command && SHARED_COMMANDS.includes(command)) return runCommand(command, context, state);
    const text = reply.text.trim();
    // The engine's flags, so a sign that implies one (marks on an infant) counts too; and the numbers of the
    // municipality this user works with.
    const assessment = assessNotes({ text, redFlags: [] }, userMunicipality(state.user, services), services);
    if (assessment.redFlags.length > 0 || (!command && looksLikeConcern(text, services.lexicon))) {
      await context.sendActivity(moveToPersonalActivity(context, lang));
      if (assessment.redFlags.length > 0) {
        await context.sendActivity(contactsActivity(assessment, services, lang));
      }
      return;
    }
    if (command && command !== 'help') {
      await context.sendActivity(moveToPersonalActivity(context, lang));
      return;
    }
    await context.sendActivity(groupHelpActivity(context, lang));
  };
}
