/**
 * The facts a filer acts on, on every English page: the corrections of facts.test.ts (which reads the Chinese
 * wording), in the English wording, plus what stale English pages elsewhere get wrong (the old MIIT address, "1–2
 * months", "ICP preparation number"). The tools' islands are left out: their words are checked with the tools.
 */
import { describe, expect, test } from 'vitest';
import { localeOf } from '../../locales';
import { builtPages, documentOf } from './site';

const pages = builtPages().filter((p) => localeOf(p) === 'en' && p !== '/en/404/');
const provincePage = (path: string) => /^\/en\/provinces\//.test(path);

/** The page's text as a reader reads it, without the tools' islands, scripts and styles. */
function pageText(doc: Document): string {
  const body = (doc.querySelector('main') ?? doc.body).cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('astro-island, script, style, template')) el.remove();
  for (const el of body.querySelectorAll('p, li, td, th, h1, h2, h3, h4, h5, h6, div, br, pre')) {
    el.append(doc.createTextNode('\n'));
  }
  return (body.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ');
}

/** Wording that states something no source says, with what the sources say instead. */
const WRONG: [RegExp, string][] = [
  [
    /24 hours[^.\n]{0,40}\bfrom (?:the moment |when )?(?:it is |it was |the SMS (?:is |was )?)?sent\b/i,
    'the 24 hours count from receipt (JD, Tencent, Huawei), not from sending',
  ],
  [/\babout 5 minutes\b/i, 'the SMS usually arrives 5–10 minutes after submission (JD’s current doc)'],
  [/Huawei[^.\n]{0,40}resend[^.\n]{0,20}\b(?:2|two)\b/i, 'Huawei gives no resend count; JD and Aliyun say 2'],
  [/accepts? both (?:bracket )?forms/i, 'no source says the verification page accepts both bracket forms'],
  [/\b1[–-]2 months\b/, 'no source gives 1–2 months: preliminary review 1–3 and bureau review 1–20 working days'],
  [/ICP preparation/i, 'a 备案号 is an ICP filing number, not an “ICP preparation number”'],
  [/\b(?:build time|at build|recognition rules of this tool)\b/i, 'developer words do not belong on a reader’s page'],
];

describe.each(pages)('%s', (path) => {
  const doc = documentOf(path);
  const text = pageText(doc);

  test('says none of the corrected wrong facts, links no dead or deprecated address', () => {
    const found = WRONG.flatMap(([re, why]) => {
      const m = text.match(re);
      return m ? [`“${text.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 20)}”: ${why}`] : [];
    });
    for (const a of doc.querySelectorAll('main a[href]')) {
      const href = decodeURIComponent(a.getAttribute('href')!);
      if (/弃用文档/.test(href) && !provincePage(path) && path !== '/en/provinces/') {
        found.push(`links a deprecated page: ${href}`);
      }
      if (/beian\.gov\.cn\/portal/.test(href)) found.push(`links the old public security platform: ${href}`);
      if (/miibeian\.gov\.cn/.test(href)) found.push(`links the old MIIT address: ${href}`);
    }
    expect(found, path).toEqual([]);
  });

  test('footer examples link an ICP filing number to beian.miit.gov.cn', () => {
    for (const a of doc.querySelectorAll('main a[href]')) {
      if (/^[\u4e00-\u9fff]ICP备\d+号/.test(a.textContent?.trim() ?? '')) {
        expect(a.getAttribute('href'), path).toBe('https://beian.miit.gov.cn/');
      }
    }
  });
});

test('each wrong wording is caught in a sentence that says it', () => {
  const said = [
    'You have 24 hours from the moment it is sent.',
    'The SMS arrives in about 5 minutes.',
    'Huawei Cloud lets you resend the SMS 2 times.',
    'The page accepts both bracket forms.',
    'Filing takes 1–2 months.',
    'Your Beijing ICP preparation number.',
    'This is checked at build time.',
  ];
  said.forEach((s, i) => expect(WRONG[i]![0].test(s), s).toBe(true));
  expect(WRONG.some(([re]) => re.test('You have 24 hours from receiving the SMS.'))).toBe(false);
});
