import { languageOf } from '../i18n/uiTexts';
import { TurnContext } from 'botbuilder';
import { checkLabel } from '../cases';
import { inDenmark } from '../dates';
import { assessNotes } from '../turn/results';
import type { BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import { referenceOf, type StoredCase } from './caseDocuments';
import type { CaseStore } from './caseStore';

/**
 * Saves the conversation's finished concern as a case (the same activity again returns the case saved the first
 * time) and ties the concern to it, so its draft takes the case's observations and a leader's answer lands on it.
 * Undefined when there is no finished concern.
 */
export async function saveConcernAsCase(
  context: TurnContext,
  state: AppTurnState,
  services: BotServices,
  store: CaseStore,
  typedLabel: string | undefined,
  auto = false,
): Promise<{ saved: StoredCase | 'full'; checked: ReturnType<typeof checkLabel> } | undefined> {
  const concern = state.conversation.lastConcern;
  if (!concern) return undefined;
  const now = services.clock();
  const checked = checkLabel(typedLabel?.trim() || `Bekymring ${inDenmark(now).toFormat('d.M.yyyy')}`);
  // Saved already by the guide (for a leader's answer): the user's own save names that case, no second one.
  const earlier = concern.caseId ? await store.find(context.activity.from.id, concern.caseId) : undefined;
  if (earlier?.case.autoSaved && !auto) {
    const adopted = await store.adopt(context.activity.from.id, earlier.case.id, checked.label, now);
    if (adopted) return { saved: adopted, checked };
  }
  const assessment = assessNotes(concern.answers, concern.municipality, services);
  const role = concern.answers.role ?? state.user.role;
  const saved = await store.save(
    context.activity.from.id,
    {
      case: {
        label: checked.label,
        municipality: concern.municipality,
        level: assessment.level,
        redFlags: assessment.redFlags,
        ...(role ? { role } : {}),
        ...(auto ? { autoSaved: true } : {}),
      },
      answers: concern.answers,
    },
    referenceOf(TurnContext.getConversationReference(context.activity)),
    languageOf(state.user.lang),
    now,
    context.activity.id,
  );
  if (saved !== 'full') state.conversation.lastConcern = { ...concern, caseId: saved.case.id };
  return { saved, checked };
}
