import type { Storage, TurnContext } from 'botbuilder';
import type { Lang } from '../cards/labels';

/**
 * The language each user chose, by the id a leader is chosen by (the AAD object id in Teams, the Teams id
 * locally). teams-ai keeps the choice in the user's state under their Teams id, which the people picker does not
 * give; this small index lets a request to a leader speak the leader's language. Removed by »slet mine data«.
 */
const KEY_PREFIX = 'handleguide/languages/';

const personOf = (context: TurnContext) => context.activity.from.aadObjectId ?? context.activity.from.id;

export async function rememberLanguage(storage: Storage, context: TurnContext, lang: Lang): Promise<void> {
  await storage.write({ [KEY_PREFIX + personOf(context)]: { lang } });
}

export async function forgetLanguage(storage: Storage, context: TurnContext): Promise<void> {
  await storage.delete([KEY_PREFIX + personOf(context)]);
}

/** The language the person chose, if they ever did; a storage failure counts as not known. */
export async function knownLanguage(storage: Storage, personId: string): Promise<Lang | undefined> {
  const key = KEY_PREFIX + personId;
  const stored = await storage.read([key]).then(
    (items) => (items[key] as { lang?: unknown } | undefined)?.lang,
    () => undefined,
  );
  return stored === 'en' || stored === 'da' ? stored : undefined;
}
