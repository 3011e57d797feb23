// Periods longer than a month and how KPIs add up over them: one import for the year plan and the round review.
export * from './period';
export * from './parse';
export * from './aggregate';
export * from './summary';
export * from './trend';
export * from './ga4-request';
export * from './sources';
