import type { Storage, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import { dilemmaCardModel, dilemmaSummaryModel } from '../cards/dilemmaCards';
import { randomUUID } from 'node:crypto';
import { pickDilemmas, shuffleOptions, vote, withoutVoter, type DilemmaRound } from '../dilemmas/round';
import { rememberShared } from './sharedTraces';
import { withParticipant } from './checklistStore';
import { SharedRecords } from './sharedRecords';
import type { BotServices } from '../turn/services';
import { cardMessage, invokeCard, noticeCard } from '../turn/replies';
import type { ExecuteHandler } from './routes';
import type { Lang } from '../cards/labels';
import { languageOf, uiTexts } from '../i18n/uiTexts';

const RoundData = z.looseObject({ roundId: z.uuid() });
const VoteData = z.looseObject({
  roundId: z.uuid(),
  dilemmaId: z.string().max(64),
  optionId: z.string().max(4),
});
const StepData = z.looseObject({ roundId: z.uuid(), dilemmaId: z.string().max(64) });

export interface DilemmaRouteDeps {
  services: BotServices;
  storage: Storage;
  random?: () => number;
}

/** The dilemma game: a round of five, votes by Universal Actions on one shared card, the guide's answer, a summary. */
export function dilemmaRoutes({ services, storage, random }: DilemmaRouteDeps) {
  const rounds = new SharedRecords<DilemmaRound>(storage, 'dilemmaRounds');
  const catalogue = services.knowledge.dilemmas;
  const gone = (lang: Lang = 'da') => {
    const t = uiTexts(lang).dilemma;
    return noticeCard(t.gone, t.goneText, lang);
  };

  const card = (round: DilemmaRound): AdaptiveCard => {
    if (round.finished)
      return invokeCard('dilemmaSummary', dilemmaSummaryModel(round, catalogue), round.lang);
    const dilemma = catalogue.find((d) => d.id === round.dilemmaIds[round.index]);
    if (!dilemma) return gone(round.lang);
    return invokeCard('dilemma', dilemmaCardModel(round, dilemma, services.knowledge), round.lang);
  };

  /** Starts a round and posts its first card, in the language of the one who asked (`stored`, or their client's). */
  async function startRound(context: TurnContext, stored?: Lang): Promise<void> {
    const dilemmaIds = pickDilemmas(catalogue, random);
    const round = await rounds.create({
      dilemmaIds,
      optionOrder: shuffleOptions(dilemmaIds, catalogue, random),
      index: 0,
      votes: {},
      revealed: {},
      finished: false,
      participants: [],
      lang: languageOf(stored),
      createdAt: services.clock().toISOString(),
    });
    await context.sendActivity(cardMessage(card(round)));
  }

  // Every change applies only to the dilemma the card showed, so a late click on an old card changes nothing.
  const voteOn: ExecuteHandler = async (context, state, data) => {
    const input = VoteData.safeParse(data);
    if (!input.success) return gone();
    const user = context.activity.from.id;
    const round = await rounds.update(input.data.roundId, (current) => {
      const dilemma = catalogue.find((d) => d.id === input.data.dilemmaId);
      const isCurrent = current.dilemmaIds[current.index] === input.data.dilemmaId && !current.finished;
      if (!dilemma || !isCurrent || current.revealed[dilemma.id]) return undefined;
      if (!dilemma.options.some((o) => o.id === input.data.optionId)) return undefined;
      const next = vote(current, dilemma.id, user, input.data.optionId);
      return { ...next, participants: withParticipant(current.participants, user) };
    });
    if (round) rememberShared(state, 'dilemmaRounds', round.id);
    const current = round ?? (await rounds.find(input.data.roundId));
    return current ? card(current) : gone();
  };

  const reveal: ExecuteHandler = async (_context, _state, data) => {
    const input = StepData.safeParse(data);
    if (!input.success) return gone();
    const round = await rounds.update(input.data.roundId, (current) =>
      current.dilemmaIds[current.index] === input.data.dilemmaId
        ? { ...current, revealed: { ...current.revealed, [input.data.dilemmaId]: true } }
        : undefined,
    );
    const current = round ?? (await rounds.find(input.data.roundId));
    return current ? card(current) : gone();
  };

  const next: ExecuteHandler = async (_context, _state, data) => {
    const input = StepData.safeParse(data);
    if (!input.success) return gone();
    const round = await rounds.update(input.data.roundId, (current) => {
      if (current.dilemmaIds[current.index] !== input.data.dilemmaId || current.finished) return undefined;
      const last = current.index >= current.dilemmaIds.length - 1;
      return last ? { ...current, finished: true } : { ...current, index: current.index + 1 };
    });
    const current = round ?? (await rounds.find(input.data.roundId));
    return current ? card(current) : gone();
  };

  const refresh: ExecuteHandler = async (_context, _state, data) => {
    const input = RoundData.safeParse(data);
    const current = input.success ? await rounds.find(input.data.roundId) : undefined;
    return current ? card(current) : gone();
  };

  /** »slet mine data«: the user's votes stay in the tallies, but no longer under their id. */
  async function forgetUser(userId: string, roundIds: string[]): Promise<void> {
    for (const id of roundIds) await rounds.update(id, (round) => withoutVoter(round, userId, randomUUID()));
  }

  return { startRound, forgetUser, vote: voteOn, reveal, next, refresh };
}
