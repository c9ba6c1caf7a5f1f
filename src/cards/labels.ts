import { UI_TEXTS } from '../i18n/uiTexts';

/** The languages the bot speaks: Danish first, English second. */
export type Lang = 'da' | 'en';

/** Fixed texts of the card templates (`${t.…}` in `cards/*.json`), per language: kept in src/i18n/cards.ts. */
export const CARD_LABELS = { da: UI_TEXTS.da.cardLabels, en: UI_TEXTS.en.cardLabels } satisfies Record<
  Lang,
  Record<string, Record<string, string>>
>;

export type CardWithLabels = keyof (typeof CARD_LABELS)['da'];
