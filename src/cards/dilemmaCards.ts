import type { Dilemma, Knowledge } from '../knowledge/schema';
import { optionsInOrder, summary, tally, type DilemmaRound } from '../dilemmas/round';
import { sourcesText } from './viewModels';

const LETTERS = ['A', 'B', 'C', 'D'];

/** The card the whole meeting sees: the situation, the options, the anonymous tally, and after »vis« the answer. */
export function dilemmaCardModel(round: DilemmaRound, dilemma: Dilemma, knowledge: Knowledge) {
  const revealed = round.revealed[dilemma.id] === true;
  const counts = tally(round, dilemma);
  const voters = Object.keys(round.votes[dilemma.id] ?? {}).length;
  const last = round.index >= round.dilemmaIds.length - 1;
  const options = optionsInOrder(round, dilemma);
  return {
    roundId: round.id,
    dilemmaId: dilemma.id,
    participants: round.participants,
    progress: `Dilemma ${round.index + 1} af ${round.dilemmaIds.length}`,
    title: dilemma.title,
    situation: dilemma.situation,
    revealed,
    options: options.map((option, i) => {
      const count = counts.find((c) => c.optionId === option.id)?.count ?? 0;
      return {
        id: option.id,
        label: LETTERS[i] ?? option.id,
        text: option.text,
        result: revealed
          ? ` – ${count} ${count === 1 ? 'stemme' : 'stemmer'}${option.id === dilemma.answer ? ' ✔' : ''}`
          : '',
      };
    }),
    voteCount:
      voters === 0
        ? 'Ingen har stemt endnu. Stem hver for sig – ingen kan se, hvad du stemte.'
        : `${voters} har stemt (anonymt).`,
    answerLabel: LETTERS[options.findIndex((o) => o.id === dilemma.answer)] ?? dilemma.answer,
    rule: dilemma.rule,
    sources: sourcesText([dilemma], knowledge),
    nextVerb: revealed ? 'dilemmaNext' : 'dilemmaReveal',
    nextTitle: revealed ? (last ? 'Se opsummering' : 'Næste dilemma') : 'Vis handleguidens svar',
  };
}

export function dilemmaSummaryModel(round: DilemmaRound, catalogue: Dilemma[]) {
  const rows = summary(round, catalogue);
  return {
    intro: `${rows.length} dilemmaer. Sådan stemte I i forhold til handleguiden:`,
    rows: rows.map(({ dilemma, voters, agreed }) => ({
      title: dilemma.title,
      answer: `Handleguiden: ${dilemma.options.find((o) => o.id === dilemma.answer)?.text ?? ''}`,
      agreement: voters === 0 ? 'Ingen stemte.' : `${agreed} af ${voters} stemte som handleguiden.`,
    })),
  };
}
