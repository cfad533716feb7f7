/**
 * Filing types the SMS checker matches against (data, not sentences): see ./sms.ts.
 */
import type { FilingType } from '../miit-sms';

/**
 * Filing types that are never verified by SMS (icp-facts §1: only 取消接入 has no SMS): an SMS naming one is suspect.
 *
 * @example
 * NO_SMS_FILING_TYPES.includes('取消接入') // true
 */
export const NO_SMS_FILING_TYPES: readonly FilingType[] = ['取消接入'];
