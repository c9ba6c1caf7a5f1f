import { TurnContext, type Activity, type Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { replyOf } from '../conversation/reply';
import { createHash, randomUUID } from 'node:crypto';
import {
  CaseChangeError,
  cleanObservation,
  OBSERVATION_TEXT_LIMIT,
  ObservationError,
  possibleNamesIn,
  withoutQuotes,
  type CaseChange,
} from '../cases';
import { checkObjectivity } from '../draft';
import { caseCardModel, caseListModel } from '../cards/caseCards';
import { danishDate, danishDay, inDenmark } from '../dates';
import type { Lang } from '../cards/labels';
import { CaseStore } from './caseStore';
import { referenceOf, userKeyOf, type StoredCase } from './caseDocuments';
import { isGroup, moveToPersonalActivity } from './groupRoutes';
import { cardActivity } from '../turn/replies';
import { resultActivities } from '../turn/results';
import type { BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import { invalidSubmit } from './submits';
import { saveConcernAsCase } from './caseSaving';
import { languageOf, fill, uiTexts } from '../i18n/uiTexts';

/**
 * »Mine bekymringer«: save a finished concern as a case, list the cases, change their status and reminders.
 * Only in the 1:1 chat: in a group chat every case action answers with »skriv til mig 1:1«, so a case is never
 * shown in front of others (the messaging extension has its own routes and never reads cases).
 */

export const CaseSubmit = z.looseObject({
  verb: z.literal('case'),
  action: z.enum([
    'save',
    'notified',
    'receipt',
    'feedback',
    'close',
    'reopenClosed',
    'reopen',
    'snooze',
    'stop',
    'resume',
    'delete',
    'stopAll',
    'resumeAll',
    'observe',
    'observePeriod',
    'stopObserving',
  ]),
  caseId: z.uuid().optional(),
  caseLabel: z.string().max(500).optional(),
  notifiedOn: z.iso.date().optional(),
  observedOn: z.iso.date().optional(),
  // Twice the limit at the edge, so a slightly long entry gets a friendly »too long« rather than »invalid«.
  observation: z
    .string()
    .max(OBSERVATION_TEXT_LIMIT * 2)
    .optional(),
  observeDays: z.enum(['7', '14', '21', '28']).optional(),
});
type CaseSubmit = z.infer<typeof CaseSubmit>;

export interface CaseRouteDeps {
  services: BotServices;
  storage: Storage;
}

const SNOOZE_DAYS = 7;

/** A UUID derived from an activity id, so the same submit run twice adds one entry. */
function uuidFromActivity(activityId: string): string {
  const hex = createHash('sha256').update(`handleguide-observation:${activityId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function caseRoutes(deps: CaseRouteDeps) {
  const { services } = deps;
  const store = new CaseStore(deps.storage, services.knowledge.national, services.clock);
  const langOf = (state: AppTurnState): Lang => languageOf(state.user.lang);
  const reference = (context: TurnContext) =>
    referenceOf(TurnContext.getConversationReference(context.activity));

  const caseCard = (stored: StoredCase, lang: Lang): Partial<Activity> =>
    cardActivity(
      'case',
      caseCardModel(stored.case, stored.retainUntil, services.knowledge, services.clock(), lang, stored),
    );

  async function showList(context: TurnContext, state: AppTurnState): Promise<void> {
    const lang = langOf(state);
    const now = services.clock();
    const document = await store.read(userKeyOf(context.activity.from.id));
    const cases = (await store.list(context.activity.from.id, now))
      .slice()
      .sort((a, b) => Number(a.case.status === 'closed') - Number(b.case.status === 'closed'));
    await context.sendActivities([
      cardActivity('caseList', caseListModel(cases.length, !!document?.remindersStopped, lang)),
      ...cases.map((stored) => caseCard(stored, lang)),
    ]);
  }

  async function save(context: TurnContext, state: AppTurnState, submit: CaseSubmit): Promise<void> {
    const lang = langOf(state);
    const t = uiTexts(lang).cases;
    const result = await saveConcernAsCase(context, state, services, store, submit.caseLabel);
    if (!result) return void (await context.sendActivity(t.noConcern));
    if (result.saved === 'full') return void (await context.sendActivity(t.full));
    const { saved, checked } = result;
    const notes = [
      t.saved,
      checked.cprRemoved ? t.cprRemoved : '',
      checked.possibleNames.length > 0 ? fill(t.names, { words: checked.possibleNames.join(', ') }) : '',
    ].filter(Boolean);
    await context.sendActivities([{ type: 'message', text: notes.join('\n\n') }, caseCard(saved, lang)]);
  }

  async function reopen(context: TurnContext, state: AppTurnState, stored: StoredCase): Promise<void> {
    const lang = langOf(state);
    if (!services.knowledge.municipalities.has(stored.case.municipality))
      return void (await context.sendActivity(uiTexts(lang).cases.reopenUnknown));
    // The result, the draft and the checklist all read the conversation's last concern.
    state.conversation.lastConcern = {
      answers: stored.answers,
      municipality: stored.case.municipality,
      finishedAt: services.clock().toISOString(),
      caseId: stored.case.id,
    };
    await context.sendActivities(resultActivities(stored.answers, stored.case.municipality, services, lang));
  }

  const CHANGES: Partial<Record<CaseSubmit['action'], (submit: CaseSubmit, now: Date) => CaseChange>> = {
    notified: (submit, now) => ({
      kind: 'notified',
      on: submit.notifiedOn ?? inDenmark(now).toISODate() ?? '',
    }),
    receipt: () => ({ kind: 'receiptReceived' }),
    feedback: () => ({ kind: 'feedbackReceived' }),
    close: () => ({ kind: 'closed' }),
    reopenClosed: () => ({ kind: 'reopened' }),
    snooze: (_submit, now) => ({
      kind: 'snooze',
      until: inDenmark(now).plus({ days: SNOOZE_DAYS }).toISO({ suppressMilliseconds: true }) ?? '',
    }),
    stop: () => ({ kind: 'stopReminders' }),
    resume: () => ({ kind: 'resumeReminders' }),
    observePeriod: (submit) => ({ kind: 'observePeriod', days: Number(submit.observeDays ?? '14') }),
    stopObserving: () => ({ kind: 'stopObserving' }),
  };

  /** A dated entry in the case's observation log, with the CPR guard and the objectivity check (advice only). */
  async function observe(context: TurnContext, state: AppTurnState, submit: CaseSubmit, caseId: string) {
    const lang = langOf(state);
    const t = uiTexts(lang).cases;
    const now = services.clock();
    const cleaned = cleanObservation(submit.observation ?? '');
    try {
      const changed = await store.addObservation(
        context.activity.from.id,
        caseId,
        {
          // The activity id makes a repeated turn add the entry once.
          id: context.activity.id ? uuidFromActivity(context.activity.id) : randomUUID(),
          on: submit.observedOn ?? inDenmark(now).toISODate() ?? '',
          text: cleaned.text,
        },
        now,
      );
      if (!changed) return void (await context.sendActivity(t.notFound));
      const flags = checkObjectivity(withoutQuotes(cleaned.text), 'observation', services.objectivity);
      const names = possibleNamesIn(cleaned.text);
      const notes = [
        fill(t.observed, { count: changed.observations?.length ?? 0 }),
        cleaned.cprRemoved ? t.cprRemoved : '',
        names.length > 0 ? fill(t.observationNames, { words: names.join(', ') }) : '',
        flags.length > 0
          ? [t.objectivity, ...flags.map((f) => `»${f.matched}« – ${f.label}: ${f.advice}`)].join('\n\n')
          : '',
      ].filter(Boolean);
      await context.sendActivities([{ type: 'message', text: notes.join('\n\n') }, caseCard(changed, lang)]);
    } catch (error) {
      if (!(error instanceof ObservationError)) throw error;
      await context.sendActivity(fill(t.observation[error.reason], { limit: OBSERVATION_TEXT_LIMIT }));
    }
  }

  async function handleSubmit(context: TurnContext, state: AppTurnState): Promise<void> {
    if (isGroup(context))
      return void (await context.sendActivity(moveToPersonalActivity(context, langOf(state))));
    const lang = langOf(state);
    const t = uiTexts(lang).cases;
    const parsed = CaseSubmit.safeParse(replyOf(context).value);
    if (!parsed.success)
      return void (await context.sendActivity(invalidSubmit(parsed.error, t.invalid, lang)));
    const submit = parsed.data;
    const userId = context.activity.from.id;
    const now = services.clock();
    switch (submit.action) {
      case 'save':
        return save(context, state, submit);
      case 'stopAll':
      case 'resumeAll':
        await store.setGlobalStop(userId, submit.action === 'stopAll', now);
        return void (await context.sendActivity(submit.action === 'stopAll' ? t.stoppedAll : t.resumedAll));
    }
    if (!submit.caseId) return void (await context.sendActivity(t.invalid));
    if (submit.action === 'delete') {
      const removed = await store.remove(userId, submit.caseId);
      return void (await context.sendActivity(removed ? t.deleted : t.notFound));
    }
    if (submit.action === 'observe') return observe(context, state, submit, submit.caseId);
    if (submit.action === 'reopen') {
      const stored = await store.find(userId, submit.caseId);
      return stored ? reopen(context, state, stored) : void (await context.sendActivity(t.notFound));
    }
    const change = CHANGES[submit.action]?.(submit, now);
    if (!change) return void (await context.sendActivity(t.invalid));
    try {
      const changed = await store.change(userId, submit.caseId, change, now, reference(context), lang);
      if (!changed) return void (await context.sendActivity(t.notFound));
      const note =
        change.kind === 'observePeriod' && changed.case.observeUntil
          ? fill(t.periodSet, { until: danishDate(danishDay(changed.case.observeUntil)) })
          : change.kind === 'stopObserving'
            ? t.periodStopped
            : '';
      await context.sendActivities([
        ...(note ? [{ type: 'message', text: note }] : []),
        caseCard(changed, lang),
      ]);
    } catch (error) {
      if (!(error instanceof CaseChangeError)) throw error;
      await context.sendActivity(t.refused);
    }
  }

  async function list(context: TurnContext, state: AppTurnState): Promise<void> {
    if (isGroup(context))
      return void (await context.sendActivity(moveToPersonalActivity(context, langOf(state))));
    await showList(context, state);
  }

  return { list, submit: handleSubmit };
}
