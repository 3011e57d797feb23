// The Bitrix24 CRM import's public face for the CLI (and, later, the add-on): requests, answers, faults, the run.
export * from './requests';
export * from './parse';
export * from './failure';
export * from './run';
export * from './paging';
export * from './month-data';
export * from './types';
export * from './sheet';
export * from './review-rows';
