import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { RedFlagAnswer } from '../src/conversation/answers';
import { looksLikeConcern } from '../src/conversation/answers';
import {
  confirmFormOf,
  detailsOf,
  fillAnswer,
  freshProgress,
  markAnswered,
  nextQuestion,
  progressToEdit,
  stepBack,
  type ConcernProgress,
} from '../src/conversation/concernProgress';
import { confirmComplete, type ConfirmAnswer, type ConfirmForm } from '../src/conversation/confirm';
import { ageInText, municipalityInText, roleInText } from '../src/conversation/firstMessage';
import type { QuestionId } from '../src/conversation/questions';
import { uiTexts } from '../src/i18n/uiTexts';
import type { RedFlagId } from '../src/knowledge/schema';
import { analyseText } from '../src/text';
import { resultActivities } from '../src/turn/results';
import type { BotServices } from '../src/turn/services';
import { recordResultShown } from '../src/turn/turnRecord';
import { ANSWER_PROMPT, isBack, type AskOptions } from './answerPrompt';
import { raiseRedFlags, showAcute } from './concernAcute';
import {
  CONCERN_QUESTIONS,
  conversationOf,
  langOf,
  municipalityOf,
  profileOf,
  progressOf,
  type ConcernDialogOptions,
} from './concernTurn';

/**
 * The questions of a concern as a loop over what is still missing: the next question follows from the answers
 * (`nextQuestion`), so »tilbage« only has to forget the last answered question, and »Ret svar« can start from a
 * finished concern's answers.
 */
export class ConcernQuestions extends Dialog<ConcernDialogOptions> {
  constructor(private readonly services: BotServices) {
    super(CONCERN_QUESTIONS);
  }

  override async beginDialog(dc: DialogContext, options?: ConcernDialogOptions): Promise<DialogTurnResult> {
    if (!dc.activeDialog) throw new Error('the concern questions began without a dialog instance');
    dc.activeDialog.state = { progress: freshProgress() };
    if (options?.edit) {
      const last = conversationOf(dc.context).lastConcern;
      if (!last) {
        await dc.context.sendActivity(uiTexts(langOf(dc.context)).notices.nothingToEdit);
        return dc.endDialog();
      }
      dc.activeDialog.state = { progress: progressToEdit(last) };
      return this.askNext(dc);
    }
    const text = options?.text ?? '';
    // The dialog keeps its options: a first message that is not the concern (a greeting) must not be stored.
    if (options) delete options.text;
    if (text && looksLikeConcern(text, this.services.lexicon)) await this.readDescription(dc, text);
    return this.askNext(dc);
  }

  override async continueDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(
    dc: DialogContext,
    _reason: DialogReason,
    result?: unknown,
  ): Promise<DialogTurnResult> {
    const progress = progressOf(dc);
    const step = progress.pending;
    if (!step) return this.askNext(dc);
    if (isBack(result)) return this.goBack(dc);
    await this.record(dc, step, result);
    return this.askNext(dc);
  }

  /** »tilbage«: forget the last answered question and ask it again, its answer pre-filled where a card can. */
  private async goBack(dc: DialogContext): Promise<DialogTurnResult> {
    const progress = progressOf(dc);
    const previous = stepBack(progress);
    if (!previous) {
      await dc.context.sendActivity(uiTexts(langOf(dc.context)).nav.atFirst);
      return this.ask(dc, progress.pending ?? 'describe');
    }
    return this.ask(dc, previous);
  }

  /** Analyse the description: a red flag shows the acute route before any other question. */
  private async readDescription(dc: DialogContext, text: string): Promise<void> {
    const progress = progressOf(dc);
    const notes = progress.notes;
    notes.text = text;
    const analysis = analyseText(notes.text, this.services.lexicon);
    notes.signals = [...new Set(analysis.signals.map((hit) => hit.id))];
    notes.childAge ??= ageInText(notes.text);
    // »Jeg er pædagog« in the description answers the role question before it is asked.
    notes.role ??= profileOf(dc.context).role ?? roleInText(notes.text);
    progress.municipalityGuess ??= municipalityInText(notes.text, this.services.knowledge);
    if (!progress.done.includes('describe')) progress.done.push('describe');
    await raiseRedFlags(dc, progress, this.services);
  }

  /** The confirmation card as it stands: what we know, pre-filled. */
  private form(dc: DialogContext): ConfirmForm {
    const progress = progressOf(dc);
    const form = confirmFormOf(progress, profileOf(dc.context).municipality);
    // Not stored: the guess is read again from the description each time the card is drawn.
    if (form.askRedFlag && progress.notes.text) {
      const guesses = analyseText(progress.notes.text, this.services.lexicon).modelGuesses;
      form.modelGuesses = [...new Set(guesses.map((hit) => hit.id))];
    }
    return form;
  }

  private async record(dc: DialogContext, step: QuestionId, result: unknown): Promise<void> {
    const progress = progressOf(dc);
    if (step === 'describe') await this.readDescription(dc, (result as string | null) ?? '');
    else if (step === 'confirm') {
      if (!(await this.saveConfirm(dc, result as ConfirmAnswer))) return;
    } else fillAnswer(progress.notes, step, result);
    markAnswered(progress, step);
  }

  /** One answer to the confirmation card; true when the card is complete and the questions go on. */
  private async saveConfirm(dc: DialogContext, answer: ConfirmAnswer): Promise<boolean> {
    const progress = progressOf(dc);
    const notes = progress.notes;
    const profile = profileOf(dc.context);
    if (answer.municipality) {
      profile.municipality = answer.municipality;
      // The acute card was shown for the deployment's municipality before we knew the user's: show the right one.
      if (progress.acuteShownFor && progress.acuteShownFor !== answer.municipality)
        await showAcute(dc, progress, this.services);
    }
    if (answer.role) {
      profile.role = answer.role;
      notes.role = answer.role;
    }
    if (answer.childAge !== undefined) notes.childAge = answer.childAge;
    if (answer.signals) {
      notes.signals = answer.signals;
      notes.signalsConfirmed = true;
    }
    if (answer.score !== undefined) notes.score = answer.score;
    if (answer.details) Object.assign(notes, answer.details);
    if (answer.text && answer.text !== notes.text) {
      notes.text = answer.text;
      await raiseRedFlags(dc, progress, this.services);
    }
    if (answer.redFlag) await this.saveRedFlagAnswer(dc, progress, answer.redFlag);
    return confirmComplete(this.form(dc));
  }

  private async saveRedFlagAnswer(
    dc: DialogContext,
    progress: ConcernProgress,
    answer: RedFlagAnswer & { choice: string },
  ) {
    const notes = progress.notes;
    progress.redFlagAnswer = answer.choice;
    notes.redFlagUnsure = answer.unsure;
    if (answer.flags.length > 0) {
      notes.redFlags = [...new Set<RedFlagId>([...notes.redFlags, ...answer.flags])];
      await showAcute(dc, progress, this.services);
    }
  }

  private async askNext(dc: DialogContext): Promise<DialogTurnResult> {
    const progress = progressOf(dc);
    const { missing } = await raiseRedFlags(dc, progress, this.services);
    const next = nextQuestion(progress, missing);
    return next ? this.ask(dc, next) : this.finish(dc);
  }

  private async ask(dc: DialogContext, step: QuestionId): Promise<DialogTurnResult> {
    const progress = progressOf(dc);
    // The same card again (a typed answer filled one field of it) keeps its number.
    if (progress.pending !== step || progress.asked === 0) progress.asked += 1;
    progress.pending = step;
    const notes = progress.notes;
    const options: AskOptions = {
      step,
      childAge: notes.childAge,
      preselectedSignals: notes.signals,
      asked: progress.asked,
      redFlag: notes.redFlags.length > 0,
      canGoBack: progress.history.length > 0,
      ...(step === 'confirm' ? { form: this.form(dc) } : {}),
      ...(step === 'details' ? { details: detailsOf(notes) } : {}),
    };
    return dc.beginDialog(ANSWER_PROMPT, options);
  }

  /**
   * The result as one message, from the whole assessment of the notes the last question was chosen by (storing
   * the flags back does not change it); the dialog's state (and with it the free texts) ends here.
   */
  private async finish(dc: DialogContext): Promise<DialogTurnResult> {
    const notes = progressOf(dc).notes;
    const municipality = municipalityOf(dc.context, this.services);
    const lang = langOf(dc.context);
    await dc.context.sendActivities(resultActivities(notes, municipality, this.services, lang));
    const conversation = conversationOf(dc.context);
    delete conversation.redFlagsShown;
    conversation.lastConcern = {
      answers: notes,
      municipality,
      finishedAt: this.services.clock().toISOString(),
    };
    recordResultShown(dc.context, conversation);
    return dc.endDialog();
  }
}
