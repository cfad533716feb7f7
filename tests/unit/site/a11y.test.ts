/**
 * Accessibility checks that need no browser, on every built page of both languages: what differs from page to page
 * made from the same template (the words, the links, the headings, the ids), so that the browser suite can check each
 * template on a sample of its pages (tests/e2e/template-samples.ts) with axe, whose colour contrast needs a browser.
 * The same rules as axe's of the same name, read from the HTML as built (islands as the server renders them).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { builtPages, documentOf } from './site';

/** axe's duplicate-id-aria, duplicate-id-active, duplicate-id: every id once. */
function duplicateIds(doc: Document): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const el of doc.querySelectorAll('[id]')) (seen.has(el.id) ? twice : seen).add(el.id);
  return [...twice].map((id) => `id "${id}" is used more than once`);
}

const IDREF_ATTRIBUTES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'list'];

/** aria-valid-attr-value, label: every id an attribute refers to, and every in-page link's target, exists. */
function missingTargets(doc: Document): string[] {
  const found: string[] = [];
  const exists = (id: string) => doc.getElementById(id) !== null;
  for (const attr of IDREF_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(`[${attr}]`)) {
      for (const id of el.getAttribute(attr)!.split(/\s+/).filter(Boolean)) {
        if (!exists(id)) found.push(`${el.tagName.toLowerCase()}[${attr}] names "${id}", which is not on the page`);
      }
    }
  }
  for (const a of doc.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
    if (id && !exists(id)) found.push(`a link to "#${id}", which is not on the page`);
  }
  return found;
}

/** The name a link or button gets from its content and attributes (enough for static HTML: no CSS is read). */
function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  const text = [copy.textContent ?? '', ...[...copy.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt'))]
    .join(' ')
    .trim();
  return text || el.getAttribute('title')?.trim() || '';
}

/** link-name, button-name, image-alt: every link and button is named, every image has its alt text. */
function unnamed(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('a[href], button, [role="button"], [role="link"]')) {
    if (el.closest('[hidden], template, [aria-hidden="true"]')) continue;
    if (!accessibleName(el)) found.push(`${el.outerHTML.slice(0, 120)} has no name`);
  }
  for (const img of doc.querySelectorAll('img:not([alt])')) found.push(`${img.outerHTML.slice(0, 120)} has no alt`);
  return found;
}

/** heading-order, empty-heading: headings go down one level at a time, and none is empty. */
function headingProblems(doc: Document): string[] {
  const found: string[] = [];
  let previous = 0;
  for (const h of doc.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (h.closest('[hidden], template')) continue;
    const level = Number(h.tagName[1]);
    const text = h.textContent?.trim() ?? '';
    if (!text) found.push(`an empty <${h.tagName.toLowerCase()}>`);
    if (previous && level > previous + 1) found.push(`“${text}” is an h${level} after an h${previous}`);
    previous = level;
  }
  return found;
}

/** list, listitem, tabindex, valid-lang: lists hold list items, no positive tabindex, languages are ones we write. */
function structureProblems(doc: Document): string[] {
  const found: string[] = [];
  for (const list of doc.querySelectorAll('ul, ol')) {
    for (const child of list.children) {
      if (!['LI', 'SCRIPT', 'TEMPLATE'].includes(child.tagName))
        found.push(`<${child.tagName.toLowerCase()}> directly in a list`);
    }
  }
  for (const li of doc.querySelectorAll('li')) {
    if (!li.parentElement?.matches('ul, ol, menu')) found.push('an <li> outside a list');
  }
  for (const el of doc.querySelectorAll('[tabindex]')) {
    if (Number(el.getAttribute('tabindex')) > 0) found.push(`tabindex ${el.getAttribute('tabindex')} on an element`);
  }
  for (const el of doc.querySelectorAll('[lang]')) {
    if (!/^(zh-CN|en)$/.test(el.getAttribute('lang')!)) found.push(`lang="${el.getAttribute('lang')}"`);
  }
  return found;
}

const CHECKS = { duplicateIds, missingTargets, unnamed, headingProblems, structureProblems };

describe('the checks themselves', () => {
  const dom = (body: string) => new JSDOM(`<!doctype html><html lang="en"><body>${body}</body></html>`).window.document;
  test.each([
    ['duplicateIds', '<p id="a"></p><p id="a"></p>'],
    ['missingTargets', '<label for="x">X</label>'],
    ['missingTargets', '<a href="#nowhere">Go</a>'],
    ['unnamed', '<a href="/x/"><svg aria-hidden="true"></svg></a>'],
    ['unnamed', '<button></button>'],
    ['unnamed', '<img src="/a.png">'],
    ['headingProblems', '<h1>A</h1><h3>B</h3>'],
    ['headingProblems', '<h1>A</h1><h2> </h2>'],
    ['structureProblems', '<ul><p>x</p></ul>'],
    ['structureProblems', '<div><li>x</li></div>'],
    ['structureProblems', '<a href="/" tabindex="2">x</a>'],
    ['structureProblems', '<span lang="zh">x</span>'],
  ] as const)('%s catches %s', (check, body) => {
    expect(CHECKS[check](dom(body)).length).toBeGreaterThan(0);
  });

  test('a clean page passes every check', () => {
    const doc = dom(
      '<h1 id="t">A</h1><h2>B</h2><h3>C</h3><h2>D</h2><a href="#t">Top</a>' +
        '<a href="/x/"><svg aria-hidden="true"></svg><span class="sr-only">X</span></a>' +
        '<button aria-label="Close"></button><img src="/a.png" alt=""><label for="f">F</label><input id="f">' +
        '<ul><li lang="zh-CN">一</li></ul>',
    );
    for (const check of Object.values(CHECKS)) expect(check(doc), check.name).toEqual([]);
  });
});

describe.each(builtPages())('%s', (path) => {
  test('ids, references, names, headings and lists are sound', () => {
    const doc = documentOf(path);
    expect(Object.values(CHECKS).flatMap((check) => check(doc))).toEqual([]);
  });
});
