import { TurnContext, type Activity, type Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { replyOf } from '../conversation/reply';
import { createHash, randomUUID } from 'node:crypto';
import {
  CaseChangeError,
  checkLabel,
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
    observed: (count: number) =>
      `Iagttagelsen er gemt på sagen (${count} i alt). Den kommer med i udkastets »Anledning« i datoorden.`,
    observation: {
      empty: 'Skriv, hvad du så eller hørte, før du trykker »Gem«.',
      future: 'En iagttagelse kan ikke være fra en dag, der ikke er kommet endnu. Vælg datoen, du så det.',
      full: 'Sagen har nu så mange iagttagelser, som jeg gemmer (40). Skriv resten direkte i underretningen.',
      tooLong: `Skriv højst ${OBSERVATION_TEXT_LIMIT} tegn pr. iagttagelse – del den gerne i flere.`,
    },
    objectivity: 'Et råd om sproget (kun et råd – du bestemmer):',
    observationNames: (words: string) =>
      `»${words}« ligner et navn. Skriv aldrig barnets navn i en iagttagelse – skriv »barnet«, »hun« eller »han«. Er det et navn, så slet sagen, eller skriv iagttagelsen igen uden.`,
    periodSet: (until: string) =>
      `Godt. Jeg spørger efter din næste iagttagelse hverdage kl. 9 til og med ${until}. Du kan udsætte eller stoppe det på sagen.`,
    periodStopped: 'Observationsperioden er stoppet. Iagttagelserne bliver på sagen.',
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
    observed: (count: number) =>
      `The observation is saved on the case (${count} in all). It goes into the draft’s »Anledning« in date order.`,
    observation: {
      empty: 'Write what you saw or heard before you tap »Save«.',
      future: 'An observation cannot be from a day that has not come yet. Choose the day you saw it.',
      full: 'The case now has as many observations as I keep (40). Write the rest directly in the notification.',
      tooLong: `Write at most ${OBSERVATION_TEXT_LIMIT} characters per observation – split it into several.`,
    },
    objectivity: 'A hint on the wording (only a hint – you decide):',
    observationNames: (words: string) =>
      `»${words}« looks like a name. Never write the child’s name in an observation – write »the child«, »she« or »he«. If it is a name, delete the case, or write the observation again without it.`,
    periodSet: (until: string) =>
      `Good. I will ask for your next observation on working days at 9 until ${until}. You can snooze or stop it on the case.`,
    periodStopped: 'The period of observation is stopped. The observations stay on the case.',
  },
} as const;

/**
 * Saves the conversation's finished concern as a case (the same activity again returns the case saved the first
 * time) and ties the concern to it, so its draft takes the case's observations and a leader's answer lands on it.
 * Undefined when there is no finished concern.
 */
export async function saveConcernAsCase(
  context: TurnContext,
  state: AppTurnState,
  services: BotServices,
  store: CaseStore,
  typedLabel: string | undefined,
  auto = false,
): Promise<{ saved: StoredCase | 'full'; checked: ReturnType<typeof checkLabel> } | undefined> {
  const concern = state.conversation.lastConcern;
  if (!concern) return undefined;
  const now = services.clock();
  const checked = checkLabel(typedLabel?.trim() || `Bekymring ${inDenmark(now).toFormat('d.M.yyyy')}`);
  // Saved already by the guide (for a leader's answer): the user's own save names that case, no second one.
  const earlier = concern.caseId ? await store.find(context.activity.from.id, concern.caseId) : undefined;
  if (earlier?.case.autoSaved && !auto) {
    const adopted = await store.adopt(context.activity.from.id, earlier.case.id, checked.label, now);
    if (adopted) return { saved: adopted, checked };
  }
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
        ...(auto ? { autoSaved: true } : {}),
      },
      answers: concern.answers,
    },
    referenceOf(TurnContext.getConversationReference(context.activity)),
    state.user.lang ?? 'da',
    now,
    context.activity.id,
  );
  if (saved !== 'full') state.conversation.lastConcern = { ...concern, caseId: saved.case.id };
  return { saved, checked };
}

export function caseRoutes(deps: CaseRouteDeps) {
  const { services } = deps;
  const store = new CaseStore(deps.storage, services.knowledge.national, services.clock);
  const langOf = (state: AppTurnState): Lang => state.user.lang ?? 'da';
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
    const t = TEXT[lang];
    const result = await saveConcernAsCase(context, state, services, store, submit.caseLabel);
    if (!result) return void (await context.sendActivity(t.noConcern));
    if (result.saved === 'full') return void (await context.sendActivity(t.full));
    const { saved, checked } = result;
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
    const t = TEXT[lang];
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
        t.observed(changed.observations?.length ?? 0),
        cleaned.cprRemoved ? t.cprRemoved : '',
        names.length > 0 ? t.observationNames(names.join(', ')) : '',
        flags.length > 0
          ? [t.objectivity, ...flags.map((f) => `»${f.matched}« – ${f.label}: ${f.advice}`)].join('\n\n')
          : '',
      ].filter(Boolean);
      await context.sendActivities([{ type: 'message', text: notes.join('\n\n') }, caseCard(changed, lang)]);
    } catch (error) {
      if (!(error instanceof ObservationError)) throw error;
      await context.sendActivity(t.observation[error.reason]);
    }
  }

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
          ? t.periodSet(danishDate(danishDay(changed.case.observeUntil)))
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
