export * from './case';
export * from './schedule';
export * from './observation';
