import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { roleLabel } from '../src/conversation/questions';
import { languageOf, fill, uiTexts } from '../src/i18n/uiTexts';
import type { RoleId } from '../src/knowledge/schema';
import type { BotServices } from '../src/turn/services';
import { turnStateOf } from '../src/turn/state';
import { ANSWER_PROMPT, answerPromptFor } from './answerPrompt';

export const PROFILE_DIALOG = 'profileDialog';

export interface ProfileDialogOptions {
  field: 'municipality' | 'role';
}

/** "skift kommune" / "skift rolle": asks again and remembers the answer; an ongoing concern then resumes. */
export class ProfileDialog extends ComponentDialog {
  /** Built once per app: the user's profile comes from each turn's state (`turnStateOf`). */
  constructor(private readonly services: BotServices) {
    super(PROFILE_DIALOG);
    this.addDialog(answerPromptFor(services, (context) => languageOf(turnStateOf(context).user.lang)));
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
    const profile = turnStateOf(step.context).user;
    if (this.field(step) === 'municipality') {
      profile.municipality = step.result as string;
      const name = this.services.knowledge.municipalities.get(profile.municipality)?.name ?? '';
      await step.context.sendActivity(
        fill(uiTexts(languageOf(profile.lang)).profile.municipalitySaved, { municipality: name }),
      );
    } else {
      profile.role = step.result as RoleId;
      const lang = languageOf(profile.lang);
      await step.context.sendActivity(
        fill(uiTexts(lang).profile.roleSaved, { role: roleLabel(profile.role, lang) }),
      );
    }
    return step.endDialog();
  }
}
