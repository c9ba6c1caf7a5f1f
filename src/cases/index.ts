export * from './case';
export * from './schedule';
