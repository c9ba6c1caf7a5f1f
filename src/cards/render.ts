import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { findProjectFolder } from '../projectPaths';

export class CardRenderError extends Error {
  readonly code = 'CARD_UNRESOLVED';
}

const templates = new Map<string, ACData.Template>();

function cardsDir(): string {
  const dir = findProjectFolder(__dirname, 'cards', 'assessment.json');
  if (!dir) throw new CardRenderError('cards/ folder not found');
  return dir;
}

/** Expands `cards/<name>.json` with a view model; refuses to return a card with an unresolved `${…}`. */
export function renderCard(name: string, model: object): Record<string, unknown> {
  let template = templates.get(name);
  if (!template) {
    template = new ACData.Template(JSON.parse(readFileSync(path.join(cardsDir(), `${name}.json`), 'utf8')));
    templates.set(name, template);
  }
  const card = template.expand({ $root: model }) as Record<string, unknown>;
  const json = JSON.stringify(card);
  const unresolved = json.match(/\$\{[^}]*\}/);
  if (unresolved) throw new CardRenderError(`card "${name}" has an unresolved ${unresolved[0]}`);
  return card;
}
