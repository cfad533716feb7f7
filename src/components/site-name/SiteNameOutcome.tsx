/**
 * 网站名称自查, the verdict for what is in the form: the check (src/lib/site-name's core) and its result. Fetched by
 * the form (./SiteNameCheck) on first use, a focus or a first value, since the first view shows no verdict.
 */
import { Show, createMemo } from 'solid-js';
import type { LocaleLinks } from '../../i18n/links';
import { type ProvinceWords, type Subject, checkName } from '../../lib/site-name/check';
import SiteNameResult from './SiteNameResult';
import type { SiteNameCopy } from './sentence';

export interface SiteNameOutcomeProps {
  copy: SiteNameCopy;
  links: LocaleLinks;
  /** The form's state as typed and chosen. */
  name: () => string;
  subject: () => Subject;
  touched: () => boolean;
  province: () => { name: string; words: ProvinceWords[] } | undefined;
  places: readonly string[];
}

export default function SiteNameOutcome(props: SiteNameOutcomeProps) {
  const check = createMemo(() =>
    props.touched() || props.name() !== ''
      ? checkName(props.name(), {
          subject: props.subject(),
          province: props.province()?.words ?? [],
          places: props.places,
        })
      : null,
  );
  return (
    <Show when={check()}>
      {(c) => (
        <SiteNameResult
          check={c()}
          typed={props.name()}
          copy={props.copy}
          links={props.links}
          subject={props.subject()}
          province={props.province() && { name: props.province()!.name, rules: props.province()!.words }}
        />
      )}
    </Show>
  );
}
