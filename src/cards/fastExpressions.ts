import * as ACData from 'adaptivecards-templating';

/**
 * Card templates spend most of their time looking up plain fields (`${t.title}`, `Spørgsmål ${asked}`): the
 * expression library walks each path through a generic memory, comparing every key of every object in lower
 * case. This evaluates exactly those expressions, a field path or a text with field paths in it, the way
 * adaptivecards-templating and adaptive-expressions do (a missing field stays `${path}`, so render.ts still
 * refuses the card), and hands every other expression (comparisons, `count()`, `$index + 1`) to the library
 * (src/cards/templateExpansion.ts walks the template).
 * One difference, on purpose: a key spelt exactly as in the template is taken even if an earlier key of the
 * same object differs from it only in case (the library takes the first such key); view models have no such pairs.
 */

/** As much of an adaptive-expressions `Expression` as is read here. */
interface ExpressionNode {
  type: string;
  children: ExpressionNode[];
  value?: unknown;
}

/** adaptivecards-templating's evaluation context (its `EvaluationContext`). */
export interface TemplateContext {
  $root: unknown;
  $data: unknown;
  $index: unknown;
  $host: unknown;
  $_acTemplateVersion: unknown;
}

export interface Evaluation {
  value: unknown;
  error: string | undefined;
}

type Evaluate = (expression: object, context: TemplateContext, substitute: boolean) => Evaluation;

/** What a field path starts from: the names the library's template memory holds, in its order. */
const MEMORY_NAMES = ['_memory', '$root', '$data', '$index', '$host', '$_acTemplateVersion'] as const;

/** A field path, compiled: where it starts and the names after that. */
interface FieldPath {
  /** The path as the library reports a missing one (`t.title`). */
  path: string;
  start: Exclude<(typeof MEMORY_NAMES)[number], '_memory'>;
  rest: string[];
}

/** A field path's text, as adaptive-expressions' `tryAccumulatePath` builds it; undefined if not a plain path. */
function pathOf(node: ExpressionNode): string | undefined {
  let path = '';
  let left: ExpressionNode | undefined = node;
  while (left) {
    const name = left.children[0];
    if (left.type !== 'Accessor' || name?.type !== 'Constant' || typeof name.value !== 'string')
      return undefined;
    if (left.children.length > 2) return undefined;
    path = `${name.value}.${path}`;
    left = left.children[1];
  }
  path = path.replace(/(\.*$)/g, '').replace(/(\.\[)/g, '[');
  return path === '' ? undefined : path;
}

/** As adaptive-expressions' `SimpleObjectMemory.getValue` splits a path. */
function partsOf(path: string): string[] {
  return path
    .split(/[.[\]]+/)
    .filter((part) => part !== '')
    .map((part) =>
      (part.startsWith('"') && part.endsWith('"')) || (part.startsWith("'") && part.endsWith("'"))
        ? part.slice(1, -1)
        : part,
    );
}

function fieldPath(node: ExpressionNode): FieldPath | undefined {
  const path = pathOf(node);
  if (path === undefined) return undefined;
  const [first, ...rest] = partsOf(path[0] === '$' ? path : `$data.${path}`);
  const start = MEMORY_NAMES.find((name) => name.toLowerCase() === first?.toLowerCase());
  if (!start || start === '_memory') return undefined;
  return { path, start, rest };
}

/** adaptive-expressions' `accessProperty`: a missing or empty instance has no properties; keys match in any case. */
function property(instance: unknown, name: string): unknown {
  if (!instance) return undefined;
  if (instance instanceof Map) return undefined; // never in a view model; the library's lookup is not copied
  if (typeof instance === 'object' && Object.prototype.propertyIsEnumerable.call(instance, name))
    return (instance as Record<string, unknown>)[name];
  const lower = name.toLowerCase();
  const key = Object.keys(instance).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : (instance as Record<string, unknown>)[key];
}

function lookUp(field: FieldPath, context: TemplateContext): unknown {
  let value: unknown = context[field.start];
  for (const part of field.rest) {
    const index = parseInt(part);
    if (!Number.isNaN(index) && Array.isArray(value)) {
      if (index < 0 || index >= value.length) return undefined;
      value = value[index];
    } else value = property(value, part);
  }
  return value;
}

/** A missing field, where the library substitutes: its own expression text, so the card is refused. */
const found = (field: FieldPath, value: unknown, substitute: boolean) =>
  value === undefined && substitute ? `\${${field.path}}` : value;

type Compiled = (context: TemplateContext, substitute: boolean) => Evaluation;

function compile(node: ExpressionNode): Compiled | undefined {
  if (node.type === 'Accessor') {
    const field = fieldPath(node);
    if (!field) return undefined;
    return (context, substitute) => ({
      value: found(field, lookUp(field, context), substitute),
      error: undefined,
    });
  }
  if (node.type !== 'concat') return undefined;
  const parts: (string | FieldPath)[] = [];
  for (const child of node.children) {
    if (child.type === 'Constant' && typeof child.value === 'string') parts.push(child.value);
    else {
      const field = child.type === 'Accessor' ? fieldPath(child) : undefined;
      if (!field) return undefined;
      parts.push(field);
    }
  }
  // The library joins a text's parts itself only where it substitutes; elsewhere the expression is its own.
  return (context, substitute) => {
    if (!substitute) return { value: undefined, error: 'not compiled' };
    let text = '';
    for (const part of parts) {
      // `toString()` as the library's join: a field that is null fails the card as it does there.
      text +=
        typeof part === 'string' ? part : (found(part, lookUp(part, context), true) as object).toString();
    }
    return { value: text, error: undefined };
  };
}

const compiledExpressions = new WeakMap<object, Compiled | null>();

/** The library's own evaluation (adaptivecards-templating's, over adaptive-expressions), for every other expression. */
const library = (ACData.Template as unknown as { internalTryEvaluateExpression: Evaluate })
  .internalTryEvaluateExpression;

/**
 * Evaluates a prepared template expression in `context` as adaptivecards-templating does: `substitute` where it
 * leaves a missing field as `${path}` (everywhere but `$when`). Field paths here, the rest in the library.
 */
export function evaluateExpression(
  expression: object,
  context: TemplateContext,
  substitute: boolean,
): Evaluation {
  const node = expression as ExpressionNode;
  let compiled = compiledExpressions.get(node);
  if (compiled === undefined) {
    compiled = compile(node) ?? null;
    compiledExpressions.set(node, compiled);
  }
  if (compiled && (substitute || node.type === 'Accessor')) return compiled(context, substitute);
  return library.call(ACData.Template, node, context, substitute);
}
