/**
 * Content Security Policy for a static site whose pages carry inline scripts (Starlight's theme and search
 * helpers, Astro's island loader): every inline script is allowed by its SHA-256 hash, never by 'unsafe-inline'.
 * Pure string work, no file system: the build integration in src/integrations/csp.ts feeds it the pages.
 */
import { createHash } from 'node:crypto';

/** Directives besides script-src. Styles keep 'unsafe-inline': Starlight writes style attributes. */
export const BASE_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** Only meaningful as an HTTP header (browsers ignore them in a <meta> tag). */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
};

/** The other security headers served with every page by hosts that read a `_headers` file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The contents of every inline `<script>` in an HTML document (those without a `src` attribute).
 *
 * @example
 * inlineScripts('<script>a()</script><script src="/x.js"></script>') // ['a()']
 */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attrs = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    out.push(match[2] ?? '');
  }
  return out;
}

/**
 * The CSP source expression allowing one exact inline script.
 *
 * @example
 * scriptHash('') // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
 */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The policy string for a set of inline-script hashes. `wasm-unsafe-eval` lets Pagefind compile its WebAssembly.
 *
 * @example
 * buildPolicy(["'sha256-abc='"]) // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; …"
 */
export function buildPolicy(hashes: Iterable<string>, options: { header?: boolean } = {}): string {
  const unique = [...new Set(hashes)].sort();
  const directives: Record<string, string> = {
    ...BASE_DIRECTIVES,
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...unique].join(' '),
    ...(options.header ? HEADER_ONLY_DIRECTIVES : {}),
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * Put a CSP `<meta>` tag for the page's own inline scripts at the start of its `<head>`, before any script.
 * A page that already has one is returned unchanged.
 *
 * @example
 * withCspMeta('<html><head><script>a()</script></head></html>').includes('http-equiv="content-security-policy"') // true
 */
export function withCspMeta(html: string): { html: string; hashes: string[] } {
  const hashes = inlineScripts(html).map(scriptHash);
  if (/http-equiv=["']content-security-policy["']/i.test(html)) return { html, hashes };
  const meta = `<meta http-equiv="content-security-policy" content="${buildPolicy(hashes)}">`;
  const head = html.match(/<head\b[^>]*>/i);
  if (!head || head.index === undefined) return { html, hashes };
  const at = head.index + head[0].length;
  // Keep <meta charset> first: it must sit within the first 1024 bytes.
  const charset = html.slice(at).match(/^\s*<meta charset=[^>]*>/i);
  const insertAt = charset ? at + charset[0].length : at;
  return { html: html.slice(0, insertAt) + meta + html.slice(insertAt), hashes };
}

/**
 * A Netlify/Cloudflare-Pages style `_headers` file applying one policy (the union of all pages' hashes) and the
 * other security headers to every path.
 *
 * @example
 * headersFile(["'sha256-abc='"]).startsWith('/*\n') // true
 */
export function headersFile(hashes: Iterable<string>): string {
  const lines = ['/*', `  Content-Security-Policy: ${buildPolicy(hashes, { header: true })}`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  return lines.join('\n') + '\n';
}
