import type { Lang } from './labels';
import { fill, uiTexts } from '../i18n/uiTexts';

/** The welcome card's opening, which names the municipality. */
export function welcomeCardModel(municipalityName: string, lang: Lang) {
  return { intro: fill(uiTexts(lang).welcome.intro, { municipality: municipalityName }) };
}

/** The help card: the commands, and the question the dialog is waiting on, if any. */
export function helpCardModel(question: string, lang: Lang) {
  return {
    question,
    facts: Object.values(uiTexts(lang).helpCommands).map(({ command, what }) => ({
      title: command,
      value: what,
    })),
  };
}
