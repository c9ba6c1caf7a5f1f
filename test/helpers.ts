import { loadKnowledge } from '../src/knowledge';
import { assess, ConcernShape, type Assessment, type ConcernInput } from '../src/rules';

export const knowledge = loadKnowledge();

/** Tuesday 24 November 2026, 10:00 in Copenhagen: inside office hours. */
export const TUESDAY_MORNING = '2026-11-24T10:00:00+01:00';
export const TUESDAY_NIGHT = '2026-11-24T22:30:00+01:00';
export const SATURDAY_MORNING = '2026-11-28T10:00:00+01:00';
export const CHRISTMAS_DAY = '2026-12-25T10:00:00+01:00';

/** A clock that must not be read: every test passes `now` explicitly. */
export const forbiddenClock = (): Date => {
  throw new Error('the engine read the clock although the concern carries `now`');
};

export function run(input: Partial<ConcernInput> & { municipality: string }): Assessment {
  const concern = ConcernShape.parse({ now: TUESDAY_MORNING, ...input });
  return assess(concern, knowledge, forbiddenClock);
}

export const digits = (phone: string | undefined): string => (phone ?? '').replace(/\D/g, '');
export const MUNICIPALITIES = ['vejen', 'dragoer', 'assens'] as const;
