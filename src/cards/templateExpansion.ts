import type * as ACData from 'adaptivecards-templating';
import { evaluateExpression, type TemplateContext } from './fastExpressions';

/**
 * adaptivecards-templating's `Template.expand`, step for step (`internalExpand`, `expandSingleObject` of its
 * template-engine.js, version 2), over the template it has already prepared: `$data` (an object, or an array that
 * repeats the element), `$when`, `$index`, `$root`, nulls dropped from lists, a single repeat unwrapped. What
 * differs is only the cost: no state stack of objects, no reserved-name search per key, no version object per
 * card, and field paths evaluated by src/cards/fastExpressions.ts. test/fastExpressions.test.ts expands every
 * card of several conversations both ways and requires the same card.
 */

/** The template's names that are never copied into the card. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** What the library's `EvaluationContext` holds; `$data` is the root until an element sets it. */
class Context implements TemplateContext {
  ownData: unknown = undefined;
  /** The first `${…}` left in the card: a field the data lacks (or data that itself holds one). */
  unresolved: string | undefined = undefined;
  $index: unknown = undefined;
  $host: unknown = undefined;
  constructor(
    readonly $root: unknown,
    readonly $_acTemplateVersion: unknown,
  ) {}
  get $data(): unknown {
    return this.ownData !== undefined ? this.ownData : this.$root;
  }
}

/** The library's version object, as its `generateVersionJson` makes it for every expansion. */
function versionOf(version: string) {
  const [major = '', minor = '', patch = ''] = version.split('.');
  const [patchNumber = '', suffix = ''] = patch.split('-');
  return { major: parseInt(major), minor: parseInt(minor), patch: parseInt(patchNumber), suffix };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library reads its version so too
const VERSION = versionOf((require('adaptivecards-templating/package.json') as { version: string }).version);

const isExpression = (node: unknown): node is object =>
  typeof node === 'object' &&
  node !== null &&
  typeof (node as { tryEvaluate?: unknown }).tryEvaluate === 'function';

const UNRESOLVED = /\$\{[^}]*\}/;

/** The first `${…}` in a value: a text, or the texts inside data put into the card whole (a list of facts). */
function unresolvedIn(value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('${') ? value.match(UNRESOLVED)?.[0] : undefined;
  if (!value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const inner of value) {
      const found = unresolvedIn(inner);
      if (found) return found;
    }
    return undefined;
  }
  // Keys and values without the arrays Object.entries would make: this runs on every expression's result.
  for (const key in value) {
    const found = unresolvedIn(key) ?? unresolvedIn((value as Record<string, unknown>)[key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * An expression's value. What goes into the card is searched for a `${…}`; a `$data` only when it is itself a
 * text (a field the data lacked): the data an element reads is not put into the card, and whatever of it is, is
 * an expression's value in turn and searched then.
 */
function evaluated(expression: object, context: Context, substitute: boolean, isData = false): unknown {
  const result = evaluateExpression(expression, context, substitute);
  if (result.error) throw new Error(result.error);
  // Only what expressions give can hold a `${…}`: the template's own texts with one are expressions.
  if (context.unresolved === undefined && (!isData || typeof result.value === 'string'))
    context.unresolved = unresolvedIn(result.value);
  return result.value;
}

function expandNode(node: unknown, context: Context): unknown {
  const savedData = context.ownData;
  const savedIndex = context.$index;
  try {
    if (Array.isArray(node)) {
      let items: unknown[] = [];
      for (const item of node) {
        const expanded = expandNode(item, context);
        if (expanded === null) continue;
        if (Array.isArray(expanded)) items = items.concat(expanded);
        else items.push(expanded);
      }
      return items;
    }
    if (isExpression(node)) return evaluated(node, context, true);
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    const when = record.$when;
    let dataContext = record.$data;
    let dataContexts: unknown[] = [undefined];
    let repeated = false;
    if (dataContext !== undefined) {
      if (isExpression(dataContext)) dataContext = evaluated(dataContext, context, true, true);
      repeated = Array.isArray(dataContext);
      dataContexts = repeated ? (dataContext as unknown[]) : [dataContext];
    }
    const results: unknown[] = [];
    for (let i = 0; i < dataContexts.length; i++) {
      if (repeated) context.$index = i;
      if (dataContexts[i] !== undefined) context.ownData = dataContexts[i];
      let drop = false;
      if (isExpression(when)) {
        const result = evaluateExpression(when, context, false);
        drop = !(!result.error && typeof result.value === 'boolean' && result.value);
      } else if (when) drop = true;
      if (drop) continue;
      const expanded = expandObject(record, context);
      if (expanded !== null) results.push(expanded);
    }
    if (results.length === 0) return null;
    return results.length === 1 ? results[0] : results;
  } finally {
    context.ownData = savedData;
    context.$index = savedIndex;
  }
}

function expandObject(node: Record<string, unknown>, context: Context): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    if (RESERVED.has(key)) continue;
    if (context.unresolved === undefined && key.includes('${')) context.unresolved = unresolvedIn(key);
    const value = expandNode(node[key], context);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * `template.expand({ $root: root })`, as the library returns it, and the first `${…}` left in it (a field the data
 * lacked, which the library leaves as its expression), so a caller can refuse the card without searching it.
 */
export function expandTemplate(
  template: ACData.Template,
  root: unknown,
): { card: unknown; unresolved: string | undefined } {
  const prepared = (template as unknown as { _preparedPayload: unknown })._preparedPayload;
  const context = new Context(root, VERSION);
  const card = expandNode(prepared, context);
  return { card, unresolved: context.unresolved };
}
