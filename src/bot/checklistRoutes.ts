import type { Storage, TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { replyOf } from '../conversation/reply';
import { buildChecklist, checklistKinds } from '../checklists/checklists';
import { sharedChecklistCardModel } from '../cards/sharedChecklistCard';
import { ChecklistStore } from './checklistStore';
import { cardActivity, cardMessage, invokeCard, noticeCard } from '../turn/replies';
import { userMunicipality, type BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import type { ExecuteHandler } from './routes';
import { languageOf, uiTexts } from '../i18n/uiTexts';
import { rememberShared } from './sharedTraces';

const ChooseSubmit = z.looseObject({ verb: z.literal('sharedChecklist'), kind: z.string().min(1).max(64) });
const TickData = z.looseObject({ checklistId: z.uuid(), itemId: z.string().min(1).max(16) });
const RefreshData = z.looseObject({ checklistId: z.uuid() });

export interface ChecklistRouteDeps {
  services: BotServices;
  storage: Storage;
}

/** The chooser card for »tjekliste« in a shared conversation (or in a 1:1 chat without a finished concern). */
export function checklistChooserActivity(state: AppTurnState, services: BotServices) {
  const municipality = userMunicipality(state.user, services);
  const kinds = checklistKinds(municipality, services.knowledge);
  const lang = languageOf(state.user.lang);
  return cardActivity(
    'checklistChooser',
    {
      t: uiTexts(lang).sharedChecklist,
      municipalityName: services.knowledge.municipalities.get(municipality)?.name ?? municipality,
      kinds,
      first: kinds[0]?.kind ?? '',
    },
    lang,
  );
}

/** Shared checklists: posted by a submit, ticked through Universal Actions so every participant sees one card. */
export function checklistRoutes({ services, storage }: ChecklistRouteDeps) {
  const store = new ChecklistStore(storage);
  const card = (checklist: Parameters<typeof sharedChecklistCardModel>[0]) =>
    invokeCard('sharedChecklist', sharedChecklistCardModel(checklist, services.knowledge), checklist.lang);
  /** A notice to the one who tapped, in their language. */
  const notice = (context: TurnContext, state: AppTurnState, kind: 'gone' | 'invalid') => {
    const lang = languageOf(state.user.lang);
    const t = uiTexts(lang).sharedChecklist;
    return kind === 'gone'
      ? noticeCard(t.gone, t.goneText, lang)
      : noticeCard(t.invalid, t.invalidText, lang);
  };

  async function choose(context: TurnContext, state: AppTurnState): Promise<void> {
    const submit = ChooseSubmit.safeParse(replyOf(context).value);
    const municipality = userMunicipality(state.user, services);
    const definition = submit.success
      ? buildChecklist(submit.data.kind, municipality, services.knowledge, services.clock())
      : undefined;
    if (!definition) {
      await context.sendActivity(
        cardActivity('notice', {
          title: uiTexts(languageOf(state.user.lang)).notices.unknownChecklistTitle,
          text: uiTexts(languageOf(state.user.lang)).notices.unknownChecklistText,
        }),
      );
      return;
    }
    // The card speaks the asker's language to everyone who ticks it.
    const lang = languageOf(state.user.lang);
    const checklist = await store.create(definition, municipality, services.clock(), lang);
    await context.sendActivity(cardMessage(card(checklist)));
  }

  const onTick: ExecuteHandler = async (context, state, data) => {
    const tick = TickData.safeParse(data);
    if (!tick.success) return notice(context, state, 'invalid');
    const user = { id: context.activity.from.id, name: context.activity.from.name ?? 'En kollega' };
    const checklist = await store.toggle(tick.data.checklistId, tick.data.itemId, user, services.clock());
    if (checklist) rememberShared(state, 'checklists', checklist.id);
    if (!checklist) return notice(context, state, 'gone');
    return card(checklist);
  };

  const onRefresh: ExecuteHandler = async (context, state, data) => {
    const refresh = RefreshData.safeParse(data);
    const checklist = refresh.success ? await store.find(refresh.data.checklistId) : undefined;
    if (!checklist) return notice(context, state, 'gone');
    return card(checklist);
  };

  return { choose, tick: onTick, refresh: onRefresh };
}
