import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { buildPolicy, headersFile, inlineScripts, scriptHash, withCspMeta } from '../../src/lib/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inlineScripts', () => {
  test('finds inline scripts and skips external ones', () => {
    const html = '<script>a()</script><script type="module" src="/x.js"></script><script is:inline>\nb()\n</script>';
    expect(inlineScripts(html)).toEqual(['a()', '\nb()\n']);
  });
  test('an empty document has none', () => {
    expect(inlineScripts('')).toEqual([]);
  });
});

describe('scriptHash', () => {
  test('is the base64 SHA-256 of the exact UTF-8 text', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('console.log("备案")')).toBe(sha('console.log("备案")'));
  });
});

describe('buildPolicy', () => {
  test('never allows unsafe-inline scripts, allows wasm for Pagefind, dedupes and sorts hashes', () => {
    const policy = buildPolicy(["'sha256-b='", "'sha256-a='", "'sha256-b='"]);
    const script = policy.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('frame-ancestors');
  });
  test('the header form adds frame-ancestors', () => {
    expect(buildPolicy([], { header: true })).toContain("frame-ancestors 'none'");
  });
});

describe('withCspMeta', () => {
  const page =
    '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>t()</script></head><body><script>u()</script></body></html>';
  test('puts the policy right after <meta charset>, hashing every inline script of the page', () => {
    const { html, hashes } = withCspMeta(page);
    expect(hashes).toEqual([sha('t()'), sha('u()')]);
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('content-security-policy'));
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
    expect(html).toContain(sha('t()'));
  });
  test('leaves a page that already has a policy alone', () => {
    const once = withCspMeta(page).html;
    expect(withCspMeta(once).html).toBe(once);
  });
  test('leaves a fragment without <head> alone', () => {
    expect(withCspMeta('<p>x</p>').html).toBe('<p>x</p>');
  });
});

test('headersFile applies the policy and the security headers to every path', () => {
  const file = headersFile([sha('x')]);
  expect(file.split('\n')[0]).toBe('/*');
  expect(file).toMatch(/^ {2}Content-Security-Policy: .*frame-ancestors 'none'$/m);
  expect(file).toContain('X-Content-Type-Options: nosniff');
});
