import type { Lang } from './labels';

/** The welcome card's opening, which names the municipality. */
export function welcomeCardModel(municipalityName: string, lang: Lang) {
  return {
    intro:
      lang === 'da'
        ? `Er du bekymret for et barn eller en ung? Fortæl mig, hvad du ser, så viser jeg, hvad ${municipalityName}s handleguide siger: forebyggelsesniveau, hvem du skal kontakte, frister og et udkast til underretningen.`
        : `Are you worried about a child or a young person? Tell me what you see, and I will show you what the guide of ${municipalityName} says: the prevention level, whom to contact, deadlines and a draft notification. The guide itself is in Danish.`,
  };
}

const COMMANDS: Record<Lang, [string, string][]> = {
  da: [
    ['forfra', 'start en ny bekymring'],
    ['tjekliste', 'tjeklisten for din seneste bekymring'],
    ['mine bekymringer', 'dine gemte sager, deres frister og påmindelser'],
    ['stop', 'stop spørgsmålene'],
    ['skift kommune', 'vælg en anden kommune'],
    ['skift rolle', 'vælg en anden arbejdsplads'],
    ['slet mine data', 'slet alt, jeg har gemt om dig og samtalen'],
    ['english', 'switch to English'],
    ['hjælp', 'denne vejledning'],
  ],
  en: [
    ['restart', 'start a new concern'],
    ['checklist', 'the checklist of your latest concern'],
    ['my concerns', 'your saved cases, their deadlines and reminders'],
    ['stop', 'stop the questions'],
    ['change municipality', 'choose another municipality'],
    ['change role', 'choose another workplace'],
    ['delete my data', 'delete everything stored about you and this chat'],
    ['dansk', 'skift til dansk'],
    ['help', 'this guide'],
  ],
};

/** The help card: the commands, and the question the dialog is waiting on, if any. */
export function helpCardModel(question: string, lang: Lang) {
  return { question, facts: COMMANDS[lang].map(([title, value]) => ({ title, value })) };
}
