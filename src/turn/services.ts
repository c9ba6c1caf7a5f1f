import type { Knowledge } from '../knowledge/schema';
import type { ObjectivityLexicon } from '../draft';
import type { Lexicon } from '../text';
import type { UserProfile } from './state';

/** What dialogs and routes need from outside; injected so tests can set the clock. */
export interface BotServices {
  knowledge: Knowledge;
  lexicon: Lexicon;
  objectivity: ObjectivityLexicon;
  clock: () => Date;
  defaultMunicipality: string;
}

/** The municipality a user works with: the one they chose, else the deployment's. */
export function userMunicipality(profile: UserProfile, services: BotServices): string {
  return profile.municipality ?? services.defaultMunicipality;
}
