import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { ConcernProgress } from '../src/conversation/concernProgress';
import type { BotServices } from '../src/turn/services';
import { answerPromptFor } from './answerPrompt';
import { ConcernQuestions } from './concernQuestions';
import { CONCERN_QUESTIONS, conversationOf, langOf, municipalityOf } from './concernTurn';
import { EarlierConcernSteps } from './earlierConcernSteps';

export type { ConcernDialogOptions } from './concernTurn';

export const CONCERN_DIALOG = 'concernDialog';

/**
 * The concern conversation of DESIGN.md: read the description first, show the acute route at once on a red
 * flag, confirm what the description told us on one card, ask only what is still missing, and end with the
 * result in one message.
 */
export class ConcernDialog extends ComponentDialog {
  /** Built once per app: the user's profile and the conversation come from each turn's state (`turnStateOf`). */
  constructor(private readonly services: BotServices) {
    super(CONCERN_DIALOG);
    this.addDialog(answerPromptFor(services, langOf));
    this.addDialog(new ConcernQuestions(services));
    this.addDialog(new EarlierConcernSteps());
    this.initialDialogId = CONCERN_QUESTIONS;
  }

  /** A red flag named in any message while a question waits joins the concern's answers before it goes on. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const questions = inner.stack.find((instance) => instance.id === CONCERN_QUESTIONS);
    const progress = (questions?.state as { progress?: ConcernProgress } | undefined)?.progress;
    const shown = conversationOf(inner.context).redFlagsShown ?? [];
    if (progress && shown.some((flag) => !progress.notes.redFlags.includes(flag))) {
      progress.notes.redFlags = [...new Set([...progress.notes.redFlags, ...shown])];
      progress.acuteShownFor ??= municipalityOf(inner.context, this.services);
    }
    return super.onContinueDialog(inner);
  }
}
