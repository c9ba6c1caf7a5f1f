export * from './calendar';
export * from './openingHours';
export * from './deadlines';
