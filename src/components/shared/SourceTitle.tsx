/**
 * A cited source's title in an island's result (src/i18n/sources.ts): the title, linked to the source when `link`;
 * on a page in another language, the translated title with the Chinese one after it as `template` (the section's
 * `sourceTitle`) says, marked `lang="zh-CN"`. On a Chinese page it is the title alone, as before. The wrapper hands
 * the island the source already shown (`localSource`), so the island carries no titles of its own. The pages'
 * counterpart is SourceTitle.astro.
 */
import { For, Show } from 'solid-js';
import { DATA_LANG, sourceParts, type ShownSource } from '../../i18n/sources';

export default function SourceTitle(p: { source: ShownSource; template: string; link?: boolean }) {
  const title = () => (
    <Show
      when={p.link}
      fallback={
        <Show when={p.source.lang} fallback={p.source.title}>
          {(lang) => <span lang={lang()}>{p.source.title}</span>}
        </Show>
      }
    >
      <a href={p.source.url} lang={p.source.lang}>
        {p.source.title}
      </a>
    </Show>
  );
  return (
    <For each={sourceParts(p.template, p.source)}>
      {(part) =>
        'text' in part ? part.text : part.slot === 'title' ? title() : <span lang={DATA_LANG}>{p.source.original}</span>
      }
    </For>
  );
}
