/**
 * 域名能不能备案: type or paste a domain or an address, see at once whether its suffix can be filed, which domain is
 * filed, and what the check cannot know. Thin UI over src/lib/domains (the rules and the dated list); every word comes
 * from `copy` (the dictionary's domainCheck section) and `pages` (link texts). Nothing is stored or sent. A value
 * already in the field when the island starts (typed before it loaded, restored by the browser) is read and checked.
 */
import { Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { sayAll } from '../../i18n/fill';
import type { LocaleLinks } from '../../i18n/links';
import { checkDomain } from '../../lib/domains/check';
import { CheckVerdict, Notes, PageLinks } from '../shared/CheckVerdict';
import { restoreOnMount } from '../shared/restore';
import CopyText from '../shared/CopyText';

type Props = {
  copy: Dictionary['domainCheck'];
  pages: Dictionary['pages'];
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  privacy: string;
};

export default function DomainCheck(props: Props) {
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  const [touched, setTouched] = createSignal(false);
  const restore = restoreOnMount(setText);
  let valueEl: HTMLElement | undefined;

  const verdict = createMemo(() => (touched() || text() !== '' ? checkDomain(text()) : null));

  return (
    <div class="icp-domain icp-tool-box not-content">
      <p class="icp-tool-note">{props.privacy}</p>
      <div class="icp-tool-field">
        <label for={id}>{props.copy.label}</label>
        <input
          id={id}
          ref={restore}
          type="text"
          inputmode="url"
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          aria-describedby={`${id}-hint ${id}-out`}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
        <p class="icp-tool-hint" id={`${id}-hint`}>
          {props.copy.hint}
        </p>
      </div>
      <div class="icp-tool-result" id={`${id}-out`} aria-live="polite">
        <Show when={verdict()}>
          {(v) => (
            <>
              <CheckVerdict
                verdict={v()}
                table={props.copy.says}
                status={{ ok: props.copy.okText, warn: props.copy.okWarnText, bad: props.copy.badText }}
                headings={{ errors: props.copy.errorsHeading, warnings: props.copy.warningsHeading }}
              />
              <Show when={v().value}>
                <p class="icp-tool-value">
                  {props.copy.fileThis}
                  <code ref={valueEl}>{v().value}</code>
                  <CopyText
                    text={v().value}
                    target={() => valueEl}
                    label={props.copy.copy}
                    done={props.copy.copied}
                    manual={props.copy.copyManual}
                    what={props.copy.copyWhat}
                  />
                </p>
              </Show>
              <Show when={v().suffix}>
                <p>
                  {props.copy.suffix}
                  <code>{v().suffix}</code>
                </p>
              </Show>
              <Show when={v().ascii && v().ascii !== v().value}>
                <p>
                  {props.copy.ascii}
                  <code>{v().ascii}</code>
                </p>
              </Show>
              <Notes items={sayAll(props.copy.says, v().notes)} heading={props.copy.notesHeading} />
              <PageLinks heading={props.copy.seeAlso} items={v().links} pages={props.pages} links={props.links} />
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
