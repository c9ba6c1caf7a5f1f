import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { ConversationData } from './state';

/**
 * The dialog stack inside the conversation's own state document. teams-ai's `TurnStateProperty` cannot be used
 * here: its `get(defaultValue)` takes no context, so botbuilder-dialogs' `get(context, default)` stored the
 * `TurnContext` itself (adapter, credentials, the raw activity) as the dialog state. This accessor only ever
 * stores a plain, empty stack as the default.
 */
export class DialogStateAccessor implements StatePropertyAccessor<DialogState> {
  constructor(private readonly conversation: ConversationData) {}

  get(): Promise<DialogState> {
    this.conversation.dialogState ??= { dialogStack: [] };
    return Promise.resolve(this.conversation.dialogState);
  }

  set(_context: unknown, value: DialogState): Promise<void> {
    this.conversation.dialogState = value;
    return Promise.resolve();
  }

  delete(): Promise<void> {
    delete this.conversation.dialogState;
    return Promise.resolve();
  }
}
