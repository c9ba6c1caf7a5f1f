import type { Lang } from '../cards/labels';
import { fill, uiTexts, type UiTexts } from '../i18n/uiTexts';

/** What to say when an answer could not be read, per question kind (texts: `answerHelp` in src/i18n). */
export type HelpKey = Exclude<keyof UiTexts['answerHelp'], 'staleCard'>;

/** The help for `key` in `lang`; `{names}`: the municipalities the guide knows. */
export function helpText(key: HelpKey | 'staleCard', lang: Lang, municipalityNames: string[]): string {
  return fill(uiTexts(lang).answerHelp[key], { names: municipalityNames.join(', ') });
}
