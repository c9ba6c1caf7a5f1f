import type { Dilemma, Knowledge } from '../knowledge/schema';
import { optionsInOrder, summary, tally, type DilemmaRound } from '../dilemmas/round';
import { sourcesText } from './viewModels';
import { languageOf, fill, uiTexts } from '../i18n/uiTexts';

const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * The card the whole meeting sees: the situation, the options, the anonymous tally, and after »vis« the answer; in
 * the language of the one who started the round (the dilemmas come from knowledge/ and stay Danish).
 */
export function dilemmaCardModel(round: DilemmaRound, dilemma: Dilemma, knowledge: Knowledge) {
  const t = uiTexts(languageOf(round.lang)).dilemma;
  const revealed = round.revealed[dilemma.id] === true;
  const counts = tally(round, dilemma);
  const voters = Object.keys(round.votes[dilemma.id] ?? {}).length;
  const last = round.index >= round.dilemmaIds.length - 1;
  const options = optionsInOrder(round, dilemma);
  const answerLabel = LETTERS[options.findIndex((o) => o.id === dilemma.answer)] ?? dilemma.answer;
  return {
    t,
    roundId: round.id,
    dilemmaId: dilemma.id,
    participants: round.participants,
    progress: fill(t.progress, { number: round.index + 1, total: round.dilemmaIds.length }),
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
          ? ` – ${count} ${count === 1 ? t.oneVote : t.votes}${option.id === dilemma.answer ? ' ✔' : ''}`
          : '',
      };
    }),
    voteCount: voters === 0 ? t.noVotes : fill(t.voted, { count: voters }),
    answerLabel,
    answerText: fill(t.answer, { label: answerLabel }),
    rule: dilemma.rule,
    sources: sourcesText([dilemma], knowledge),
    nextVerb: revealed ? 'dilemmaNext' : 'dilemmaReveal',
    nextTitle: revealed ? (last ? t.summaryButton : t.next) : t.reveal,
  };
}

export function dilemmaSummaryModel(round: DilemmaRound, catalogue: Dilemma[]) {
  const t = uiTexts(languageOf(round.lang)).dilemma;
  const rows = summary(round, catalogue);
  return {
    t,
    intro: fill(t.summaryIntro, { count: rows.length }),
    rows: rows.map(({ dilemma, voters, agreed }) => ({
      title: dilemma.title,
      answer: fill(t.guideAnswer, {
        answer: dilemma.options.find((o) => o.id === dilemma.answer)?.text ?? '',
      }),
      agreement: voters === 0 ? t.nobodyVoted : fill(t.agreed, { agreed, voters }),
    })),
  };
}
