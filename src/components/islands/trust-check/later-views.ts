/** The views the reader reaches last, with the scoring; loaded on demand to keep the first load small. */
export { describeResult, scoreAnswers } from '../../../lib/trust/score';
export { TrustReview } from './TrustReview';
export { TrustResult } from './TrustResult';
