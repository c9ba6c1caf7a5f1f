import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { CONCERN_QUESTIONS } from './concernTurn';

/**
 * A conversation stored mid-dialog by the version before this one (a waterfall named `concernSteps`): its next
 * turn starts the questions again from the description it had, instead of failing on an unknown dialog id.
 */
export class EarlierConcernSteps extends Dialog {
  constructor() {
    super('concernSteps');
  }

  private restart(dc: DialogContext): Promise<DialogTurnResult> {
    const values = (dc.activeDialog?.state as { values?: { progress?: { notes?: { text?: unknown } } } })
      ?.values;
    const text = values?.progress?.notes?.text;
    return dc.replaceDialog(CONCERN_QUESTIONS, typeof text === 'string' && text ? { text } : {});
  }

  override beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.restart(dc);
  }

  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.restart(dc);
  }

  override resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.restart(dc);
  }
}
