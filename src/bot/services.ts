import type { Knowledge } from '../knowledge/schema';
import type { Lexicon } from '../text';

/** What dialogs and routes need from outside; injected so tests can set the clock. */
export interface BotServices {
  knowledge: Knowledge;
  lexicon: Lexicon;
  clock: () => Date;
  defaultMunicipality: string;
}
