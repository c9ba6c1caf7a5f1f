import { z } from 'zod/v4';
import { TEXT_LIMIT } from '../rules/concern';

/** Deeper JSON than this is no Teams activity; deeper still would overflow the stack of whatever walks it. */
const MAX_DEPTH = 32;

/** An id that is safe as a storage key part and a log field: no control characters, not `.` or `..`. */
const Id = z
  .string()
  .min(1)
  .max(1024)
  .refine(
    (id) => ![...id].some((char) => char < ' ' || char === '\u007f'),
    'must not contain control characters',
  )
  .refine((id) => id !== '.' && id !== '..', 'is not an id');

const INVOKE_VALUES: Record<string, z.ZodType> = {
  // A card action updates the card it came from, which Teams names in replyToId (checked below).
  'adaptiveCard/action': z.looseObject({
    action: z.looseObject({
      verb: z.string().min(1).max(64),
      data: z.record(z.string(), z.unknown()).optional(),
    }),
  }),
  'composeExtension/query': z.looseObject({
    commandId: z.string().max(64).optional(),
    parameters: z
      .array(z.looseObject({ name: z.string().max(64), value: z.unknown() }))
      .max(20)
      .optional(),
  }),
};

/** What an activity must have before the adapter sees it; anything else is a 400 with a reason. */
export const InboundActivity = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    name: z.string().max(128).optional(),
    replyToId: z.string().max(1024).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
    conversation: z.looseObject({ id: Id }),
    from: z.looseObject({ id: Id }),
    recipient: z.looseObject({ id: Id }),
    text: z.string().max(TEXT_LIMIT).optional(),
    value: z.unknown().optional(),
  })
  .superRefine((activity, ctx) => {
    if (activity.type !== 'invoke') return;
    const schema = INVOKE_VALUES[activity.name ?? ''];
    const value = schema?.safeParse(activity.value);
    if (value && !value.success) {
      const issue = value.error.issues[0];
      ctx.addIssue({
        code: 'custom',
        path: ['value', ...(issue?.path ?? [])],
        message: issue?.message ?? 'invalid',
      });
    }
    if (activity.name === 'adaptiveCard/action' && !activity.replyToId)
      ctx.addIssue({ code: 'custom', path: ['replyToId'], message: 'a card action must name its card' });
  });

export type InboundActivity = z.infer<typeof InboundActivity>;

/** Nesting depth of parsed JSON, without recursion (the point is to refuse what recursion cannot handle). */
function depthOf(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringOf = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

const optionalStringOf = (value: unknown, max: number): boolean =>
  value === undefined || isStringOf(value, 0, max);

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** `Id` of the schema: 1–1,024 characters, no control characters, not `.` or `..`. */
const isId = (value: unknown): boolean =>
  isStringOf(value, 1, 1024) && !hasControlCharacter(value) && value !== '.' && value !== '..';

/** `serviceUrl` of the schema, already in the form zod would normalise it to (so its output would be the same). */
function isNormalServiceUrl(value: unknown): boolean {
  if (!isStringOf(value, 1, 2048)) return false;
  try {
    const url = new URL(value);
    // zod's normal form: the URL's href, without the slash it adds to a URL that had none.
    const normal = !value.endsWith('/') && url.href.endsWith('/') ? url.href.slice(0, -1) : url.href;
    return (url.protocol === 'https:' || url.protocol === 'http:') && normal === value;
  } catch {
    return false;
  }
}

/**
 * The schema's answer for an ordinary message or event, checked field by field: true only where
 * `InboundActivity` accepts `body` and would return the same values. Everything else (an invoke, whose value has
 * its own schemas; a service URL zod would rewrite; anything refused) goes to the schema itself, which gives the
 * reason. The schema's general object parsing cost about 0.15 ms a turn, more than the rest of the host's work.
 * test/inboundActivity.test.ts holds the two to the same answers.
 */
export function plainlyValid(body: unknown): boolean {
  return (
    isRecord(body) &&
    isStringOf(body.type, 1, 64) &&
    body.type !== 'invoke' &&
    optionalStringOf(body.id, 1024) &&
    optionalStringOf(body.name, 128) &&
    optionalStringOf(body.replyToId, 1024) &&
    isStringOf(body.channelId, 1, 64) &&
    isNormalServiceUrl(body.serviceUrl) &&
    isRecord(body.conversation) &&
    isId(body.conversation.id) &&
    isRecord(body.from) &&
    isId(body.from.id) &&
    isRecord(body.recipient) &&
    isId(body.recipient.id) &&
    optionalStringOf(body.text, TEXT_LIMIT)
  );
}

/** The activity, or one line saying which field is wrong. */
export function readInboundActivity(
  body: unknown,
): { ok: true; activity: InboundActivity } | { ok: false; reason: string } {
  if (depthOf(body) > MAX_DEPTH) return { ok: false, reason: `body: nested deeper than ${MAX_DEPTH} levels` };
  if (plainlyValid(body)) return { ok: true, activity: body as InboundActivity };
  const parsed = InboundActivity.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` };
}
