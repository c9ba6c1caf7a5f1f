import { danishDateTime, inDenmark } from '../dates';
import type { Knowledge } from '../knowledge/schema';
import type { SharedChecklist } from '../checklists/checklists';
import { sourcesText } from './viewModels';
import { languageOf, fill, uiTexts, type UiTexts } from '../i18n/uiTexts';

export interface SharedChecklistCardModel {
  t: UiTexts['sharedChecklist'];
  checklistId: string;
  participants: string[];
  title: string;
  subtitle: string;
  items: { id: string; text: string; mark: string; by: string }[];
  progress: string;
  sources: string;
}

/**
 * The one card everyone in the conversation sees: each item with its tick and who set it, in the language of the
 * one who asked for it (the items come from knowledge/ and stay Danish).
 */
export function sharedChecklistCardModel(
  checklist: SharedChecklist,
  knowledge: Knowledge,
): SharedChecklistCardModel {
  const municipality = knowledge.municipalities.get(checklist.municipality)?.name ?? checklist.municipality;
  const done = checklist.items.filter((item) => checklist.ticks[item.id]).length;
  const t = uiTexts(languageOf(checklist.lang)).sharedChecklist;
  return {
    t,
    checklistId: checklist.id,
    participants: checklist.participants,
    title: checklist.title,
    subtitle: fill(t.subtitle, { municipality }),
    items: checklist.items.map((item) => {
      const tick = checklist.ticks[item.id];
      return {
        id: item.id,
        text: item.text,
        mark: tick ? '☑' : '☐',
        by: tick ? `${tick.name}, ${danishDateTime(inDenmark(tick.at)).replace(/^\w+ den /, '')}` : '',
      };
    }),
    progress: fill(t.progress, { done, total: checklist.items.length }),
    sources: sourcesText(checklist.items, knowledge),
  };
}
