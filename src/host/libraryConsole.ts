import type { Logger } from 'pino';

/** PEM blocks (public keys in botbuilder's token errors) and stack frames say nothing an operator needs. */
function sanitize(args: unknown[]): string {
  const first = args[0];
  const text = first instanceof Error ? `${first.name}: ${first.message}` : String(first ?? '');
  return (
    text
      .replace(/-----BEGIN [^-]+-----[\s\S]*?-----END [^-]+-----/g, '[key]')
      .split('\n')[0]
      ?.slice(0, 200) ?? ''
  );
}

/**
 * botbuilder and botframework-connector write refused tokens to console.error with stack traces and the
 * channel's public keys. The host sends such output to the structured log as one short line instead.
 * Returns a function that puts console.error back.
 */
/* eslint-disable no-console -- this module exists to take over console.error from the Bot Framework libraries */
export function redirectLibraryConsole(logger: Logger): () => void {
  const original = console.error;
  console.error = (...args: unknown[]) => logger.warn({ event: 'library_message', message: sanitize(args) });
  return () => {
    console.error = original;
  };
}
/* eslint-enable no-console */
