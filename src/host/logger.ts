import pino, { type DestinationStream, type Logger } from 'pino';

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
