import type { Activity } from 'botbuilder';
import { z } from 'zod/v4';
import type { Lang } from '../cards/labels';
import { uiTexts } from '../i18n/uiTexts';

/** The key of our own refinement's message (the text itself is in the resource, in the user's language). */
const CHOOSE_LEADER = 'leaderPicker.chooseFirst';
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
    message: CHOOSE_LEADER,
  });

/** From an older card's Action.Submit (with `verb` in the data) or the Action.Execute card (verb beside it). */
export const LeaderReplySubmit = z.looseObject({
  verb: z.literal('leaderReply').optional(),
  handoffId: z.uuid(),
  answer: z.enum(['approved', 'call', 'comment']),
  comment: Text(1000),
});

/** A friendly card for card data that fails its schema: our own refinement's text in `lang`, or the fallback. */
export function invalidSubmit(error: z.ZodError, fallback: string, lang: Lang = 'da'): Partial<Activity> {
  const message = error.issues[0]?.message ?? '';
  // Our own refinement names its text by a key; zod's built-in messages are not for users, so those get the fallback.
  const text = message === CHOOSE_LEADER ? uiTexts(lang).leaderPicker.chooseFirst : fallback;
  return cardActivity('notice', { title: uiTexts(lang).notices.invalidTitle, text }, lang);
}
