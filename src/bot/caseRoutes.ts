import { TurnContext, type Activity, type Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { replyOf } from '../conversation/reply';
import { CaseChangeError, checkLabel, type CaseChange } from '../cases';
import { caseCardModel, caseListModel } from '../cards/caseCards';
import { inDenmark } from '../dates';
import type { Lang } from '../cards/labels';
import { CaseStore, referenceOf, userKeyOf, type StoredCase } from './caseStore';
import { isGroup, moveToPersonalActivity } from './groupRoutes';
import { cardActivity } from '../turn/replies';
import { assessNotes, resultActivities } from '../turn/results';
import type { BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import { invalidSubmit } from './submits';

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
  ]),
  caseId: z.uuid().optional(),
  caseLabel: z.string().max(500).optional(),
  notifiedOn: z.iso.date().optional(),
});
type CaseSubmit = z.infer<typeof CaseSubmit>;

export interface CaseRouteDeps {
  services: BotServices;
  storage: Storage;
}

const SNOOZE_DAYS = 7;

const TEXT = {
  da: {
    saved:
      'Gemt under »Mine bekymringer«. Tryk »Underretning sendt«, når du har sendt den, så holder jeg øje med fristerne.',
    cprRemoved: 'Jeg fjernede et CPR-nummer fra navnet på sagen – det gemmer jeg aldrig.',
    names: (words: string) =>
      `»${words}« ligner et navn. Skriv aldrig barnets navn her: er det et navn, så slet sagen og gem den igen med en anden beskrivelse (fx »dreng i 3.B«).`,
    noConcern:
      'Der er ingen afsluttet bekymring i denne samtale at gemme. Skriv din bekymring, så kan du gemme resultatet som en sag bagefter.',
    full: 'Du har allerede 20 gemte bekymringer. Luk eller slet en, før du gemmer en ny.',
    notFound:
      'Den sag findes ikke længere (den er slettet eller udløbet). Skriv »mine bekymringer« for at se dine sager.',
    refused: 'Det passer ikke med sagens status. Skriv »mine bekymringer« for at se, hvor sagen står.',
    deleted: 'Sagen er slettet, og dens påmindelser med den.',
    stoppedAll: 'Jeg sender ingen påmindelser, før du slår dem til igen.',
    resumedAll: 'Påmindelserne er slået til igen.',
    reopenUnknown: 'Kommunen for den sag findes ikke længere i guiden, så jeg kan ikke vise resultatet igen.',
    invalid: 'Knappen sendte noget, jeg ikke kunne bruge. Skriv »mine bekymringer« og prøv igen.',
  },
  en: {
    saved:
      'Saved under »My concerns«. Tap »Notification sent« when you have sent it, and I will keep an eye on the deadlines.',
    cprRemoved: 'I removed a CPR number from the case’s name – I never store one.',
    names: (words: string) =>
      `»${words}« looks like a name. Never write the child’s name here: if it is a name, delete the case and save it again with another description (e.g. »boy in 3B«).`,
    noConcern:
      'There is no finished concern in this conversation to save. Write your concern, and you can save the result as a case afterwards.',
    full: 'You already have 20 saved concerns. Close or delete one before saving a new one.',
    notFound: 'That case no longer exists (deleted or expired). Write »my concerns« to see your cases.',
    refused: 'That does not fit the case’s status. Write »my concerns« to see where the case stands.',
    deleted: 'The case is deleted, and its reminders with it.',
    stoppedAll: 'I will send no reminders until you turn them on again.',
    resumedAll: 'Reminders are on again.',
    reopenUnknown:
      'The municipality of that case is no longer in the guide, so I cannot show the result again.',
    invalid: 'The button sent something I could not use. Write »my concerns« and try again.',
  },
} as const;

export function caseRoutes(deps: CaseRouteDeps) {
  const { services } = deps;
  const store = new CaseStore(deps.storage, services.knowledge.national, services.clock);
  const langOf = (state: AppTurnState): Lang => state.user.lang ?? 'da';
  const reference = (context: TurnContext) =>
    referenceOf(TurnContext.getConversationReference(context.activity));

  const caseCard = (stored: StoredCase, lang: Lang): Partial<Activity> =>
    cardActivity(
      'case',
      caseCardModel(stored.case, stored.retainUntil, services.knowledge, services.clock(), lang),
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
    const t = TEXT[lang];
    const concern = state.conversation.lastConcern;
    if (!concern) return void (await context.sendActivity(t.noConcern));
    const now = services.clock();
    const typed = submit.caseLabel?.trim() || `Bekymring ${inDenmark(now).toFormat('d.M.yyyy')}`;
    const checked = checkLabel(typed);
    const assessment = assessNotes(concern.answers, concern.municipality, services);
    const role = concern.answers.role ?? state.user.role;
    const saved = await store.save(
      context.activity.from.id,
      {
        case: {
          label: checked.label,
          municipality: concern.municipality,
          level: assessment.level,
          redFlags: assessment.redFlags,
          ...(role ? { role } : {}),
        },
        answers: concern.answers,
      },
      reference(context),
      lang,
      now,
      context.activity.id,
    );
    if (saved === 'full') return void (await context.sendActivity(t.full));
    const notes = [
      t.saved,
      checked.cprRemoved ? t.cprRemoved : '',
      checked.possibleNames.length > 0 ? t.names(checked.possibleNames.join(', ')) : '',
    ].filter(Boolean);
    await context.sendActivities([{ type: 'message', text: notes.join('\n\n') }, caseCard(saved, lang)]);
  }

  async function reopen(context: TurnContext, state: AppTurnState, stored: StoredCase): Promise<void> {
    const lang = langOf(state);
    if (!services.knowledge.municipalities.has(stored.case.municipality))
      return void (await context.sendActivity(TEXT[lang].reopenUnknown));
    // The result, the draft and the checklist all read the conversation's last concern.
    state.conversation.lastConcern = {
      answers: stored.answers,
      municipality: stored.case.municipality,
      finishedAt: services.clock().toISOString(),
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
  };

  async function handleSubmit(context: TurnContext, state: AppTurnState): Promise<void> {
    if (isGroup(context))
      return void (await context.sendActivity(moveToPersonalActivity(context, langOf(state))));
    const lang = langOf(state);
    const t = TEXT[lang];
    const parsed = CaseSubmit.safeParse(replyOf(context).value);
    if (!parsed.success) return void (await context.sendActivity(invalidSubmit(parsed.error, t.invalid)));
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
    if (submit.action === 'reopen') {
      const stored = await store.find(userId, submit.caseId);
      return stored ? reopen(context, state, stored) : void (await context.sendActivity(t.notFound));
    }
    const change = CHANGES[submit.action]?.(submit, now);
    if (!change) return void (await context.sendActivity(t.invalid));
    try {
      const changed = await store.change(userId, submit.caseId, change, now, reference(context), lang);
      await context.sendActivity(changed ? caseCard(changed, lang) : t.notFound);
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
