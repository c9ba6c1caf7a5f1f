import { CardFactory, type MessagingExtensionResult, type TurnContext } from 'botbuilder';
import type { Query } from '@microsoft/teams-ai';
import { sourcesText } from '../cards/viewModels';
import { renderCard } from '../cards/render';
import { GuideSearch, guideEntries, type GuideEntry } from '../search/guideSearch';
import { userMunicipality, type BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';

/** Shown before anything is typed: what matters most, first. */
const STARTERS = ['tvivl underretter', 'politi', 'skriftlig underretning trin', 'tavshedspligt'];

/** The messaging extension: search the guide from any compose box and insert a compact card with its source. */
export function searchRoutes(services: BotServices) {
  // Built at the first search, not at start-up: the index is some 25 ms of CPU that a start's first message does
  // not need (issue 16's cold start).
  let built: GuideSearch | undefined;
  const search = (): GuideSearch => (built ??= new GuideSearch(guideEntries(services.knowledge)));

  const attachment = (entry: GuideEntry) => {
    const municipality = entry.municipality
      ? services.knowledge.municipalities.get(entry.municipality)?.name
      : undefined;
    const card = renderCard('guidance', {
      kind: entry.kind,
      scope: municipality ?? 'Hele landet',
      title: entry.title,
      text: entry.text,
      sources: sourcesText([entry], services.knowledge),
    });
    return {
      ...CardFactory.adaptiveCard(card),
      preview: CardFactory.thumbnailCard(entry.title, `${entry.kind}: ${entry.text.slice(0, 120)}`),
    };
  };

  // Every search command is answered with the guide: a command id from an older or edited manifest must not
  // fall through to the message routes and post a notice into the chat at every keystroke.
  return async (
    _context: TurnContext,
    state: AppTurnState,
    query: Query<Record<string, unknown>>,
  ): Promise<MessagingExtensionResult> => {
    const municipality = userMunicipality(state.user, services);
    const text = String(query.parameters.query ?? '')
      .trim()
      .slice(0, 200);
    const count = Math.min(Math.max(query.count || 10, 1), 25);
    const results = text
      ? search()
          .search(text, municipality, count + (query.skip ?? 0))
          .slice(query.skip ?? 0)
      : STARTERS.flatMap((starter) => search().search(starter, municipality, 1)).slice(0, count);
    return { type: 'result', attachmentLayout: 'list', attachments: results.map(attachment) };
  };
}
