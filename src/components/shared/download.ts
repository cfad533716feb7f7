/**
 * Files the tools offer (the .ics reminders), made in the browser.
 */
import './solid-hydration';

/**
 * Offer a text file for download. Nothing leaves the browser: a Blob URL, revoked later.
 *
 * @example
 * downloadFile('a.ics', 'BEGIN:VCALENDAR…', 'text/calendar;charset=utf-8');
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
