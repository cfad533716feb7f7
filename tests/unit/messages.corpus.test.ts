/**
 * The interpreter on a corpus of labelled messages written from providers' docs and notices, MIIT texts and filers'
 * reports, varied the way people vary them (tests/fixtures/messages/*.jsonl: one JSON object a line with `kind` and
 * the values expected). The `holdout*.jsonl` sets were each written apart and kept aside while the interpreter was designed.
 * Set CORPUS_REPORT=1 to print per-kind accuracy and every miss.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { interpretMessage, type MessageKind } from '../../src/lib/messages';

interface Labelled {
  id: string;
  kind: MessageKind;
  text: string;
  code?: string;
  filingNumber?: string;
  subjectNumber?: string;
  suspiciousHosts?: string[];
}

const DIR = join(import.meta.dirname, '..', 'fixtures', 'messages');
const load = (f: string): Labelled[] =>
  readFileSync(join(DIR, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);

/** Written while the interpreter was designed (a1, a2). */
const designed = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl') && !f.startsWith('holdout'))
  .flatMap(load);
/** Written apart and kept aside: each was first scored unseen (see the closing notes of issue 20), then kept here. */
const heldOut = readdirSync(DIR)
  .filter((f) => f.startsWith('holdout') && f.endsWith('.jsonl'))
  .flatMap(load);

/** Misreadings that would cost a filing. */
function dangerous(want: MessageKind, got: MessageKind): boolean {
  if (got === 'approved' && want !== 'approved') return true;
  if (got === 'verified' && want === 'verified-others-pending') return true;
  if (want === 'scam' && got !== 'scam') return true;
  if (got === 'scam' && want !== 'scam') return true;
  if (got === 'miit-sms' && want === 'not-a-filing-code') return true;
  return false;
}

function score(rows: Labelled[]) {
  const per = new Map<string, [number, number]>();
  const misses: string[] = [];
  const danger: string[] = [];
  let ok = 0;
  for (const r of rows) {
    const got = interpretMessage(r.text);
    const p = per.get(r.kind) ?? [0, 0];
    p[1]++;
    if (got.kind === r.kind) {
      p[0]++;
      ok++;
    } else {
      const line = `${r.id} want ${r.kind} got ${got.kind} [${got.matched ?? ''}] | ${r.text.replace(/\n/g, '⏎').slice(0, 140)}`;
      misses.push(line);
      if (dangerous(r.kind, got.kind)) danger.push(line);
    }
    per.set(r.kind, p);
  }
  if (process.env.CORPUS_REPORT) {
    console.log(`${ok}/${rows.length} = ${((100 * ok) / rows.length).toFixed(1)} %`);
    for (const [k, [a, b]] of [...per].sort()) console.log(`${k.padEnd(26)} ${a}/${b}`);
    console.log(misses.join('\n'));
  }
  return { accuracy: ok / rows.length, misses, danger };
}

describe('the labelled corpus', () => {
  test('has at least 300 messages and every kind', () => {
    expect(designed.length).toBeGreaterThanOrEqual(300);
  });

  test('is read right at least 95 % of the time, with no dangerous misreading', () => {
    const { accuracy, danger } = score(designed);
    expect(danger).toEqual([]);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  test('the kept-aside messages too', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(40);
    const { accuracy, danger } = score(heldOut);
    expect(danger).toEqual([]);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  test('the values a message gives are read: code, numbers, look-alike hosts', () => {
    const wrong: string[] = [];
    for (const r of [...designed, ...heldOut]) {
      const got = interpretMessage(r.text);
      if (got.kind !== r.kind) continue;
      if (r.code && r.kind !== 'scam' && got.code !== r.code) wrong.push(`${r.id} code ${got.code} ≠ ${r.code}`);
      if (r.suspiciousHosts && r.suspiciousHosts.join() !== got.suspiciousHosts.join())
        wrong.push(`${r.id} hosts ${got.suspiciousHosts.join()} ≠ ${r.suspiciousHosts.join()}`);
    }
    expect(wrong).toEqual([]);
  });
});
