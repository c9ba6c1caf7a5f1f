import { createHash } from 'node:crypto';
import { maskCpr } from '../text';

// What a log line may say about a turn or a failure without its content; the logger itself is the host's.

/** A stable, short stand-in for a conversation id, so log lines can be grouped without the id itself. */
export function pseudonym(id: string | undefined): string | undefined {
  return id ? createHash('sha256').update(id).digest('hex').slice(0, 12) : undefined;
}

/** An error's name and message, CPR-masked: the message of a failing parser could quote input. */
export function errorSummary(error: unknown): { name: string; message: string } {
  if (!(error instanceof Error)) return { name: 'UnknownError', message: '' };
  return { name: error.name, message: maskCpr(error.message).text.slice(0, 300) };
}
