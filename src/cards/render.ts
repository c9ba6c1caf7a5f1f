import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { findProjectFolder } from '../projectPaths';
import { CARD_LABELS, type Lang } from './labels';

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

/**
 * Expands `cards/<name>.json` with a view model and the card's fixed texts in `lang` (as `t`), adds the
 * emergency footer, and refuses to return a card with an unresolved `${…}`.
 */
export function renderCard(name: string, model: object, lang: Lang = 'da'): Record<string, unknown> {
  const labels = CARD_LABELS[lang] as Record<string, Record<string, string>>;
  const card = template(`${name}.json`).expand({ $root: { ...model, t: labels[name] ?? {} } }) as Record<
    string,
    unknown
  >;
  // The emergency footer is one fragment for every card, so no card can ship without 112/114.
  const footer = template(path.join('partials', 'emergency.json')).expand({
    $root: CARD_LABELS[lang].footer,
  });
  card.body = [...((card.body as unknown[] | undefined) ?? []), footer];
  const json = JSON.stringify(card);
  const unresolved = json.match(/\$\{[^}]*\}/);
  if (unresolved) throw new CardRenderError(`card "${name}" has an unresolved ${unresolved[0]}`);
  return card;
}
