import type { RoleId } from '../knowledge/schema';

/** How each role is named to the user and in the notification. */
export const ROLE_LABELS: Record<RoleId, string> = {
  dagtilbud: 'Dagtilbud (pædagog, dagplejer)',
  skole: 'Skole, SFO eller ungdomsskole',
  sundhedspleje: 'Sundhedspleje',
  tandpleje: 'Tandpleje',
  laege: 'Praktiserende læge',
  forening: 'Forening eller frivillig',
  andet: 'Andet',
};
