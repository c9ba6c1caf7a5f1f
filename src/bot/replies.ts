import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Lang } from '../cards/labels';
import { renderCard } from '../cards/render';

/** A message holding one Adaptive Card rendered from `cards/<name>.json`. */
export function cardActivity(name: string, model: object, lang: Lang = 'da'): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(renderCard(name, model, lang)));
}

/** Sent when anything fails, including storage: plain text, so it needs nothing that could have failed. */
export const FALLBACK_TEXT =
  'Beklager, der gik noget galt hos mig. Er barnet i akut fare, så ring 112. ' +
  'Uden for kommunens åbningstid kommer du igennem til socialvagten via politiet på 114. ' +
  'Prøv igen om lidt, eller skriv »forfra«. ' +
  '(If the child is in acute danger, call 112; out of office hours the police on 114.)';
