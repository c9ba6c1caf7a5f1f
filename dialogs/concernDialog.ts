import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { RedFlagAnswer } from '../src/conversation/answers';
import { looksLikeConcern } from '../src/conversation/answers';
import { ageInText, roleInText } from '../src/conversation/firstMessage';
import type { QuestionId } from '../src/conversation/questions';
import type { RedFlagId, RoleId } from '../src/knowledge/schema';
import { analyseText } from '../src/text';
import { acuteCards, assessNotes, resultActivities, type ConcernNotes } from '../src/turn/results';
import type { Assessment } from '../src/rules';
import type { EditableField } from '../src/draft';
import { userMunicipality, type BotServices } from '../src/turn/services';
import { turnStateOf, type ConversationData, type UserProfile } from '../src/turn/state';
import { ANSWER_PROMPT, answerPromptFor, type AskOptions } from './answerPrompt';

export const CONCERN_DIALOG = 'concernDialog';
const WATERFALL = 'concernSteps';

export interface ConcernDialogOptions {
  /** The message that started the dialog; used as the description when it describes a concern. */
  text?: string;
}

interface Progress {
  notes: ConcernNotes;
  asked: number;
  acuteShownFor?: string;
}

/**
 * The concern conversation of DESIGN.md: read the description first, show the acute route at once on a red
 * flag, then ask only what is still missing, and end with the result cards.
 */
export class ConcernDialog extends ComponentDialog {
  /** Built once per app: the user's profile and the conversation come from each turn's state (`turnStateOf`). */
  constructor(private readonly services: BotServices) {
    super(CONCERN_DIALOG);
    this.addDialog(answerPromptFor(services, (context) => turnStateOf(context).user.lang ?? 'da'));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.describe.bind(this),
        this.readDescription.bind(this),
        this.saveMunicipality.bind(this),
        this.saveRole.bind(this),
        this.saveAge.bind(this),
        this.saveRedFlagCheck.bind(this),
        this.saveSuspicion.bind(this),
        this.saveScore.bind(this),
        this.saveSignals.bind(this),
        this.saveAbsence.bind(this),
        this.saveDetail('observed', 'duration'),
        this.saveDetail('duration', 'actionsTaken'),
        this.saveDetail('actionsTaken', 'parentsSay'),
        this.saveDetail('parentsSay', 'childSays'),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private progress(step: WaterfallStepContext): Progress {
    const values = step.values as { progress?: Progress };
    values.progress ??= { notes: { text: '', redFlags: [] }, asked: 0 };
    return values.progress;
  }

  private profile(dc: { context: TurnContext }): UserProfile {
    return turnStateOf(dc.context).user;
  }

  private conversation(dc: { context: TurnContext }): ConversationData {
    return turnStateOf(dc.context).conversation;
  }

  private municipality(dc: { context: TurnContext }): string {
    return userMunicipality(this.profile(dc), this.services);
  }

  private async ask(step: WaterfallStepContext, id: QuestionId): Promise<DialogTurnResult> {
    const progress = this.progress(step);
    progress.asked += 1;
    const options: AskOptions = {
      step: id,
      childAge: progress.notes.childAge,
      preselectedSignals: progress.notes.signals,
      asked: progress.asked,
      redFlag: progress.notes.redFlags.length > 0,
    };
    return step.beginDialog(ANSWER_PROMPT, options);
  }

  /**
   * Sends the acute cards, unless this conversation was already shown them for these flags and this
   * municipality (the red-flag watch shows them as soon as a message names a flag); `assessment` when the
   * caller has just assessed the same notes.
   */
  private async showAcute(step: WaterfallStepContext, assessment?: Assessment): Promise<void> {
    const progress = this.progress(step);
    const current = assessment ?? assessNotes(progress.notes, this.municipality(step), this.services);
    const shown = this.conversation(step).redFlagsShown ?? [];
    const sameMunicipality = (progress.acuteShownFor ?? this.municipality(step)) === this.municipality(step);
    progress.acuteShownFor = this.municipality(step);
    this.conversation(step).redFlagsShown = [...new Set([...shown, ...current.redFlags])];
    if (sameMunicipality && current.redFlags.every((flag) => shown.includes(flag))) return;
    await step.context.sendActivities(acuteCards(current, this.services, this.profile(step).lang ?? 'da'));
  }

  /** A red flag named in any message while a question waits joins the concern's answers before it goes on. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const steps = inner.stack.find((instance) => instance.id === WATERFALL);
    const progress = (steps?.state as { values?: { progress?: Progress } } | undefined)?.values?.progress;
    const shown = this.conversation(inner).redFlagsShown ?? [];
    if (progress && shown.some((flag) => !progress.notes.redFlags.includes(flag))) {
      progress.notes.redFlags = [...new Set([...progress.notes.redFlags, ...shown])];
      progress.acuteShownFor ??= this.municipality(inner);
    }
    return super.onContinueDialog(inner);
  }

  /**
   * Takes the red flags from the engine (text, explicit answers and signals that imply one, such as marks of
   * violence) and shows the acute route as soon as a new one appears.
   */
  private async raiseRedFlags(step: WaterfallStepContext): Promise<Assessment> {
    const notes = this.progress(step).notes;
    const before = notes.redFlags.length;
    // Storing the engine's flags back does not change its answer: they are the union it already used.
    const assessment = assessNotes(notes, this.municipality(step), this.services);
    notes.redFlags = assessment.redFlags;
    if (notes.redFlags.length > before) await this.showAcute(step, assessment);
    return assessment;
  }

  /** Use the first message as the description when it is one; otherwise ask for it. */
  private async describe(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as ConcernDialogOptions | undefined;
    const text = options?.text ?? '';
    // The waterfall keeps its options for the whole dialog: a first message that is not the concern
    // (a greeting) must not be stored with it.
    if (options) delete options.text;
    if (text && looksLikeConcern(text, this.services.lexicon)) return step.next(text);
    return this.ask(step, 'describe');
  }

  /** Analyse the description: a red flag shows the acute route before any other question. */
  private async readDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const notes = this.progress(step).notes;
    notes.text = (step.result as string | null) ?? '';
    const analysis = analyseText(notes.text, this.services.lexicon);
    notes.signals = [...new Set(analysis.signals.map((hit) => hit.id))];
    notes.childAge ??= ageInText(notes.text);
    // »Jeg er pædagog« in the description answers the role question before it is asked.
    notes.role ??= this.profile(step).role ?? roleInText(notes.text);
    await this.raiseRedFlags(step);
    return this.profile(step).municipality
      ? step.next(this.profile(step).municipality)
      : this.ask(step, 'municipality');
  }

  private async saveMunicipality(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.profile(step).municipality = step.result as string;
    const progress = this.progress(step);
    // The acute card was shown for the deployment's municipality before we knew the user's: show the right one.
    if (progress.acuteShownFor && progress.acuteShownFor !== this.profile(step).municipality)
      await this.showAcute(step);
    const role = this.profile(step).role ?? progress.notes.role;
    return role ? step.next(role) : this.ask(step, 'role');
  }

  private async saveRole(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.profile(step).role = step.result as RoleId;
    this.progress(step).notes.role = this.profile(step).role;
    const notes = this.progress(step).notes;
    return notes.childAge === undefined ? this.ask(step, 'age') : step.next(notes.childAge);
  }

  private async saveAge(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const notes = this.progress(step).notes;
    notes.childAge = step.result as number;
    return notes.redFlags.length > 0 ? step.next(null) : this.ask(step, 'redFlagCheck');
  }

  private async saveRedFlagCheck(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const notes = this.progress(step).notes;
    const answer = step.result as RedFlagAnswer | null;
    if (answer) {
      notes.redFlagUnsure = answer.unsure;
      if (answer.flags.length > 0) {
        notes.redFlags = [...new Set<RedFlagId>([...notes.redFlags, ...answer.flags])];
        await this.showAcute(step);
      }
    }
    return notes.redFlags.length > 0 ? this.ask(step, 'suspicion') : step.next(null);
  }

  /** With a red flag the level is already decided; go straight to the details for the notification. */
  private async saveSuspicion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const notes = this.progress(step).notes;
    if (step.result !== null) notes.suspicionAgainstParents = step.result as boolean | 'unknown';
    return notes.redFlags.length > 0 ? step.next(null) : this.ask(step, 'score');
  }

  private async saveScore(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const notes = this.progress(step).notes;
    if (typeof step.result === 'number') notes.score = step.result;
    return notes.redFlags.length > 0 ? step.next(null) : this.ask(step, 'signals');
  }

  private async saveSignals(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const notes = this.progress(step).notes;
    if (Array.isArray(step.result)) {
      notes.signals = step.result as string[];
      notes.signalsConfirmed = true;
    }
    // Rule 9: the engine says when a school's absence figure decides the duty to notify.
    const { missing } = await this.raiseRedFlags(step);
    return missing.includes('unlawfulAbsencePercent') ? this.ask(step, 'absence') : step.next(null);
  }

  private async saveAbsence(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as { percent: number | null; label: string } | null;
    if (answer) {
      const notes = this.progress(step).notes;
      notes.absenceLabel = answer.label;
      if (answer.percent !== null) notes.unlawfulAbsencePercent = answer.percent;
    }
    return this.ask(step, 'observed');
  }

  /** A step that stores one (skippable) detail for the notification and asks for the next. */
  private saveDetail(field: EditableField, next: QuestionId) {
    return async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
      this.progress(step).notes[field] = step.result as string | null;
      return this.ask(step, next);
    };
  }

  /** The result cards; the dialog's state (and with it the free texts) ends here. */
  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const notes = this.progress(step).notes;
    notes.childSays = step.result as string | null;
    await step.context.sendActivities(
      resultActivities(notes, this.municipality(step), this.services, this.profile(step).lang ?? 'da'),
    );
    delete this.conversation(step).redFlagsShown;
    this.conversation(step).lastConcern = {
      answers: notes,
      municipality: this.municipality(step),
      finishedAt: this.services.clock().toISOString(),
    };
    return step.endDialog();
  }
}
