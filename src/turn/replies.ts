import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import type { Lang } from '../cards/labels';
import { renderCard } from '../cards/render';

/** A message holding one Adaptive Card rendered from `cards/<name>.json`. */
export function cardActivity(name: string, model: object, lang: Lang = 'da'): Partial<Activity> {
  return cardMessage(renderCard(name, model, lang));
}

/** A message holding an already rendered card. */
export function cardMessage(card: object): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** A rendered card as the answer to a Universal Action (`Action.Execute`), which teams-ai sends back. */
export function invokeCard(name: string, model: object, lang: Lang = 'da'): AdaptiveCard {
  return renderCard(name, model, lang) as unknown as AdaptiveCard;
}

export const noticeCard = (title: string, text: string, lang: Lang = 'da'): AdaptiveCard =>
  invokeCard('notice', { title, text }, lang);

/** Sent when anything fails, including storage: plain text, so it needs nothing that could have failed. */
export const FALLBACK_TEXT =
  'Beklager, der gik noget galt hos mig. Er barnet i akut fare, så ring 112. ' +
  'Uden for kommunens åbningstid kommer du igennem til socialvagten via politiet på 114. ' +
  'Prøv igen om lidt, eller skriv »forfra«. ' +
  '(If the child is in acute danger, call 112; out of office hours the police on 114.)';

/**
 * Sent instead of running a message when too many turns are in flight: quickly, in plain text, with the numbers
 * to call, so an overloaded instance answers at once rather than after a long silence.
 */
export const BUSY_TEXT =
  'Et øjeblik – prøv igen om lidt. Er barnet i akut fare, så ring 112. ' +
  'Uden for kommunens åbningstid kommer du igennem til socialvagten via politiet på 114. ' +
  '(One moment – please try again. If the child is in acute danger, call 112; out of office hours the police on 114.)';
