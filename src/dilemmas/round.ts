import type { Dilemma } from '../knowledge/schema';

export const ROUND_SIZE = 5;

/** A round of the dilemma game: which dilemmas, where we are, and one vote per person per dilemma. */
export interface DilemmaRound {
  id: string;
  dilemmaIds: string[];
  index: number;
  /** dilemma id → user id → option id. Only counts are ever shown: the tally is anonymous. */
  votes: Record<string, Record<string, string>>;
  revealed: Record<string, boolean>;
  finished: boolean;
  participants: string[];
  /** dilemma id → its option ids in the order shown this round, so the right answer is not always »B«. */
  optionOrder?: Record<string, string[]>;
  /** The language of the one who started the round: the card's own words stay in it for everyone. */
  lang?: 'da' | 'en';
  createdAt: string;
  eTag?: string;
}

/** Five different dilemmas; `random` is injectable so tests can fix the draw. */
export function pickDilemmas(
  catalogue: Dilemma[],
  random: () => number = Math.random,
  size = ROUND_SIZE,
): string[] {
  const ids = catalogue.map((d) => d.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return ids.slice(0, size);
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A fresh order of each drawn dilemma's options; an answer keeps its own text, only its place moves. */
export function shuffleOptions(
  dilemmaIds: string[],
  catalogue: Dilemma[],
  random: () => number = Math.random,
): Record<string, string[]> {
  return Object.fromEntries(
    dilemmaIds.map((id) => [
      id,
      shuffled(catalogue.find((d) => d.id === id)?.options.map((o) => o.id) ?? [], random),
    ]),
  );
}

/** The dilemma's options in this round's order (the catalogue's order for rounds stored before shuffling). */
export function optionsInOrder(round: DilemmaRound, dilemma: Dilemma): Dilemma['options'] {
  const order = round.optionOrder?.[dilemma.id];
  if (!order) return dilemma.options;
  return [...dilemma.options].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export function vote(round: DilemmaRound, dilemmaId: string, userId: string, optionId: string): DilemmaRound {
  return {
    ...round,
    votes: { ...round.votes, [dilemmaId]: { ...(round.votes[dilemmaId] ?? {}), [userId]: optionId } },
  };
}

export function tally(round: DilemmaRound, dilemma: Dilemma): { optionId: string; count: number }[] {
  const votes = Object.values(round.votes[dilemma.id] ?? {});
  return dilemma.options.map((option) => ({
    optionId: option.id,
    count: votes.filter((v) => v === option.id).length,
  }));
}

/** Per dilemma of the round: how many voted, and how many chose the guide's answer. */
export function summary(round: DilemmaRound, catalogue: Dilemma[]) {
  return round.dilemmaIds
    .map((id) => catalogue.find((d) => d.id === id))
    .filter((d): d is Dilemma => !!d)
    .map((dilemma) => {
      const votes = Object.values(round.votes[dilemma.id] ?? {});
      return {
        dilemma,
        voters: votes.length,
        agreed: votes.filter((v) => v === dilemma.answer).length,
      };
    });
}

/** Keeps a user's votes in the tally but drops who cast them (for »slet mine data«). */
export function withoutVoter(round: DilemmaRound, userId: string, replacementId: string): DilemmaRound {
  const votes = Object.fromEntries(
    Object.entries(round.votes).map(([dilemmaId, byUser]) => [
      dilemmaId,
      Object.fromEntries(
        Object.entries(byUser).map(([user, option]) => [user === userId ? replacementId : user, option]),
      ),
    ]),
  );
  return { ...round, votes, participants: round.participants.filter((id) => id !== userId) };
}
