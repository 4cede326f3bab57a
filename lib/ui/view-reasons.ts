import { h } from './dom';
import type { ReasonLine } from './reason-text';
import type { ViewContext } from './view-context';

/** A list of reasons in plain words; page evidence (untrusted) follows as quoted text. */
export function reasonList(ctx: ViewContext, lines: readonly ReasonLine[]): HTMLUListElement {
  const { doc } = ctx;
  return h(
    doc,
    'ul',
    { class: 'reasons' },
    ...lines.map((l) =>
      h(
        doc,
        'li',
        { 'data-code': l.code },
        l.text,
        l.evidence ? h(doc, 'span', { class: 'evidence', translate: 'no' }, ` “${l.evidence}”`) : null,
      ),
    ),
  );
}
