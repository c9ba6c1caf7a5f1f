import {
  parseAbsence,
  parseAge,
  parseFreeText,
  parseMunicipality,
  parseRedFlagCheck,
  parseRole,
  parseScore,
  parseSignals,
  parseYesNoUnknown,
} from '../src/conversation/answers';
import type { QuestionId } from '../src/conversation/questions';
import type { Parsed, Reply } from '../src/conversation/reply';
import type { BotServices } from '../src/turn/services';
import type { QuestionCardModel } from '../src/cards/questionCard';
import { parseConfirm, parseDetails, parseYoungerChildAge } from '../src/conversation/confirm';
import type { AskOptions } from './answerPrompt';

/** One parser per question; every question takes a card submit or typed text. */
export function answerParsers({
  knowledge,
  lexicon,
}: BotServices): Record<
  QuestionId,
  (reply: Reply, card: QuestionCardModel, options: AskOptions) => Parsed<unknown>
> {
  return {
    describe: parseFreeText,
    municipality: (reply) => parseMunicipality(reply, knowledge),
    role: parseRole,
    age: parseAge,
    redFlagCheck: (reply) => parseRedFlagCheck(reply, lexicon),
    suspicion: parseYesNoUnknown,
    score: parseScore,
    // Typing »videre« keeps what the card had ticked, as pressing its button would.
    signals: (reply, card) =>
      parseSignals(
        reply,
        knowledge,
        lexicon,
        card.choiceGroups.flatMap((g) => g.value.split(',')).filter(Boolean),
      ),
    absence: parseAbsence,
    youngerChildAge: parseYoungerChildAge,
    confirm: (reply, _card, options) =>
      parseConfirm(reply, options.form ?? { signals: [], askRedFlag: true, edit: false }, knowledge, lexicon),
    details: parseDetails,
    observed: parseFreeText,
    duration: parseFreeText,
    actionsTaken: parseFreeText,
    parentsSay: parseFreeText,
    childSays: parseFreeText,
  };
}
