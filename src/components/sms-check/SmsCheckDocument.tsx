/**
 * Inside the collapsible helper of 短信核验信息自查: from a full document number to the 证件号码后六位, with the
 * number's own check (check digits where they exist). Loaded on first use (when the reader opens or focuses the
 * helper), so the page does not pay for the document rules up front.
 */
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import { idTail, type DocumentType, type DocumentTypeOption } from '../../lib/verification/documents';
import { readText, Verdict } from './SmsCheckField';
import { restoreOnMount } from '../shared/restore';
import { capInput } from '../../lib/verification/types';
import type { SmsCheckLabels } from './SmsCheck.labels';

export default function SmsCheckDocument(p: {
  labels: SmsCheckLabels;
  documentTypes: readonly DocumentTypeOption[];
  today: () => Date | null;
  onTail: (tail: string) => void;
}) {
  const L = p.labels;
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
      <p class="icp-smscheck-hint">{L.helperIntro}</p>
      <div class="icp-smscheck-field">
        <label for={`${id}-type`}>{L.docTypeLabel}</label>
        <select id={`${id}-type`} ref={restoreType} onChange={(e) => setDocType(e.currentTarget.value as DocumentType)}>
          <For each={p.documentTypes}>{(d) => <option value={d.value}>{d.label}</option>}</For>
        </select>
      </div>
      <div class="icp-smscheck-field">
        <label for={`${id}-doc`}>{L.docNumberLabel}</label>
        <input
          id={`${id}-doc`}
          ref={restoreNumber}
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby={`${id}-doc-hint ${id}-doc-out`}
          value={docNumber()}
          onInput={(e) => setDocNumber(readText(e.currentTarget))}
        />
        <p class="icp-smscheck-hint" id={`${id}-doc-hint`}>
          <Show when={example()}>
            {L.docExample}
            <code>{example()}</code>
          </Show>
        </p>
        <div class="icp-smscheck-result" id={`${id}-doc-out`} aria-live="polite">
          <Show when={doc()}>
            {(r) => (
              <Verdict check={r()} ok={L.docOk} warn={L.docOk} bad={L.docBad}>
                <Show when={r().ok}>
                  <code>{r().value}</code>
                </Show>
              </Verdict>
            )}
          </Show>
        </div>
        <Show when={doc()?.ok ? doc()!.value : ''}>
          {(v) => (
            <button type="button" class="icp-smscheck-button" onClick={() => p.onTail(v())}>
              {L.useTail}
            </button>
          )}
        </Show>
      </div>
    </>
  );
}
