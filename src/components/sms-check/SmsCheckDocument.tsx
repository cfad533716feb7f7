/**
 * Inside the collapsible helper of 短信核验信息自查: from a full document number to the 证件号码后六位, with the
 * number's own check (check digits where they exist). Loaded on first use (when the reader opens or focuses the
 * helper), so the page does not pay for the document rules up front.
 */
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import { documentChecked, idTail, type DocumentType, type DocumentTypeOption } from '../../lib/verification/documents';
import { capInput } from '../../lib/verification/types';
import { restoreOnMount } from '../shared/restore';
import { CheckVerdict } from '../shared/CheckVerdict';
import { readText, type SmsCheckCopy } from './SmsCheckField';

export default function SmsCheckDocument(p: {
  copy: SmsCheckCopy;
  documentTypes: readonly DocumentTypeOption[];
  today: () => Date | null;
  onTail: (tail: string) => void;
}) {
  const id = createUniqueId();
  const [docType, setDocType] = createSignal<DocumentType>('resident-id');
  const [docNumber, setDocNumber] = createSignal('');
  const doc = createMemo(() =>
    docNumber().trim() ? idTail(docType(), docNumber(), { today: p.today() ?? new Date() }) : null,
  );
  const restoreType = restoreOnMount((v) => setDocType(v as DocumentType));
  const restoreNumber = restoreOnMount((v) => setDocNumber(capInput(v).text));
  const example = createMemo(() => p.documentTypes.find((d) => d.value === docType())?.example ?? '');
  return (
    <>
      <p class="icp-tool-hint">{p.copy.helperIntro}</p>
      <div class="icp-tool-field">
        <label for={`${id}-type`}>{p.copy.docTypeLabel}</label>
        <select
          id={`${id}-type`}
          ref={restoreType}
          class="icp-tool-input"
          onChange={(e) => setDocType(e.currentTarget.value as DocumentType)}
        >
          <For each={p.documentTypes}>{(d) => <option value={d.value}>{p.copy.documentTypes[d.value]}</option>}</For>
        </select>
      </div>
      <div class="icp-tool-field">
        <label for={`${id}-doc`}>{p.copy.docNumberLabel}</label>
        <input
          id={`${id}-doc`}
          ref={restoreNumber}
          class="icp-tool-input"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby={`${id}-doc-hint ${id}-doc-out`}
          value={docNumber()}
          onInput={(e) => setDocNumber(readText(e.currentTarget))}
        />
        <p class="icp-tool-hint" id={`${id}-doc-hint`}>
          <Show when={example()}>
            {p.copy.docExample}
            <code>{example()}</code>
          </Show>
        </p>
        <div class="icp-smscheck-result" id={`${id}-doc-out`} aria-live="polite">
          <Show when={doc()}>
            {(r) => (
              <CheckVerdict
                verdict={r()}
                table={p.copy.issues}
                status={
                  // a number this helper cannot check is not said to check out
                  documentChecked(r())
                    ? p.copy.docStatus
                    : { ...p.copy.docStatus, ok: p.copy.docStatus.unchecked, warn: p.copy.docStatus.unchecked }
                }
              >
                <Show when={r().ok}>
                  <code>{r().value}</code>
                </Show>
              </CheckVerdict>
            )}
          </Show>
        </div>
        <Show when={doc()?.ok ? doc()!.value : ''}>
          {(v) => (
            <button type="button" class="icp-tool-button" onClick={() => p.onTail(v())}>
              {p.copy.useTail}
            </button>
          )}
        </Show>
      </div>
    </>
  );
}
