// The round review for the director: the CLI's one import of it.
export { buildRoundReview, type RoundInput, type RoundReview } from './build';
export { buildGa4RoundRequests, ga4RoundRecords, type Ga4RoundPlan } from './ga4';
export { AGREED_ROWS } from './director-form';
