export * from './answers';
export * from './draft';
export * from './objectivity';
