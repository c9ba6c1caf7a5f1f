import type { Lang } from './labels';
import type { Knowledge } from '../knowledge/schema';
import { sourcesText } from './viewModels';

export type ExplainerKind = 'afterNotification' | 'forParents';

const TEXTS: Record<ExplainerKind, Record<Lang, { title: string; intro: string }>> = {
  afterNotification: {
    da: {
      title: 'Hvad sker der efter en underretning?',
      intro: 'Sådan arbejder kommunen, når den har fået en underretning.',
    },
    en: {
      title: 'What happens after a notification?',
      intro: 'How the municipality works once it has received a notification.',
    },
  },
  forParents: {
    da: {
      title: 'Til forældre: hvad er en underretning?',
      intro: 'Kort og ligeud – til at dele med forældre.',
    },
    en: { title: 'For parents: what is a notification?', intro: 'Short and plain – to share with parents.' },
  },
};

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
  return {
    lang,
    ...TEXTS[kind][lang],
    items: items.map((item) => ({ text: lang === 'da' ? item.text : item.en })),
    switchTitle: lang === 'da' ? 'In English' : 'På dansk',
    switchData: { verb: 'explainer', kind, lang: other },
    sourcesLabel: lang === 'da' ? 'Kilder' : 'Sources',
    sources: sourcesText(items, knowledge),
  };
}
