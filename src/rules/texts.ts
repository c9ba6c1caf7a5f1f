import type { EngineTextId, NationalKnowledge } from '../knowledge/schema';
import { EngineError } from './errors';

export type TextValues = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value is a programming error, not a user error. */
export function fill(template: string, values: TextValues, id = 'text'): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new EngineError(`${id}: no value for {${name}}`);
    return String(value);
  });
}

/** The engine's sentences from `national.texts`: the rules decide, the knowledge words it. */
export class Texts {
  constructor(private readonly national: NationalKnowledge) {}

  say(id: EngineTextId, values: TextValues = {}): string {
    return fill(this.national.texts[id].text, values, id);
  }

  /** The source a text carries itself; rules whose text explains another item pass that item's source. */
  source(id: EngineTextId): string {
    const source = this.national.texts[id].source;
    if (!source) throw new EngineError(`texts.${id} has no source`);
    return source;
  }
}
