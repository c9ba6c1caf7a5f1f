import type { TurnContext } from 'botbuilder';
import type { z } from 'zod/v4';
import { leaderAnsweredCardModel } from '../cards/draftCards';
import { LEADER_COMMENT_LIMIT } from '../cases';
import { replyOf } from '../conversation/reply';
import { maskCpr } from '../text';
import { cardActivity, invokeCard, noticeCard } from '../turn/replies';
import type { BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import type { CaseStore } from './caseStore';
import { isFromLeader, type Handoff, type HandoffStore, type Messenger } from './handoff';
import { invalidSubmit, LeaderReplySubmit } from './submits';
import { fill, languageOf, uiTexts } from '../i18n/uiTexts';

/**
 * The way back of the hand-off (draftRoutes.ts sends the draft): the leader's answer, recorded on the request and
 * the sender's case, then passed on to the sender.
 */

export interface LeaderAnswerDeps {
  services: BotServices;
  messenger: Messenger;
  handoffs: HandoffStore;
  cases: CaseStore;
}

export function leaderAnswerRoutes(deps: LeaderAnswerDeps) {
  const { services, messenger, handoffs, cases } = deps;

  /**
   * The leader's answer, from the card's Universal Action (`Action.Execute`, invoke `adaptiveCard/action`) or from
   * an older card's `Action.Submit`. Recorded first (the request and the sender's case), then passed on to the
   * sender; a request answered before is not answered again.
   */
  async function answerRequest(context: TurnContext, data: unknown): Promise<LeaderAnswerOutcome> {
    const submit = LeaderReplySubmit.safeParse(data);
    if (!submit.success) return { kind: 'invalid', error: submit.error };
    const handoff = await handoffs.find(submit.data.handoffId);
    if (!handoff) return { kind: 'notFound' };
    if (!isFromLeader(context, handoff)) return { kind: 'notYours' };
    if (handoff.answered) return { kind: 'already', handoff, answered: handoff.answered };
    // Invokes do not pass the CPR guard of message turns: the comment is masked here.
    const comment = maskCpr(submit.data.comment?.trim() ?? '').text.slice(0, LEADER_COMMENT_LIMIT);
    const by = context.activity.from.name ?? handoff.leaderName;
    const at = services.clock().toISOString();
    const answered = { answer: submit.data.answer, ...(comment ? { comment } : {}), at, by };
    const stored = await handoffs.answer(handoff.id, answered);
    if (!stored) return { kind: 'notFound' };
    if (stored.answered !== answered && stored.answered)
      return { kind: 'already', handoff: stored, answered: stored.answered };
    const onCase = handoff.caseId
      ? await cases.recordLeaderAnswer(handoff.senderId, handoff.caseId, {
          handoffId: handoff.id,
          answer: answered.answer,
          ...(comment ? { comment } : {}),
          at,
        })
      : undefined;
    // Passed on in the sender's language, as they asked.
    const toSender = uiTexts(languageOf(handoff.senderLang)).leaderReply;
    const text = [
      fill(toSender[answered.answer], { leader: by }),
      comment ? fill(toSender.commentText, { comment }) : '',
      onCase ? fill(toSender.onCase, { label: onCase.case.label }) : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    try {
      await messenger.sendToConversation(handoff.senderReference, { type: 'message', text });
    } catch {
      return { kind: 'notDelivered', handoff: stored, answered };
    }
    return { kind: 'answered', handoff: stored, answered };
  }

  /** The leader's language: their own choice, otherwise their client's locale, otherwise Danish. */
  const leaderTexts = (context: TurnContext, state: AppTurnState) => {
    const lang = languageOf(state.user.lang);
    return { lang, t: uiTexts(lang).leader };
  };

  // Cards sent before the Universal Action: their Action.Submit still answers, once.
  async function leaderReply(context: TurnContext, state: AppTurnState): Promise<void> {
    const outcome = await answerRequest(context, replyOf(context).value);
    const { lang, t } = leaderTexts(context, state);
    switch (outcome.kind) {
      case 'invalid':
        return void (await context.sendActivity(invalidSubmit(outcome.error, t.invalidText, lang)));
      case 'notFound':
        return void (await context.sendActivity(t.notFound));
      case 'notYours':
        return void (await context.sendActivity(
          cardActivity('notice', { title: t.notYoursTitle, text: t.notYoursText }, lang),
        ));
      case 'already':
        return void (await context.sendActivity(
          cardActivity(
            'leaderAnswered',
            leaderAnsweredCardModel(outcome.handoff.senderName, outcome.answered, false, lang),
            lang,
          ),
        ));
      case 'notDelivered':
        return void (await context.sendActivity(
          fill(t.notDelivered, { sender: outcome.handoff.senderName }),
        ));
      case 'answered':
        return void (await context.sendActivity(fill(t.thanks, { sender: outcome.handoff.senderName })));
    }
  }

  // The card's answer buttons (Action.Execute): the invoke's response is the updated card, without buttons.
  async function leaderAnswer(context: TurnContext, state: AppTurnState, data: Record<string, unknown>) {
    const outcome = await answerRequest(context, data);
    const { lang, t } = leaderTexts(context, state);
    switch (outcome.kind) {
      case 'invalid':
        return noticeCard(t.invalidTitle, t.invalidText, lang);
      case 'notFound':
        return noticeCard(t.notFoundTitle, t.notFoundText, lang);
      case 'notYours':
        // Not the leader's card to change: the one who tapped is told, the card stays as it is for the leader.
        return `${t.notYoursTitle}. ${t.notYoursText}`;
      case 'already':
      case 'answered':
      case 'notDelivered':
        return invokeCard(
          'leaderAnswered',
          leaderAnsweredCardModel(
            outcome.handoff.senderName,
            outcome.answered,
            outcome.kind === 'notDelivered',
            lang,
          ),
          lang,
        );
    }
  }

  return { leaderReply, leaderAnswer };
}

type LeaderAnswerOutcome =
  | { kind: 'invalid'; error: z.ZodError }
  | { kind: 'notFound' | 'notYours' }
  | {
      kind: 'already' | 'answered' | 'notDelivered';
      handoff: Handoff;
      answered: NonNullable<Handoff['answered']>;
    };
