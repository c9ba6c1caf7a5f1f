export * from './assess';
export * from './assessment';
export * from './concern';
export * from './roles';
