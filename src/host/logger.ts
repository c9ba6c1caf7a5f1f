import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { maskCpr } from '../text';

/**
 * JSON logs without message content: activities are never logged whole, and any field that could carry
 * text is redacted on the way out as a second line of defence.
 */
export function createLogger(
  destination?: DestinationStream,
  level = process.env.LOG_LEVEL ?? 'info',
): Logger {
  return pino(
    {
      level,
      base: { service: 'handleguide' },
      redact: {
        paths: [
          'text',
          'value',
          'body',
          'comment',
          'activity',
          '*.text',
          '*.value',
          '*.body',
          '*.comment',
          '*.activity',
        ],
        censor: '[fjernet]',
      },
    },
    destination,
  );
}

/** A stable, short stand-in for a conversation id, so log lines can be grouped without the id itself. */
export function pseudonym(id: string | undefined): string | undefined {
  return id ? createHash('sha256').update(id).digest('hex').slice(0, 12) : undefined;
}

/** An error's name and message, CPR-masked: the message of a failing parser could quote input. */
export function errorSummary(error: unknown): { name: string; message: string } {
  if (!(error instanceof Error)) return { name: 'UnknownError', message: '' };
  return { name: error.name, message: maskCpr(error.message).text.slice(0, 300) };
}
