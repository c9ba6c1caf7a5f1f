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

let footer: unknown;
function emergencyFooter(): unknown {
  footer ??= JSON.parse(readFileSync(path.join(cardsDir(), 'partials', 'emergency.json'), 'utf8'));
  return structuredClone(footer);
}

/** Expands `cards/<name>.json` with a view model; refuses to return a card with an unresolved `${…}`. */
export function renderCard(name: string, model: object): Record<string, unknown> {
  let template = templates.get(name);
  if (!template) {
    template = new ACData.Template(JSON.parse(readFileSync(path.join(cardsDir(), `${name}.json`), 'utf8')));
    templates.set(name, template);
  }
  const card = template.expand({ $root: model }) as Record<string, unknown>;
  // The emergency footer is one fragment for every card, so no card can ship without 112/114.
  card.body = [...((card.body as unknown[] | undefined) ?? []), emergencyFooter()];
  const json = JSON.stringify(card);
  const unresolved = json.match(/\$\{[^}]*\}/);
  if (unresolved) throw new CardRenderError(`card "${name}" has an unresolved ${unresolved[0]}`);
  return card;
}
