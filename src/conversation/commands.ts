import type { Lang } from '../cards/labels';
import { normalise, type Reply } from './reply';

export const COMMANDS = [
  'restart',
  'stop',
  'help',
  'changeMunicipality',
  'changeRole',
  'deleteData',
  'checklist',
  'dilemma',
  'english',
  'danish',
  'myCases',
  'editAnswers',
] as const;
export type Command = (typeof COMMANDS)[number];

const TYPED: Record<string, Command> = {
  forfra: 'restart',
  'start forfra': 'restart',
  start: 'restart',
  'ny bekymring': 'restart',
  'new concern': 'restart',
  tjekliste: 'checklist',
  english: 'english',
  'in english': 'english',
  engelsk: 'english',
  'på engelsk': 'english',
  dansk: 'danish',
  'på dansk': 'danish',
  danish: 'danish',
  'in danish': 'danish',
  dilemma: 'dilemma',
  dilemmaer: 'dilemma',
  dilemmaspil: 'dilemma',
  checklist: 'checklist',
  restart: 'restart',
  'start over': 'restart',
  stop: 'stop',
  stopp: 'stop',
  afbryd: 'stop',
  annuller: 'stop',
  cancel: 'stop',
  hjælp: 'help',
  hjaelp: 'help',
  help: 'help',
  'skift kommune': 'changeMunicipality',
  'change municipality': 'changeMunicipality',
  'skift rolle': 'changeRole',
  'change role': 'changeRole',
  'slet mine data': 'deleteData',
  'slet mine oplysninger': 'deleteData',
  'slet data': 'deleteData',
  'delete my data': 'deleteData',
  'mine bekymringer': 'myCases',
  'mine sager': 'myCases',
  'my concerns': 'myCases',
  'my cases': 'myCases',
  'ret svar': 'editAnswers',
  'ret svarene': 'editAnswers',
  'ret mine svar': 'editAnswers',
  'change answers': 'editAnswers',
  'edit answers': 'editAnswers',
};

/** A command typed as the whole message ("forfra", "Stop!") or sent by a card button (`verb: "command"`). */
export function commandOf(reply: Reply): Command | null {
  if (reply.value?.verb === 'command') {
    const command = reply.value.command;
    return typeof command === 'string' && (COMMANDS as readonly string[]).includes(command)
      ? (command as Command)
      : null;
  }
  if (reply.text.trim() === '?') return 'help';
  return TYPED[normalise(reply.text)] ?? null;
}

export interface ExplainerRequest {
  kind: 'afterNotification' | 'forParents';
  lang: Lang;
}

const EXPLAINERS: Record<string, ExplainerRequest> = {
  'efter underretning': { kind: 'afterNotification', lang: 'da' },
  'efter underretningen': { kind: 'afterNotification', lang: 'da' },
  'hvad sker der nu': { kind: 'afterNotification', lang: 'da' },
  'after notification': { kind: 'afterNotification', lang: 'en' },
  'after a notification': { kind: 'afterNotification', lang: 'en' },
  forældre: { kind: 'forParents', lang: 'da' },
  'til forældre': { kind: 'forParents', lang: 'da' },
  'for parents': { kind: 'forParents', lang: 'en' },
  parents: { kind: 'forParents', lang: 'en' },
};

/** »efter underretning«, »forældre« and their English names, typed alone or from the card's language button. */
export function explainerOf(reply: Reply): ExplainerRequest | null {
  const value = reply.value;
  if (value?.verb === 'explainer') {
    const kind =
      value.kind === 'forParents'
        ? 'forParents'
        : value.kind === 'afterNotification'
          ? 'afterNotification'
          : null;
    return kind ? { kind, lang: value.lang === 'en' ? 'en' : 'da' } : null;
  }
  return EXPLAINERS[normalise(reply.text)] ?? null;
}
