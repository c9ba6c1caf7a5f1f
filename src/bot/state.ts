import type { DialogState } from 'botbuilder-dialogs';
import type { TurnState } from '@microsoft/teams-ai';
import type { RoleId } from '../knowledge/schema';

/** Per conversation: only the dialog's own state, which ends with the dialog. */
export interface ConversationData {
  dialogState?: DialogState;
  welcomedAt?: string;
}

/** Per user: the choices we were asked to remember, nothing about any child. */
export interface UserProfile {
  municipality?: string;
  role?: RoleId;
}

export type AppTurnState = TurnState<ConversationData, UserProfile>;
