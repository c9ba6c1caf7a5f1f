import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A cache file that is trusted only when it is exactly what was written: `[magic][SHA-256 of the payload][payload]`,
 * written to a temporary file and renamed, readable by the owner only. Used by the start-up caches, which must never
 * act on a torn or altered file.
 */
const DIGEST_BYTES = 32;

/** The payload, or undefined when the file is missing, has another magic, or its digest does not match. */
export function readCheckedFile(file: string, magic: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const body = magic.length + DIGEST_BYTES;
  if (bytes.length <= body || !bytes.subarray(0, magic.length).equals(magic)) return undefined;
  const payload = bytes.subarray(body);
  const digest = createHash('sha256').update(payload).digest();
  return digest.equals(bytes.subarray(magic.length, body)) ? payload : undefined;
}

/** Writes the payload under its magic and digest; throws when the folder cannot be written. */
export function writeCheckedFile(file: string, magic: Buffer, payload: Buffer): void {
  const digest = createHash('sha256').update(payload).digest();
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([magic, digest, payload]), { mode: 0o600 });
  renameSync(temporary, file);
}
