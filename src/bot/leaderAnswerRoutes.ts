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

const ANSWER_TEXT = {
  approved: 'har drøftet udkastet med dig: send underretningen.',
  call: 'vil gerne have, at du ringer.',
  comment: 'har skrevet en kommentar til udkastet.',
} as const;

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
    const text = [
      `${by} ${ANSWER_TEXT[answered.answer]}`,
      comment ? `Kommentar: »${comment}«` : '',
      onCase ? `Svaret er gemt på sagen »${onCase.case.label}« under »Mine bekymringer«.` : '',
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

  const REFUSED = {
    notFound: {
      title: 'Den anmodning findes ikke længere',
      text: 'Den er udløbet eller slettet. Tal direkte med din medarbejder.',
    },
    notYours: {
      title: 'Den anmodning er ikke til dig',
      text: 'Kun den leder, udkastet blev sendt til, kan svare på det.',
    },
    invalid: {
      title: 'Det kunne jeg ikke bruge',
      text: 'Svaret kunne ikke læses. Skriv en kommentar på højst 1.000 tegn, og prøv igen.',
    },
  } as const;

  // Cards sent before the Universal Action: their Action.Submit still answers, once.
  async function leaderReply(context: TurnContext): Promise<void> {
    const outcome = await answerRequest(context, replyOf(context).value);
    switch (outcome.kind) {
      case 'invalid':
        return void (await context.sendActivity(invalidSubmit(outcome.error, REFUSED.invalid.text)));
      case 'notFound':
        return void (await context.sendActivity(
          'Den anmodning findes ikke længere (den er udløbet eller slettet). Tal direkte med din medarbejder.',
        ));
      case 'notYours':
        return void (await context.sendActivity(cardActivity('notice', REFUSED.notYours)));
      case 'already':
        return void (await context.sendActivity(
          cardActivity(
            'leaderAnswered',
            leaderAnsweredCardModel(outcome.handoff.senderName, outcome.answered),
          ),
        ));
      case 'notDelivered':
        return void (await context.sendActivity(
          `Jeg kunne ikke give ${outcome.handoff.senderName} dit svar. Kontakt vedkommende direkte.`,
        ));
      case 'answered':
        return void (await context.sendActivity(`Tak. Dit svar er sendt til ${outcome.handoff.senderName}.`));
    }
  }

  // The card's answer buttons (Action.Execute): the invoke's response is the updated card, without buttons.
  async function leaderAnswer(context: TurnContext, _state: AppTurnState, data: Record<string, unknown>) {
    const outcome = await answerRequest(context, data);
    switch (outcome.kind) {
      case 'invalid':
        return noticeCard(REFUSED.invalid.title, REFUSED.invalid.text);
      case 'notFound':
        return noticeCard(REFUSED.notFound.title, REFUSED.notFound.text);
      case 'notYours':
        // Not the leader's card to change: the one who tapped is told, the card stays as it is for the leader.
        return `${REFUSED.notYours.title}. ${REFUSED.notYours.text}`;
      case 'already':
      case 'answered':
      case 'notDelivered':
        return invokeCard(
          'leaderAnswered',
          leaderAnsweredCardModel(
            outcome.handoff.senderName,
            outcome.answered,
            outcome.kind === 'notDelivered',
          ),
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
