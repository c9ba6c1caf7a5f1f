import type { Storage, TurnContext } from 'botbuilder';
import { draftCardModel, leaderRequestCardModel } from '../cards/draftCards';
import { buildDraft, draftAsText, EDITABLE_FIELDS, type ConcernAnswers } from '../draft';
import { replyOf } from '../conversation/reply';
import { CaseStore } from './caseStore';
import { saveConcernAsCase } from './caseSaving';
import { HandoffStore, type MemberDirectory, type Messenger, type Person } from './handoff';
import { leaderAnswerRoutes } from './leaderAnswerRoutes';
import { knownLanguage } from './languageIndex';
import { RateLimiter } from './rateLimit';
import { cardActivity } from '../turn/replies';
import { assessNotes } from '../turn/results';
import type { BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import { fill, languageOf, uiTexts } from '../i18n/uiTexts';
import type { Lang } from '../cards/labels';
import { DraftUpdateSubmit, invalidSubmit, LeaderChosenSubmit } from './submits';

export interface DraftRouteDeps {
  services: BotServices;
  /** Drafts and copies are cheap but not free; sending to a leader reaches another person. */
  draftLimiter?: RateLimiter;
  leaderLimiter?: RateLimiter;
  storage: Storage;
  messenger: Messenger;
  directory: MemberDirectory;
}

function isLoopback(serviceUrl: string): boolean {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(serviceUrl).hostname);
  } catch {
    return false;
  }
}

export const TOO_MANY = uiTexts('da').draft.tooMany;

/** The draft's texts in the user's language (the notification itself stays Danish: the municipality reads it). */
const textsOf = (state: AppTurnState) => uiTexts(languageOf(state.user.lang));

async function draftOf(state: AppTurnState, context: TurnContext, services: BotServices, cases: CaseStore) {
  const concern = state.conversation.lastConcern;
  if (!concern) return undefined;
  const assessment = assessNotes(concern.answers, concern.municipality, services);
  // A concern saved as a case brings the case's observation log into »Anledning«.
  const saved = concern.caseId ? await cases.find(context.activity.from.id, concern.caseId) : undefined;
  const draft = buildDraft(
    {
      answers: concern.answers,
      assessment,
      notifierName: context.activity.from.name,
      observations: saved?.observations ?? [],
    },
    services.knowledge,
    services.objectivity,
  );
  return { concern, assessment, draft };
}

/** The draft card and its actions, and the hand-off to a leader and back. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as Teams' HTML subset: escaped, one `<br>` per line break. */
export function htmlLines(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

/**
 * The leader's language: the one the leader chose, when the bot has talked with them before (the language index,
 * by the id they were chosen by), otherwise the locale of this turn's client, otherwise Danish.
 */
async function leaderLanguageIn(storage: Storage, context: TurnContext, leaderId: string): Promise<Lang> {
  return languageOf(await knownLanguage(storage, leaderId));
}

export function draftRoutes(deps: DraftRouteDeps) {
  const { services, messenger, directory } = deps;
  const handoffs = new HandoffStore(deps.storage);
  const cases = new CaseStore(deps.storage, services.knowledge.national, services.clock);
  const draftLimiter = deps.draftLimiter ?? new RateLimiter(30, 60_000, services.clock);
  const leaderLimiter = deps.leaderLimiter ?? new RateLimiter(5, 10 * 60_000, services.clock);
  const leaderLanguage = (context: TurnContext, leaderId: string) =>
    leaderLanguageIn(deps.storage, context, leaderId);

  /** Wraps a route so that a user over the limit gets a calm message instead of the action. */
  const limited =
    (limiter: RateLimiter, handler: (context: TurnContext, state: AppTurnState) => Promise<void>) =>
    async (context: TurnContext, state: AppTurnState) => {
      const user = context.activity.from.aadObjectId ?? context.activity.from.id;
      if (limiter.allow(user)) return handler(context, state);
      await context.sendActivity(textsOf(state).draft.tooMany);
    };

  async function showDraft(context: TurnContext, state: AppTurnState) {
    const current = await draftOf(state, context, services, cases);
    if (!current) return void (await context.sendActivity(textsOf(state).draft.noConcern));
    await context.sendActivity(
      cardActivity(
        'draft',
        draftCardModel(
          current.draft,
          current.concern.answers,
          services.knowledge,
          languageOf(state.user.lang),
        ),
      ),
    );
  }

  const show = limited(draftLimiter, showDraft);

  const update = limited(draftLimiter, async (context, state) => {
    const submit = DraftUpdateSubmit.safeParse(replyOf(context).value);
    const concern = state.conversation.lastConcern;
    if (!concern) return void (await context.sendActivity(textsOf(state).draft.noConcern));
    if (!submit.success) {
      return void (await context.sendActivity(
        invalidSubmit(submit.error, textsOf(state).draft.tooLong, state.user.lang),
      ));
    }
    const answers: ConcernAnswers = { ...concern.answers };
    for (const field of EDITABLE_FIELDS) {
      const value = submit.data[field];
      if (value !== undefined) answers[field] = value.trim() === '' ? null : value.trim();
    }
    state.conversation.lastConcern = { ...concern, answers };
    await showDraft(context, state);
  });

  const copy = limited(draftLimiter, async (context, state) => {
    const current = await draftOf(state, context, services, cases);
    if (!current) return void (await context.sendActivity(textsOf(state).draft.noConcern));
    await context.sendActivity(textsOf(state).draft.copyIntro);
    // Teams folds the line breaks of a plain-text message; as its HTML subset every line stays a line.
    await context.sendActivity({
      type: 'message',
      text: htmlLines(draftAsText(current.draft)),
      textFormat: 'xml',
    });
  });

  async function toLeader(context: TurnContext, state: AppTurnState): Promise<void> {
    if (!state.conversation.lastConcern)
      return void (await context.sendActivity(textsOf(state).draft.noConcern));
    const t = textsOf(state).leaderPicker;
    const personal =
      context.activity.conversation.conversationType !== 'groupChat' &&
      context.activity.conversation.conversationType !== 'channel';
    const isSelf = (m: Person) =>
      m.id === context.activity.from.aadObjectId || m.id === context.activity.from.id;
    const members = (await directory.members(context))
      .filter((m) => directory.includesSelf || !isSelf(m))
      .map((m) => (isSelf(m) ? { ...m, name: fill(t.self, { name: m.name }) } : m));
    const peoplePicker = personal && !isLoopback(context.activity.serviceUrl);
    await context.sendActivity(
      cardActivity('leaderPicker', {
        t,
        // Teams' people picker works in 1:1 chats only, and not in the local playground (connector on loopback).
        peoplePicker,
        members,
        // »Eller …« only when the people picker stands above it.
        membersLabel: personal && peoplePicker ? t.orChoose : t.choose,
      }),
    );
  }

  const leaderChosen = limited(leaderLimiter, async (context, state) => {
    const submit = LeaderChosenSubmit.safeParse(replyOf(context).value);
    if (!submit.success)
      return void (await context.sendActivity(
        invalidSubmit(submit.error, textsOf(state).leaderPicker.chooseAgain, state.user.lang),
      ));
    const current = await draftOf(state, context, services, cases);
    if (!current) return void (await context.sendActivity(textsOf(state).draft.noConcern));
    const leaderId = (submit.data.leader?.trim() || submit.data.member?.trim()) ?? '';
    const known = (await directory.members(context)).find((m) => m.id === leaderId);
    const t = textsOf(state).leaderPicker;
    const leader = { id: leaderId, name: known?.name ?? t.yourLeader };
    // The answer is recorded on a case: the concern's, or one saved now for it.
    const onCase =
      state.conversation.lastConcern?.caseId ??
      (await saveConcernAsCase(context, state, services, cases, undefined, true).then((result) =>
        result && result.saved !== 'full' ? result.saved.case.id : undefined,
      ));
    const handoff = await handoffs.create(context, leader, services.clock(), onCase, state.user.lang);
    state.user.handoffIds = [...(state.user.handoffIds ?? []), handoff.id];
    const leaderLang = await leaderLanguage(context, leader.id);
    const request = leaderRequestCardModel(
      current.draft,
      current.assessment,
      handoff.senderName,
      submit.data.message?.trim() ?? '',
      handoff.id,
      leaderLang,
    );
    try {
      await messenger.sendToPerson(context, leader, cardActivity('leaderRequest', request, leaderLang));
    } catch {
      await handoffs.delete([handoff.id]);
      state.user.handoffIds = state.user.handoffIds.filter((id) => id !== handoff.id);
      await context.sendActivity(fill(t.notSent, { name: leader.name }));
      await context.sendActivity({
        type: 'message',
        text: draftAsText(current.draft),
        textFormat: 'plain',
      });
      return;
    }
    await context.sendActivity(fill(t.sent, { name: leader.name }));
  });

  return {
    show,
    update,
    copy,
    toLeader,
    leaderChosen,
    ...leaderAnswerRoutes({ services, messenger, handoffs, cases }),
  };
}
