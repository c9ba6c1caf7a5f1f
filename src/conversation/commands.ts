import { normalise, type Reply } from './reply';

export const COMMANDS = [
  'restart',
  'stop',
  'help',
  'changeMunicipality',
  'changeRole',
  'deleteData',
  'checklist',
] as const;
export type Command = (typeof COMMANDS)[number];

const TYPED: Record<string, Command> = {
  forfra: 'restart',
  'start forfra': 'restart',
  start: 'restart',
  'ny bekymring': 'restart',
  'new concern': 'restart',
  tjekliste: 'checklist',
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
