import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogReason,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { RedFlagAnswer } from '../src/conversation/answers';
import { looksLikeConcern } from '../src/conversation/answers';
import { ageInText, municipalityInText, roleInText } from '../src/conversation/firstMessage';
import type { QuestionId } from '../src/conversation/questions';
import {
  confirmComplete,
  DETAIL_FIELDS,
  type ConfirmAnswer,
  type ConfirmForm,
  type Details,
} from '../src/conversation/confirm';
import type { RedFlagId } from '../src/knowledge/schema';
import { analyseText } from '../src/text';
import { acuteCards, assessNotes, resultActivities, type ConcernNotes } from '../src/turn/results';
import type { Assessment } from '../src/rules';
import { userMunicipality, type BotServices } from '../src/turn/services';
import { turnStateOf, type ConversationData, type UserProfile } from '../src/turn/state';
import { uiTexts } from '../src/i18n/uiTexts';
import { ANSWER_PROMPT, answerPromptFor, isBack, type AskOptions } from './answerPrompt';

export const CONCERN_DIALOG = 'concernDialog';
const QUESTIONS = 'concernQuestions';

export interface ConcernDialogOptions {
  /** The message that started the dialog; used as the description when it describes a concern. */
  text?: string;
  /** »Ret svar«: open the last finished concern's answers on one card, then show the result again. */
  edit?: boolean;
}

interface Progress {
  notes: ConcernNotes;
  asked: number;
  acuteShownFor?: string;
  /** Questions answered (or not needed because the first message answered them). */
  done: QuestionId[];
  /** Questions the user answered in this dialog, in order: »tilbage« walks back along them. */
  history: QuestionId[];
  /** The question waiting for its answer. */
  pending?: QuestionId;
  /** A municipality named in the description, shown on the confirmation card until the user has chosen. */
  municipalityGuess?: string;
  /** The answer to the red-flag question on the confirmation card: `ingen`, `ved_ikke` or a flag id. */
  redFlagAnswer?: string;
  edit?: boolean;
}

const progressOf = (dc: DialogContext): Progress => {
  const state = dc.activeDialog?.state as { progress?: Progress } | undefined;
  if (!state?.progress) throw new Error('the concern questions ran without their progress');
  return state.progress;
};

const profileOf = (dc: { context: TurnContext }): UserProfile => turnStateOf(dc.context).user;
const conversationOf = (dc: { context: TurnContext }): ConversationData =>
  turnStateOf(dc.context).conversation;

/**
 * The questions of a concern as a loop over what is still missing: the next question follows from the answers
 * (`nextQuestion`), so »tilbage« only has to forget the last answered question, and »Ret svar« can start from a
 * finished concern's answers.
 */
class ConcernQuestions extends Dialog<ConcernDialogOptions> {
  constructor(private readonly services: BotServices) {
    super(QUESTIONS);
  }

  private municipality(dc: { context: TurnContext }): string {
    return userMunicipality(profileOf(dc), this.services);
  }

  private lang(dc: { context: TurnContext }) {
    return profileOf(dc).lang ?? 'da';
  }

  override async beginDialog(dc: DialogContext, options?: ConcernDialogOptions): Promise<DialogTurnResult> {
    const progress: Progress = { notes: { text: '', redFlags: [] }, asked: 0, done: [], history: [] };
    if (!dc.activeDialog) throw new Error('the concern questions began without a dialog instance');
    dc.activeDialog.state = { progress };
    if (options?.edit) {
      const last = conversationOf(dc).lastConcern;
      if (!last) {
        await dc.context.sendActivity(uiTexts(this.lang(dc)).notices.nothingToEdit);
        return dc.endDialog();
      }
      progress.edit = true;
      progress.notes = JSON.parse(JSON.stringify(last.answers)) as ConcernNotes;
      progress.municipalityGuess = last.municipality;
      progress.redFlagAnswer = last.answers.redFlagUnsure
        ? 'ved_ikke'
        : last.answers.redFlags.length === 0
          ? 'ingen'
          : undefined;
      // Everything was answered once; the confirmation card shows it all for changing.
      const notes = progress.notes;
      progress.done = ['describe', 'score', 'details'];
      if (notes.suspicionAgainstParents !== undefined) progress.done.push('suspicion');
      if (notes.absenceLabel !== undefined) progress.done.push('absence');
      if (notes.youngerChildAge !== undefined) progress.done.push('youngerChildAge');
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
    const previous = progress.history.pop();
    if (!previous) {
      await dc.context.sendActivity(uiTexts(this.lang(dc)).nav.atFirst);
      return this.ask(dc, progress.pending ?? 'describe');
    }
    progress.done = progress.done.filter((step) => step !== previous);
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
    notes.role ??= profileOf(dc).role ?? roleInText(notes.text);
    progress.municipalityGuess ??= municipalityInText(notes.text, this.services.knowledge);
    if (!progress.done.includes('describe')) progress.done.push('describe');
    await this.raiseRedFlags(dc);
  }

  /** The confirmation card as it stands: what we know, pre-filled. */
  private form(dc: DialogContext): ConfirmForm {
    const progress = progressOf(dc);
    const notes = progress.notes;
    return {
      municipality: profileOf(dc).municipality ?? progress.municipalityGuess,
      role: notes.role,
      childAge: notes.childAge,
      signals: notes.signals ?? [],
      // The explicit red-flag question is asked for every concern without a flag.
      askRedFlag: notes.redFlags.length === 0 || progress.redFlagAnswer !== undefined,
      redFlagAnswer: progress.redFlagAnswer,
      edit: !!progress.edit,
      text: notes.text,
      score: notes.score,
      details: this.details(notes),
    };
  }

  private details(notes: ConcernNotes): Details {
    return Object.fromEntries(DETAIL_FIELDS.map((field) => [field, notes[field]]));
  }

  private async record(dc: DialogContext, step: QuestionId, result: unknown): Promise<void> {
    const progress = progressOf(dc);
    const notes = progress.notes;
    let answered = true;
    switch (step) {
      case 'describe':
        await this.readDescription(dc, (result as string | null) ?? '');
        break;
      case 'confirm':
        answered = await this.saveConfirm(dc, result as ConfirmAnswer);
        break;
      case 'suspicion':
        if (result !== null) notes.suspicionAgainstParents = result as boolean | 'unknown';
        break;
      case 'score':
        if (typeof result === 'number') notes.score = result;
        break;
      case 'signals':
        if (Array.isArray(result)) {
          notes.signals = result as string[];
          notes.signalsConfirmed = true;
        }
        break;
      case 'absence': {
        const answer = result as { percent: number | null; label: string } | null;
        if (answer) {
          notes.absenceLabel = answer.label;
          if (answer.percent !== null) notes.unlawfulAbsencePercent = answer.percent;
          else delete notes.unlawfulAbsencePercent;
        }
        break;
      }
      case 'youngerChildAge':
        if (typeof result === 'number') notes.youngerChildAge = result;
        break;
      case 'details':
        Object.assign(notes, result as Details);
        break;
      default:
        // The single detail questions and the old separate questions are no longer asked.
        break;
    }
    if (!answered) return;
    if (!progress.done.includes(step)) progress.done.push(step);
    progress.history.push(step);
  }

  /** One answer to the confirmation card; true when the card is complete and the questions go on. */
  private async saveConfirm(dc: DialogContext, answer: ConfirmAnswer): Promise<boolean> {
    const progress = progressOf(dc);
    const notes = progress.notes;
    const profile = profileOf(dc);
    if (answer.municipality) {
      profile.municipality = answer.municipality;
      // The acute card was shown for the deployment's municipality before we knew the user's: show the right one.
      if (progress.acuteShownFor && progress.acuteShownFor !== answer.municipality) await this.showAcute(dc);
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
      await this.raiseRedFlags(dc);
    }
    if (answer.redFlag) await this.saveRedFlagAnswer(dc, answer.redFlag);
    return confirmComplete(this.form(dc));
  }

  private async saveRedFlagAnswer(dc: DialogContext, answer: RedFlagAnswer & { choice: string }) {
    const progress = progressOf(dc);
    const notes = progress.notes;
    progress.redFlagAnswer = answer.choice;
    notes.redFlagUnsure = answer.unsure;
    if (answer.flags.length > 0) {
      notes.redFlags = [...new Set<RedFlagId>([...notes.redFlags, ...answer.flags])];
      await this.showAcute(dc);
    }
  }

  /** The next question the answers call for, or undefined when the result can be shown. */
  private nextQuestion(progress: Progress, assessment: Assessment): QuestionId | undefined {
    const notes = progress.notes;
    const done = new Set(progress.done);
    const flagged = notes.redFlags.length > 0;
    if (!done.has('describe')) return 'describe';
    if (!done.has('confirm')) return 'confirm';
    // With a red flag the level is decided: ask whom the suspicion concerns, and skip the score.
    if (flagged && !done.has('suspicion')) return 'suspicion';
    if (!flagged && !done.has('score')) return 'score';
    // Rule 9: the engine says when a school's absence figure decides the duty to notify.
    if (assessment.missing.includes('unlawfulAbsencePercent') && !done.has('absence')) return 'absence';
    if (assessment.missing.includes('youngerChildAge') && !done.has('youngerChildAge'))
      return 'youngerChildAge';
    if (!done.has('details')) return 'details';
    return undefined;
  }

  private async askNext(dc: DialogContext): Promise<DialogTurnResult> {
    const progress = progressOf(dc);
    const assessment = await this.raiseRedFlags(dc);
    const next = this.nextQuestion(progress, assessment);
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
      ...(step === 'details' ? { details: this.details(notes) } : {}),
    };
    return dc.beginDialog(ANSWER_PROMPT, options);
  }

  /**
   * Sends the acute cards, unless this conversation was already shown them for these flags and this
   * municipality (the red-flag watch shows them as soon as a message names a flag); `assessment` when the
   * caller has just assessed the same notes.
   */
  private async showAcute(dc: DialogContext, assessment?: Assessment): Promise<void> {
    const progress = progressOf(dc);
    const municipality = this.municipality(dc);
    const current = assessment ?? assessNotes(progress.notes, municipality, this.services);
    const shown = conversationOf(dc).redFlagsShown ?? [];
    const sameMunicipality = (progress.acuteShownFor ?? municipality) === municipality;
    progress.acuteShownFor = municipality;
    conversationOf(dc).redFlagsShown = [...new Set([...shown, ...current.redFlags])];
    if (sameMunicipality && current.redFlags.every((flag) => shown.includes(flag))) return;
    await dc.context.sendActivities(acuteCards(current, this.services, this.lang(dc)));
  }

  /**
   * Takes the red flags from the engine (text, explicit answers and signals that imply one, such as marks of
   * violence) and shows the acute route as soon as a new one appears.
   */
  private async raiseRedFlags(dc: DialogContext): Promise<Assessment> {
    const notes = progressOf(dc).notes;
    const before = notes.redFlags.length;
    // Storing the engine's flags back does not change its answer: they are the union it already used.
    const assessment = assessNotes(notes, this.municipality(dc), this.services);
    notes.redFlags = assessment.redFlags;
    if (notes.redFlags.length > before) await this.showAcute(dc, assessment);
    return assessment;
  }

  /** The result as one message; the dialog's state (and with it the free texts) ends here. */
  private async finish(dc: DialogContext): Promise<DialogTurnResult> {
    const notes = progressOf(dc).notes;
    await dc.context.sendActivities(
      resultActivities(notes, this.municipality(dc), this.services, this.lang(dc)),
    );
    delete conversationOf(dc).redFlagsShown;
    conversationOf(dc).lastConcern = {
      answers: notes,
      municipality: this.municipality(dc),
      finishedAt: this.services.clock().toISOString(),
    };
    return dc.endDialog();
  }
}

/**
 * A conversation stored mid-dialog by the version before this one (a waterfall named `concernSteps`): its next
 * turn starts the questions again from the description it had, instead of failing on an unknown dialog id.
 */
class EarlierConcernSteps extends Dialog {
  constructor() {
    super('concernSteps');
  }

  private restart(dc: DialogContext): Promise<DialogTurnResult> {
    const values = (dc.activeDialog?.state as { values?: { progress?: { notes?: { text?: unknown } } } })
      ?.values;
    const text = values?.progress?.notes?.text;
    return dc.replaceDialog(QUESTIONS, typeof text === 'string' && text ? { text } : {});
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

/**
 * The concern conversation of DESIGN.md: read the description first, show the acute route at once on a red
 * flag, confirm what the description told us on one card, ask only what is still missing, and end with the
 * result in one message.
 */
export class ConcernDialog extends ComponentDialog {
  /** Built once per app: the user's profile and the conversation come from each turn's state (`turnStateOf`). */
  constructor(private readonly services: BotServices) {
    super(CONCERN_DIALOG);
    this.addDialog(answerPromptFor(services, (context) => turnStateOf(context).user.lang ?? 'da'));
    this.addDialog(new ConcernQuestions(services));
    this.addDialog(new EarlierConcernSteps());
    this.initialDialogId = QUESTIONS;
  }

  /** A red flag named in any message while a question waits joins the concern's answers before it goes on. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const questions = inner.stack.find((instance) => instance.id === QUESTIONS);
    const progress = (questions?.state as { progress?: Progress } | undefined)?.progress;
    const shown = conversationOf(inner).redFlagsShown ?? [];
    if (progress && shown.some((flag) => !progress.notes.redFlags.includes(flag))) {
      progress.notes.redFlags = [...new Set([...progress.notes.redFlags, ...shown])];
      progress.acuteShownFor ??= userMunicipality(profileOf(inner), this.services);
    }
    return super.onContinueDialog(inner);
  }
}
