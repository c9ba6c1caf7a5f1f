import type { Lang } from '../cards/labels';

/** What to say when an answer could not be read, per question kind and language. `{names}`: known municipalities. */
export const HELP = {
  da: {
    freeText: 'Skriv dit svar med egne ord, eller tryk »Spring over«.',
    yesNo: 'Svar »ja«, »nej« eller »ved ikke«.',
    municipality: 'Den kommune kender jeg ikke endnu. Vælg en af dem, jeg kender: {names}.',
    role: 'Skriv fx »pædagog«, »lærer«, »sundhedsplejerske«, »tandpleje«, »læge«, »forening« eller »andet«.',
    age: 'Skriv barnets alder som et tal, fx »7« eller »7 år«. For et spædbarn: »0« eller »8 måneder«.',
    ageTooHigh: 'Handleguiden gælder børn og unge op til 25 år. Skriv alderen som et tal, fx »15«.',
    score: 'Vælg et tal fra 1 til 10 på trivselslinealen: 1 er truet trivsel, 10 er i trivsel.',
    redFlagCheck: 'Vælg en af mulighederne, eller skriv »nej« eller »ved ikke«.',
    signals:
      'Jeg fandt ingen tegn i det, du skrev. Sæt kryds på kortet, beskriv det med andre ord, eller skriv »ingen«.',
    absence: 'Skriv fraværet i procent, fx »18 %«, eller vælg »Ved ikke«.',
    confirm:
      'Udfyld kommune, rolle og alder, og svar på spørgsmålet om mistanke. Du kan også skrive ét svar ad gangen, fx »Vejen«, »lærer«, »7« eller »nej«.',
    staleCard: 'Det kort hører til et tidligere spørgsmål. Svar gerne på det her:',
  },
  en: {
    freeText: 'Write your answer in your own words, or press »Skip«.',
    yesNo: 'Answer »yes«, »no« or »don’t know«.',
    municipality: 'I do not know that municipality yet. Choose one of those I know: {names}.',
    role: 'Write e.g. »pedagogue«, »teacher«, »health visitor«, »dentist«, »doctor«, »volunteer« or »other«.',
    age: 'Write the child’s age as a number, e.g. »7« or »7 years«. For an infant: »0« or »8 months«.',
    ageTooHigh: 'The guide covers children and young people up to 25. Write the age as a number, e.g. »15«.',
    score: 'Choose a number from 1 to 10 on the scale: 1 is threatened well-being, 10 is thriving.',
    redFlagCheck: 'Choose one of the options, or write »no« or »don’t know«.',
    signals:
      'I found no signs in what you wrote. Tick them on the card, describe it in other words, or write »none«.',
    absence: 'Write the absence in percent, e.g. »18 %«, or choose »Don’t know«.',
    confirm:
      'Fill in the municipality, your role and the age, and answer the question about suspicion. You can also type one answer at a time, e.g. »Vejen«, »teacher«, »7« or »no«.',
    staleCard: 'That card belongs to an earlier question. Please answer this one:',
  },
} satisfies Record<Lang, Record<string, string>>;

export type HelpKey = Exclude<keyof (typeof HELP)['da'], 'staleCard'>;

export function helpText(key: HelpKey | 'staleCard', lang: Lang, municipalityNames: string[]): string {
  return HELP[lang][key].replace('{names}', municipalityNames.join(', '));
}
