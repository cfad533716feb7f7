/** Tester 4: "xn--fiqs8s" alone is said to be the suffix .中国 without a name (zh and en). */
import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import DomainCheck from '../../src/components/domain-check/DomainCheck';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';

test.each(['zh-CN', 'en'] as const)('%s: a suffix alone', async (locale) => {
  const t = dictionary(locale);
  const L = t.domainCheck;
  const user = userEvent.setup();
  render(() => <DomainCheck copy={L} pages={t.pages} links={t.links} privacy={t.common.privacy} />);
  const input = screen.getByLabelText(L.label) as HTMLInputElement;
  const out = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)!;
  await user.type(input, 'xn--fiqs8s');
  expect(out).toHaveTextContent(fill(L.says['domain.onlySuffix'], { host: '中国', suffix: '.中国' }));
  expect(out).not.toHaveTextContent(fill(L.says['domain.noSuffix'], { host: 'xn--fiqs8s' }));
});
