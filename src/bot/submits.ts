import type { Activity } from 'botbuilder';
import { z } from 'zod/v4';
import type { Lang } from '../cards/labels';
import { uiTexts } from '../i18n/uiTexts';
import { cardActivity } from '../turn/replies';

const Text = (max: number) => z.string().max(max).optional();

/** Card submits the bot accepts, checked at the edge; anything else gets a friendly message. */
export const DraftUpdateSubmit = z.looseObject({
  verb: z.literal('draftUpdate'),
  observed: Text(2000),
  duration: Text(2000),
  actionsTaken: Text(2000),
  parentsSay: Text(2000),
  childSays: Text(2000),
  strengths: Text(2000),
  childMunicipality: Text(100),
  interpreter: Text(100),
});

export const LeaderChosenSubmit = z
  .looseObject({
    verb: z.literal('leaderChosen'),
    leader: Text(200),
    member: Text(200),
    message: Text(500),
  })
  .refine((submit) => !!(submit.leader?.trim() || submit.member?.trim()), {
    message: 'Vælg din leder, før du trykker »Send«.',
  });

/** From an older card's Action.Submit (with `verb` in the data) or the Action.Execute card (verb beside it). */
export const LeaderReplySubmit = z.looseObject({
  verb: z.literal('leaderReply').optional(),
  handoffId: z.uuid(),
  answer: z.enum(['approved', 'call', 'comment']),
  comment: Text(1000),
});

/** A friendly card for card data that fails its schema: our own Danish message, or the fallback. */
export function invalidSubmit(error: z.ZodError, fallback: string, lang: Lang = 'da'): Partial<Activity> {
  const message = error.issues[0]?.message ?? '';
  // Our own refinements speak Danish; zod's built-in messages do not, so those get the fallback.
  const text = /[æøå]|Vælg/.test(message) ? message : fallback;
  return cardActivity('notice', { title: uiTexts(lang).notices.invalidTitle, text }, lang);
}
