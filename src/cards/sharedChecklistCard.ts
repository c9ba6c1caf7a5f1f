import { danishDateTime, inDenmark } from '../dates';
import type { Knowledge } from '../knowledge/schema';
import type { SharedChecklist } from '../checklists/checklists';
import { sourcesText } from './viewModels';

export interface SharedChecklistCardModel {
  checklistId: string;
  participants: string[];
  title: string;
  subtitle: string;
  items: { id: string; text: string; mark: string; by: string }[];
  progress: string;
  sources: string;
}

/** The one card everyone in the conversation sees: each item with its tick and who set it. */
export function sharedChecklistCardModel(
  checklist: SharedChecklist,
  knowledge: Knowledge,
): SharedChecklistCardModel {
  const municipality = knowledge.municipalities.get(checklist.municipality)?.name ?? checklist.municipality;
  const done = checklist.items.filter((item) => checklist.ticks[item.id]).length;
  return {
    checklistId: checklist.id,
    participants: checklist.participants,
    title: checklist.title,
    subtitle: `${municipality} · fælles tjekliste: tryk på et punkt for at sætte eller fjerne et flueben`,
    items: checklist.items.map((item) => {
      const tick = checklist.ticks[item.id];
      return {
        id: item.id,
        text: item.text,
        mark: tick ? '☑' : '☐',
        by: tick ? `${tick.name}, ${danishDateTime(inDenmark(tick.at)).replace(/^\w+ den /, '')}` : '',
      };
    }),
    progress: `${done} af ${checklist.items.length} klaret`,
    sources: sourcesText(checklist.items, knowledge),
  };
}
