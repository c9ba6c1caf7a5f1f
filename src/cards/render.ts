import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { findProjectFolder } from '../projectPaths';
import { CARD_LABELS, type Lang } from './labels';
import { expandTemplate } from './templateExpansion';

export class CardRenderError extends Error {
  readonly code = 'CARD_UNRESOLVED';
}

const templates = new Map<string, ACData.Template>();

function cardsDir(): string {
  const dir = findProjectFolder(__dirname, 'cards', 'assessment.json');
  if (!dir) throw new CardRenderError('cards/ folder not found');
  return dir;
}

function template(file: string): ACData.Template {
  let cached = templates.get(file);
  if (!cached) {
    cached = new ACData.Template(JSON.parse(readFileSync(path.join(cardsDir(), file), 'utf8')));
    templates.set(file, cached);
  }
  return cached;
}

/** An invisible word joiner after the `$`: a user's own `${…}` still reads as typed, and is no template. */
const TYPED_DOLLAR_BRACE = '$\u2060{';

/**
 * The model with every `${` in its texts made harmless. A text a user typed (a description, an observation) may
 * hold one, and the expansion would read it as a field the model lacks and refuse the card. Copies only what
 * changes.
 */
function withTypedTemplatesDefused<T>(value: T): T {
  if (typeof value === 'string')
    return (value.includes('${') ? value.replaceAll('${', TYPED_DOLLAR_BRACE) : value) as T;
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const defused = withTypedTemplatesDefused(item);
      if (defused !== item) (copy ??= [...value])[i] = defused;
    });
    return (copy ?? value) as T;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const defused = withTypedTemplatesDefused(item);
    if (defused !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = defused;
  }
  return (copy ?? value) as T;
}

/**
 * Expands a template and refuses a card with an unresolved `${…}` (a field its model lacks). Only when one is
 * found is the model searched for a `${` a user typed, and the card expanded again with those made harmless: the
 * walk costs nothing on the cards that need none.
 */
function expand(name: string, file: string, root: unknown): unknown {
  let { card, unresolved } = expandTemplate(template(file), root);
  if (unresolved) ({ card, unresolved } = expandTemplate(template(file), withTypedTemplatesDefused(root)));
  if (unresolved) throw new CardRenderError(`card "${name}" has an unresolved ${unresolved}`);
  return card;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const footers = new Map<Lang, unknown>();

/**
 * The emergency footer in `lang`: the same for every card, so it is expanded and checked once per language and
 * then shared (frozen, so no card can change what the others show).
 */
function emergencyFooter(lang: Lang): unknown {
  let footer = footers.get(lang);
  if (!footer) {
    footer = expand('emergency footer', path.join('partials', 'emergency.json'), CARD_LABELS[lang].footer);
    footers.set(lang, deepFreeze(footer));
  }
  return footer;
}

/**
 * Cards whose model holds no text the user typed (a question: its text, choices, the signals found preselected,
 * progress, »tilbage«): every turn that asks the same question in the same language shows the same card, so it is
 * expanded once and then shared, frozen like the footer, so no turn can change what another shows. It saves about
 * a tenth of a millisecond and a few dozen KB of garbage a question turn.
 */
const SHARED_CARDS = new Set(['question']);
const shared = new Map<string, Record<string, unknown>>();
/** Questions × languages × the few states a question card has: a few hundred KB at most. */
const SHARED_LIMIT = 256;

/**
 * Expands `cards/<name>.json` with a view model and the card's fixed texts in `lang` (as `t`), adds the
 * emergency footer, and refuses to return a card with an unresolved `${…}`. A card of `SHARED_CARDS` is the one
 * expanded before from a model with the same JSON, frozen.
 */
export function renderCard(name: string, model: object, lang: Lang = 'da'): Record<string, unknown> {
  if (!SHARED_CARDS.has(name)) return expandCard(name, model, lang);
  const key = `${lang}\u0000${name}\u0000${JSON.stringify(model)}`;
  let card = shared.get(key);
  if (card) {
    shared.delete(key);
  } else {
    card = deepFreeze(expandCard(name, model, lang));
    if (shared.size >= SHARED_LIMIT) shared.delete(shared.keys().next().value as string);
  }
  shared.set(key, card);
  return card;
}

function expandCard(name: string, model: object, lang: Lang): Record<string, unknown> {
  const labels = CARD_LABELS[lang] as Record<string, Record<string, string>>;
  // A card whose model brings its own texts (from src/i18n) keeps them.
  const own = (model as { t?: object }).t;
  const card = expand(name, `${name}.json`, { ...model, t: labels[name] ?? own ?? {} }) as Record<
    string,
    unknown
  >;
  // The emergency footer is one fragment for every card, so no card can ship without 112/114.
  card.body = [...((card.body as unknown[] | undefined) ?? []), emergencyFooter(lang)];
  return card;
}
