import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { QuestionCardModel } from '../src/cards/questionCard';
import { replyOf, type Parsed, type Reply } from '../src/conversation/reply';
import { questionCard, type QuestionId } from '../src/conversation/questions';
import type { Knowledge } from '../src/knowledge/schema';
import { cardActivity } from '../src/turn/replies';
import type { Lang } from '../src/cards/labels';
import { helpText } from '../src/conversation/help';
import { looksLikeDescription } from '../src/conversation/answers';
import type { BotServices } from '../src/turn/services';
import { turnStateOf } from '../src/turn/state';
import { answerParsers } from './parsers';
import { normalise } from '../src/conversation/reply';
import type { ConfirmForm, Details } from '../src/conversation/confirm';
import { confirmCardModel, detailsCardModel } from '../src/conversation/formCards';
import { uiTexts } from '../src/i18n/uiTexts';

export const ANSWER_PROMPT = 'answerPrompt';

/** Questions answered in a word or a number; a whole description typed there is something else. */
const SHORT_ANSWERS = new Set<QuestionId>([
  'municipality',
  'role',
  'age',
  'redFlagCheck',
  'suspicion',
  'score',
  'signals',
  'absence',
  'youngerChildAge',
  'confirm',
]);

/** »tilbage« typed at any question (or its button) goes one question back. */
const BACK_WORDS = /^(tilbage|gå tilbage|ga tilbage|back|go back|forrige|previous)$/;

/** »tilbage« typed (as the whole message). */
export const isBackWord = (text: string): boolean => BACK_WORDS.test(normalise(text));

/** What the prompt ends with when the user asks to go back instead of answering. */
export const BACK = { back: true } as const;
export const isBack = (result: unknown): result is typeof BACK =>
  typeof result === 'object' && result !== null && (result as { back?: unknown }).back === true;

/** What a question needs to be (re)built: in the user's current language, so »english« mid-dialog applies at once. */
export interface AskOptions {
  step: QuestionId;
  childAge?: number;
  preselectedSignals?: string[];
  /** Its number in the conversation, shown as »Spørgsmål N«. */
  asked?: number;
  /** The concern has a red flag: questions about the parents come with a caution. */
  redFlag?: boolean;
  /** There is an earlier question to go back to: the card gets »Tilbage«. */
  canGoBack?: boolean;
  /** The confirmation card: what the description told us, pre-filled. */
  form?: ConfirmForm;
  /** The details card: what was written before (going back, »Ret svar«). */
  details?: Details;
}

type Parsers = Record<
  QuestionId,
  (reply: Reply, card: QuestionCardModel, options: AskOptions) => Parsed<unknown>
>;

function activeInstance(dc: DialogContext): DialogInstance {
  if (!dc.activeDialog) throw new Error('AnswerPrompt ran without an active dialog instance');
  return dc.activeDialog;
}

/**
 * Asks one question as a card and accepts either the card's submit or a typed answer. botbuilder's own
 * prompts re-prompt on a card submit (it has no text) and skip the re-prompt once anything else was sent in
 * the turn (a CPR warning), so this prompt owns both: an answer that does not parse gets help and the card again.
 */
export class AnswerPrompt extends Dialog<AskOptions> {
  constructor(
    private readonly parsers: Parsers,
    private readonly knowledge: Knowledge,
    /** The user's language in the turn at hand (the prompt is built once and serves every turn). */
    private readonly lang: (context: TurnContext) => Lang,
    /** A typed message that describes a (new) concern rather than answering a short question. */
    private readonly isDescription: (text: string) => boolean = () => false,
  ) {
    super(ANSWER_PROMPT);
  }

  private progress(context: TurnContext, options: AskOptions): string {
    return options.asked ? `${uiTexts(this.lang(context)).nav.question} ${options.asked}` : '';
  }

  private card(context: TurnContext, options: AskOptions): QuestionCardModel {
    const lang = this.lang(context);
    const card = questionCard(options.step, { knowledge: this.knowledge, ...options, lang });
    const back = options.canGoBack
      ? { title: uiTexts(lang).nav.back, data: { verb: 'answer' as const, step: options.step, back: true } }
      : null;
    return { ...card, progress: this.progress(context, options), back };
  }

  private send(context: TurnContext, options: AskOptions) {
    const lang = this.lang(context);
    const progress = this.progress(context, options);
    if (options.step === 'confirm' && options.form) {
      // »skift kommune« / »skift rolle« while the card waits: it shows the new choice when asked again.
      const { user } = turnStateOf(context);
      const form = { ...options.form, municipality: user.municipality ?? options.form.municipality };
      if (user.role && !options.form.edit) form.role = user.role;
      const model = confirmCardModel(form, this.knowledge, lang, progress, !!options.canGoBack);
      return context.sendActivity(cardActivity('confirm', model, lang));
    }
    if (options.step === 'details') {
      const model = detailsCardModel(options.details, lang, progress, !!options.redFlag, !!options.canGoBack);
      return context.sendActivity(cardActivity('details', model, lang));
    }
    return context.sendActivity(cardActivity('question', this.card(context, options), lang));
  }

  private help(context: TurnContext, key: Parameters<typeof helpText>[0]): string {
    return helpText(
      key,
      this.lang(context),
      [...this.knowledge.municipalities.values()].map((m) => m.name),
    );
  }

  override async beginDialog(dc: DialogContext, options?: AskOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('AnswerPrompt needs the question to ask');
    activeInstance(dc).state = { options };
    await this.send(dc.context, options);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const { options } = activeInstance(dc).state as { options: AskOptions };
    const reply = replyOf(dc.context);
    if (reply.value?.back === true || (!reply.value && isBackWord(reply.text))) {
      return dc.endDialog(BACK);
    }
    if (reply.value?.verb === 'answer' && reply.value.step !== options.step) {
      await dc.context.sendActivity(this.help(dc.context, 'staleCard'));
      await this.send(dc.context, options);
      return Dialog.EndOfTurn;
    }
    if (!reply.value && SHORT_ANSWERS.has(options.step) && this.isDescription(reply.text)) {
      // »Nu er jeg bekymret for en anden pige på 5 år …« at the age question must not become this child's age.
      // A »${« typed by the user must not look like a template expression to the card renderer.
      const description = reply.text.replace(/\$\{/g, '$ {');
      await dc.context.sendActivity(cardActivity('newConcern', { description }, this.lang(dc.context)));
      await this.send(dc.context, options);
      return Dialog.EndOfTurn;
    }
    const parsed = this.parsers[options.step](reply, this.card(dc.context, options), options);
    if (parsed.ok) return dc.endDialog(parsed.value);
    await dc.context.sendActivity(this.help(dc.context, parsed.help));
    await this.send(dc.context, options);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const { options } = instance.state as { options: AskOptions };
    await this.send(context, options);
  }
}

/** The title of the question a dialog stack is waiting on, for the help card. */
export function pendingQuestion(dc: DialogContext, knowledge: Knowledge, lang: Lang): string {
  let context: DialogContext | undefined = dc;
  while (context?.child) context = context.child;
  const state = context?.activeDialog?.state as { options?: AskOptions } | undefined;
  if (context?.activeDialog?.id !== ANSWER_PROMPT || !state?.options) return '';
  return questionCard(state.options.step, { knowledge, lang }).title;
}

/** The prompt as every dialog of the bot uses it: the bot's parsers, and a new description recognised as such. */
export function answerPromptFor(services: BotServices, lang: (context: TurnContext) => Lang): AnswerPrompt {
  return new AnswerPrompt(answerParsers(services), services.knowledge, lang, (text) =>
    looksLikeDescription(text, services.lexicon),
  );
}
