import type { TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { TurnState } from '@microsoft/teams-ai';
import type { ConcernAnswers } from '../draft';
import type { RedFlagId, RoleId } from '../knowledge/schema';
import type { Lang } from '../cards/labels';

/** Per conversation: only the dialog's own state, which ends with the dialog. */
export interface ConversationData {
  dialogState?: DialogState;
  welcomedAt?: string;
  cprWarnedAt?: string;
  /**
   * The last message, by hashes, so a double tap or a re-sent message is recognised (see repeatedInput.ts), and
   * what its turn showed that a re-sent copy must show again: the acute cards of these flags, the result.
   */
  lastInput?: { fingerprint: string; activity: string; at: string; acuteFor?: RedFlagId[]; result?: true };
  /** Red flags this conversation has been shown the acute route for, until the concern ends. */
  redFlagsShown?: RedFlagId[];
  /** The last finished concern, for its draft; CPR-masked, and gone after the retention limit. */
  lastConcern?: {
    answers: ConcernAnswers;
    municipality: string;
    finishedAt: string;
    /** The saved case it belongs to (saved or reopened): its observations go into the draft. */
    caseId?: string;
  };
}

/** Per user: the choices we were asked to remember, nothing about any child. */
export interface UserProfile {
  municipality?: string;
  role?: RoleId;
  /** The language the user asked for (»english« / »dansk«); Danish when unset. */
  lang?: Lang;
  /** Requests this user sent to a leader, so »slet mine data« can delete them too. */
  handoffIds?: string[];
  /** Shared checklists and dilemma rounds this user took part in, so »slet mine data« can remove their traces. */
  sharedIds?: { checklists: string[]; dilemmaRounds: string[] };
}

export type AppTurnState = TurnState<ConversationData, UserProfile>;

const TURN_STATE = Symbol('handleguide.turnState');

/**
 * The dialogs are built once per app, so they find the turn's own state on the turn: the app puts it there
 * before a dialog runs (`withTurnState`), and a dialog reads it with `turnStateOf`.
 */
export function withTurnState(context: TurnContext, state: AppTurnState): void {
  context.turnState.set(TURN_STATE, state);
}

export function turnStateOf(context: TurnContext): AppTurnState {
  const state = context.turnState.get(TURN_STATE) as AppTurnState | undefined;
  if (!state) throw new Error('a dialog ran without the turn state (call withTurnState first)');
  return state;
}
