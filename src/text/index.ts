export * from './analyse';
export * from './cpr';
export { stem, tokenize } from './tokens';
