import type { Lang } from './labels';
import type { Knowledge } from '../knowledge/schema';
import { sourcesText } from './viewModels';
import { uiTexts } from '../i18n/uiTexts';

export type ExplainerKind = 'afterNotification' | 'forParents';

export interface ExplainerCardModel {
  lang: Lang;
  title: string;
  intro: string;
  items: { text: string }[];
  switchTitle: string;
  switchData: { verb: 'explainer'; kind: ExplainerKind; lang: Lang };
  sourcesLabel: string;
  sources: string;
}

/** The two shareable explainers, in Danish or English, with a button to switch language. */
export function explainerCardModel(
  kind: ExplainerKind,
  lang: Lang,
  knowledge: Knowledge,
): ExplainerCardModel {
  const items =
    kind === 'afterNotification' ? knowledge.national.afterNotification : knowledge.national.forParents;
  const other: Lang = lang === 'da' ? 'en' : 'da';
  const t = uiTexts(lang).explainers;
  return {
    lang,
    title: t[`${kind}Title`],
    intro: t[`${kind}Intro`],
    // The explainers are knowledge written in both languages (`en` beside the Danish text).
    items: items.map((item) => ({ text: lang === 'da' ? item.text : item.en })),
    switchTitle: t.switchLanguage,
    switchData: { verb: 'explainer', kind, lang: other },
    sourcesLabel: t.sources,
    sources: sourcesText(items, knowledge),
  };
}
