import type { Knowledge } from '../knowledge/schema';
import type { ObjectivityLexicon } from '../draft';
import type { Lexicon } from '../text';

/** What dialogs and routes need from outside; injected so tests can set the clock. */
export interface BotServices {
  knowledge: Knowledge;
  lexicon: Lexicon;
  objectivity: ObjectivityLexicon;
  clock: () => Date;
  defaultMunicipality: string;
}
