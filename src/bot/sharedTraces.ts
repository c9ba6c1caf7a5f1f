import type { AppTurnState } from '../turn/state';

/** Notes a shared record the user took part in (at most 200 of each kind), for »slet mine data«. */
export function rememberShared(state: AppTurnState, kind: 'checklists' | 'dilemmaRounds', id: string): void {
  const shared = state.user.sharedIds ?? { checklists: [], dilemmaRounds: [] };
  if (!shared[kind].includes(id)) shared[kind] = [...shared[kind], id].slice(-200);
  state.user.sharedIds = shared;
}
