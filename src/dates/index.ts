export * from './calendar';
export * from './copenhagen';
export * from './openingHours';
export * from './deadlines';
