/**
 * src/components/shared/solid-hydration.ts pins two of Solid's internal flags so that several islands on one page
 * each hydrate their own HTML. This checks, against the installed solid-js, that Solid still does what the patch
 * works around (its event handler marks the page hydrated; a later hydrate() then renders afresh) and that the patch
 * still stops it. If Solid renames or drops these flags, this test fails: re-read solid-js/web and adjust the patch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sharedConfig } from 'solid-js';
import { delegateEvents } from 'solid-js/web';
import { describe, expect, test } from 'vitest';

type Hy = { events: unknown[]; completed: WeakSet<object>; r: Record<string, unknown>; done?: boolean };
type Shared = { done?: boolean; registry?: Map<string, unknown> };

const require = createRequire(join(import.meta.dirname, '..', '..', 'package.json'));
const solidWeb = (file: string) =>
  readFileSync(join(require.resolve('solid-js/web').replace(/[^/\\]+$/, ''), file), 'utf8');

describe('the patch of Solid’s hydration flags', () => {
  test('Solid’s hydrate() still renders afresh once _$HY.done is set (the browser and development builds)', () => {
    for (const file of ['web.js', 'dev.js']) {
      const source = solidWeb(file);
      expect(source, file).toMatch(
        /function hydrate\$1\(code, element[^)]*\) \{\s*if \(globalThis\._\$HY\.done\) return render\(/,
      );
      expect(source, file).toContain('sharedConfig.done = _$HY.done = true');
    }
  });

  test('Solid’s first delegated event marks the page hydrated, and with the patch it no longer does', async () => {
    // What Astro's Solid renderer puts in the page before any island loads (generateHydrationScript).
    const hy: Hy = { events: [], completed: new WeakSet(), r: {} };
    (globalThis as { _$HY?: Hy })._$HY = hy;
    const shared = sharedConfig as Shared;
    delegateEvents(['click']);

    // An island is hydrating (Solid's registry exists) and the reader clicks.
    shared.registry = new Map();
    document.body.click();
    expect([shared.done, hy.done]).toEqual([true, true]);

    shared.done = false;
    hy.done = false;
    await import('../../src/components/shared/solid-hydration');
    document.body.click();
    expect([shared.done, hy.done]).toEqual([false, false]);
    shared.registry = undefined;
  });
});
