/**
 * The SMS receipt time typed in the 短信核验截止 calculator (or taken from a pasted SMS in 短信核验信息自查), shared
 * with the 结果同步 calculator on the same page so that its 核验完成时间 starts from it: a `datetime-local` value, ''
 * when empty. Islands read it through `useClock().smsReceived` (./clock.ts), which waits until the island has mounted.
 */
import { createSignal } from 'solid-js';
import './solid-hydration';

const [smsReceived, setSmsReceived] = createSignal('');

/**
 * The shared value as it is now (read it through useClock in a component, so that hydration sees the server's '').
 *
 * @example
 * setSmsReceived('2026-12-05T09:30'); sharedSmsReceived() // '2026-12-05T09:30'
 */
export const sharedSmsReceived = smsReceived;

/**
 * Set the shared SMS receipt time ('' to clear).
 *
 * @example
 * setSmsReceived('2026-12-05T09:30');
 */
export { setSmsReceived };
