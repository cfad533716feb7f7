import { test } from 'vitest';
import { events, clauses, lineTags, reasonSpans } from '../../src/lib/messages/events';
import { parseMiitSms } from '../../src/lib/miit-sms';
import { normalizeText, wordFinder } from '../../src/lib/text';
import { findFilingNumbers, findLicence, findPoliceNumber } from '../../src/lib/messages/numbers';
import { interpretMessage } from '../../src/lib/messages';
test('prof', () => {
  const raw = 'a.b'.repeat(333334);
  for (let k = 0; k < 2; k++) {
  let t0 = performance.now();
  const lap = (l: string) => { const t = performance.now(); if (k) console.log('P', l, (t - t0).toFixed(1)); t0 = t; };
  const n = normalizeText(raw); lap('norm');
  wordFinder(n); lap('wf');
  parseMiitSms(n, true); lap('sms');
  findFilingNumbers(n, 10); findLicence(n); findPoliceNumber(n); lap('numbers');
  clauses(n); lap('clauses'); lineTags(n); reasonSpans(n); lap('tags+reasons');
  events(n, { code: null, isMiitSms: false }); lap('events');
  interpretMessage(raw); lap('interpret');
  }
});
