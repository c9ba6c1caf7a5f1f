import type { EngineTextId, NationalKnowledge } from '../knowledge/schema';
import { EngineError } from './errors';

export type TextValues = Record<string, string | number>;

/** A template cut at its placeholders: literal parts at even positions, placeholder names at odd ones. */
type CompiledTemplate = readonly string[];

const compiled = new Map<string, CompiledTemplate>();

/** Templates come from the knowledge (a few hundred), so each is cut once and kept. */
function compile(template: string): CompiledTemplate {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{([a-zA-Z]+)\}/);
    if (compiled.size < 5000) compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; a placeholder without a value is a programming error, not a user error. */
export function fill(template: string, values: TextValues, id = 'text'): string {
  const parts = compile(template);
  return parts.length === 1 ? template : fillParts(parts, values, id);
}

function fillParts(parts: CompiledTemplate, values: TextValues, id: string): string {
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = values[name];
    if (value === undefined) throw new EngineError(`${id}: no value for {${name}}`);
    text += String(value) + (parts[i + 1] ?? '');
  }
  return text;
}

const templatesByKnowledge = new WeakMap<NationalKnowledge, ReadonlyMap<string, CompiledTemplate>>();

/**
 * Every engine text of a knowledge cut once: an assessment says some thirty of them, and looking each up by a
 * variable key in `national.texts` and then its template in `compiled` cost more than filling it.
 */
function templatesOf(national: NationalKnowledge): ReadonlyMap<string, CompiledTemplate> {
  let templates = templatesByKnowledge.get(national);
  if (!templates) {
    templates = new Map(Object.entries(national.texts).map(([id, text]) => [id, compile(text.text)]));
    templatesByKnowledge.set(national, templates);
  }
  return templates;
}

const NO_VALUES: TextValues = {};

/** The engine's sentences from `national.texts`: the rules decide, the knowledge words it. */
export class Texts {
  private readonly templates: ReadonlyMap<string, CompiledTemplate>;

  constructor(private readonly national: NationalKnowledge) {
    this.templates = templatesOf(national);
  }

  say(id: EngineTextId, values: TextValues = NO_VALUES): string {
    const parts = this.templates.get(id);
    if (!parts) throw new EngineError(`texts.${id} missing`);
    return parts.length === 1 ? (parts[0] ?? '') : fillParts(parts, values, id);
  }

  /** The source a text carries itself; rules whose text explains another item pass that item's source. */
  source(id: EngineTextId): string {
    const source = this.national.texts[id].source;
    if (!source) throw new EngineError(`texts.${id} has no source`);
    return source;
  }
}
