/**
 * How many working days the letters' timing advice uses: the numbers that both the
 * date arithmetic (timing.ts) and the sentences (wording.ts) need, kept apart from
 * both so that neither imports the other for them.
 */

/**
 * Working days after hearing the outcome within which to send thanks and a feedback
 * request ("within two or three working days of hearing": the window ends on the third).
 */
export const SEND_WITHIN_WORKING_DAYS = 3;
/** Working days to wait for a reply before sending one chaser. */
export const CHASE_AFTER_WORKING_DAYS = 5;
