/**
 * What a reader sees of an interpretation, in one object: the codes and values of src/lib/messages, worded by the
 * zh-CN dictionary through the island's own view (src/components/message-decoder/view). Tests that assert what a
 * reader is told use this; tests of the contract use interpretMessage directly.
 */
import { dictionary } from '../../src/i18n';
import { interpretMessage, type InterpretOptions, type MessageInterpretation } from '../../src/lib/messages';
import { viewOf } from '../../src/components/message-decoder/view';

const zh = dictionary('zh-CN');

/**
 * The interpretation with its words: `title`, `meaning`, `nextSteps` (the one thing to do now, then the steps),
 * `notes` as sentences (`noteCodes` keeps the codes), `deadline` as { kind, text }, `guideLink`, `calculatorLink`.
 */
export function readMessage(text: string, options?: InterpretOptions) {
  const r: MessageInterpretation = interpretMessage(text, options);
  const v = viewOf(r, zh.messageDecoder, zh.pages, !String(text ?? '').trim());
  return {
    ...r,
    noteCodes: r.notes,
    title: v.title,
    meaning: v.meaning,
    nextSteps: [...(v.now ? [v.now] : []), ...v.steps],
    notes: v.notes,
    deadline: r.deadline ? { kind: r.deadline, text: v.deadline! } : undefined,
    guideLink: r.links[0]?.href,
    calculatorLink: r.calculator?.href,
    view: v,
  };
}
