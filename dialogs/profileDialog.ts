import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { ROLE_LABELS, roleLabel } from '../src/conversation/questions';
import type { RoleId } from '../src/knowledge/schema';
import type { BotServices } from '../src/bot/services';
import type { UserProfile } from '../src/bot/state';
import { ANSWER_PROMPT, answerPromptFor } from './answerPrompt';

export const PROFILE_DIALOG = 'profileDialog';

export interface ProfileDialogOptions {
  field: 'municipality' | 'role';
}

/** "skift kommune" / "skift rolle": asks again and remembers the answer; an ongoing concern then resumes. */
export class ProfileDialog extends ComponentDialog {
  constructor(
    private readonly services: BotServices,
    private readonly profile: UserProfile,
  ) {
    super(PROFILE_DIALOG);
    this.addDialog(answerPromptFor(services, () => profile.lang ?? 'da'));
    this.addDialog(
      new WaterfallDialog('profileSteps', [this.askField.bind(this), this.saveField.bind(this)]),
    );
    this.initialDialogId = 'profileSteps';
  }

  private field(step: WaterfallStepContext): ProfileDialogOptions['field'] {
    return (step.options as ProfileDialogOptions).field;
  }

  private async askField(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const field = this.field(step);
    return step.beginDialog(ANSWER_PROMPT, { step: field });
  }

  private async saveField(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.field(step) === 'municipality') {
      this.profile.municipality = step.result as string;
      const name = this.services.knowledge.municipalities.get(this.profile.municipality)?.name ?? '';
      await step.context.sendActivity(
        this.profile.lang === 'en'
          ? `Saved: I now use the guide of ${name}.`
          : `Gemt: jeg bruger nu ${name}s handleguide.`,
      );
    } else {
      this.profile.role = step.result as RoleId;
      await step.context.sendActivity(
        this.profile.lang === 'en'
          ? `Saved: your role is now »${roleLabel(this.profile.role, 'en')}«.`
          : `Gemt: din rolle er nu »${ROLE_LABELS[this.profile.role]}«.`,
      );
    }
    return step.endDialog();
  }
}
