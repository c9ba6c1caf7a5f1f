import * as ACData from 'adaptivecards-templating';

/**
 * Card templates spend most of their time looking up plain fields (`${t.title}`, `Spørgsmål ${asked}`) and testing
 * `$when` conditions (`${count(notes) > 0}`, `${edit != null}`): the expression library walks each path through a
 * generic memory, comparing every key of every object in lower case. This evaluates exactly those forms, the way
 * adaptivecards-templating and adaptive-expressions do (a missing field stays `${path}`, so render.ts still
 * refuses the card; a condition that fails is false), and hands every other expression (`$index + 1`, any other
 * function) and every value it cannot judge alike (a Map, objects compared) to the library.
 * src/cards/templateExpansion.ts walks the template; test/fastExpressions.test.ts compares both with the library.
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
  // Never in a view model; the library's own lookup decides then.
  if (instance instanceof Map) throw LIBRARY;
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

/** Thrown where only the library can say (a Map, an object compared): the whole expression goes to it. */
const LIBRARY = Symbol('library');

type Condition = (context: TemplateContext) => Evaluation;

/** adaptive-expressions' `isLogicTrue`: a boolean is itself, null and undefined are false, anything else true. */
const logicTrue = (value: unknown) => (typeof value === 'boolean' ? value : value != null);

/** adaptive-expressions' `commonEquals` for what a card compares (texts, numbers, null); objects go to the library. */
function equals(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null;
  if (typeof a === 'object' || typeof b === 'object') throw LIBRARY;
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < Number.EPSILON) return true;
  return a === b;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/**
 * A `$when` condition as adaptive-expressions evaluates it (no substitution of missing fields): constants, field
 * paths, `==`, `!=`, `!`, `&&`, `count(field)` and `>` between numbers; undefined for any other form.
 */
function compileCondition(node: ExpressionNode): Condition | undefined {
  const children = node.children.map(compileCondition);
  if (children.some((child) => child === undefined) && node.type !== 'Accessor') return undefined;
  const [first, second] = children as Condition[];
  switch (node.type) {
    case 'Constant':
      return () => ({ value: node.value, error: undefined });
    case 'Accessor': {
      const field = fieldPath(node);
      return field && ((context) => ({ value: lookUp(field, context), error: undefined }));
    }
    case '==':
    case '!=': {
      if (!first || !second || children.length !== 2) return undefined;
      const same = node.type === '==';
      return (context) => {
        const a = first(context);
        if (a.error) return { value: false, error: undefined };
        const b = second(context);
        if (b.error) return { value: false, error: undefined };
        return { value: equals(a.value, b.value) === same, error: undefined };
      };
    }
    case '!': {
      if (!first || children.length !== 1) return undefined;
      return (context) => {
        const a = first(context);
        return { value: a.error ? true : !logicTrue(a.value), error: undefined };
      };
    }
    case '&&': {
      const all = children as Condition[];
      if (all.length === 0) return undefined;
      return (context) => {
        for (const child of all) {
          const a = child(context);
          if (a.error || !logicTrue(a.value)) return { value: false, error: undefined };
        }
        return { value: true, error: undefined };
      };
    }
    case 'count': {
      if (!first || children.length !== 1) return undefined;
      return (context) => {
        const a = first(context);
        if (a.error) return a;
        if (typeof a.value === 'string' || Array.isArray(a.value))
          return { value: a.value.length, error: undefined };
        // Not a container (or an object, a Map): the library's own verdict and message.
        throw LIBRARY;
      };
    }
    case '>': {
      if (!first || !second || children.length !== 2) return undefined;
      return (context) => {
        const a = first(context);
        if (a.error || a.value == null) return { value: false, error: undefined };
        const b = second(context);
        if (b.error || b.value == null) return { value: false, error: undefined };
        if (isNumber(a.value) && isNumber(b.value)) return { value: a.value > b.value, error: undefined };
        throw LIBRARY;
      };
    }
    default:
      return undefined;
  }
}

const compiledExpressions = new WeakMap<object, Compiled | null>();
const compiledConditions = new WeakMap<object, Condition | null>();

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
  try {
    if (substitute) {
      let compiled = compiledExpressions.get(node);
      if (compiled === undefined) {
        compiled = compile(node) ?? null;
        compiledExpressions.set(node, compiled);
      }
      if (compiled) return compiled(context, true);
    } else {
      let condition = compiledConditions.get(node);
      if (condition === undefined) {
        condition = compileCondition(node) ?? null;
        compiledConditions.set(node, condition);
      }
      if (condition) return condition(context);
    }
  } catch (error) {
    if (error !== LIBRARY) throw error;
  }
  return library.call(ACData.Template, node, context, substitute);
}
