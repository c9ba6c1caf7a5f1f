import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { turnStateOf } from '../turn/state';

/**
 * The dialog stack inside the conversation's own state document (of the turn at hand: one accessor serves every
 * turn). teams-ai's `TurnStateProperty` cannot be used here: its `get(defaultValue)` takes no context, so
 * botbuilder-dialogs' `get(context, default)` stored the `TurnContext` itself (adapter, credentials, the raw
 * activity) as the dialog state. This accessor only ever stores a plain, empty stack as the default.
 */
export class DialogStateAccessor implements StatePropertyAccessor<DialogState> {
  get(context: TurnContext): Promise<DialogState> {
    const { conversation } = turnStateOf(context);
    conversation.dialogState ??= { dialogStack: [] };
    return Promise.resolve(conversation.dialogState);
  }

  set(context: TurnContext, value: DialogState): Promise<void> {
    turnStateOf(context).conversation.dialogState = value;
    return Promise.resolve();
  }

  delete(context: TurnContext): Promise<void> {
    delete turnStateOf(context).conversation.dialogState;
    return Promise.resolve();
  }
}
