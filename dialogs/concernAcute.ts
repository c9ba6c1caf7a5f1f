import type { DialogContext } from 'botbuilder-dialogs';
import type { ConcernProgress } from '../src/conversation/concernProgress';
import type { Assessment } from '../src/rules';
import { acuteCards, assessNotes, missingInNotes } from '../src/turn/results';
import type { BotServices } from '../src/turn/services';
import { recordAcuteShown } from '../src/turn/turnRecord';
import { conversationOf, langOf, municipalityOf } from './concernTurn';

/**
 * Sends the acute cards, unless this conversation was already shown them for these flags and this
 * municipality (the red-flag watch shows them as soon as a message names a flag).
 */
export async function showAcute(
  dc: DialogContext,
  progress: ConcernProgress,
  services: BotServices,
): Promise<void> {
  const municipality = municipalityOf(dc.context, services);
  const current = assessNotes(progress.notes, municipality, services);
  const conversation = conversationOf(dc.context);
  const shown = conversation.redFlagsShown ?? [];
  const sameMunicipality = (progress.acuteShownFor ?? municipality) === municipality;
  progress.acuteShownFor = municipality;
  if (sameMunicipality && current.redFlags.every((flag) => shown.includes(flag))) {
    conversation.redFlagsShown = [...new Set([...shown, ...current.redFlags])];
    return;
  }
  recordAcuteShown(dc.context, conversation, current.redFlags);
  await dc.context.sendActivities(acuteCards(current, services, langOf(dc.context)));
}

/**
 * Takes the red flags from the engine (text, explicit answers and signals that imply one, such as marks of
 * violence) and shows the acute route as soon as a new one appears; returns what the next question depends on
 * (the whole assessment is made only for the acute cards and the result).
 */
export async function raiseRedFlags(
  dc: DialogContext,
  progress: ConcernProgress,
  services: BotServices,
): Promise<Pick<Assessment, 'redFlags' | 'missing'>> {
  const notes = progress.notes;
  const before = notes.redFlags.length;
  // Storing the engine's flags back does not change its answer: they are the union it already used.
  const needed = missingInNotes(notes, municipalityOf(dc.context, services), services);
  notes.redFlags = needed.redFlags;
  if (notes.redFlags.length > before) await showAcute(dc, progress, services);
  return needed;
}
