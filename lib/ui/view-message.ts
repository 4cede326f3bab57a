import {
  MAX_MESSAGE_INPUT,
  type LinkFinding,
  type MessageVerdict,
  type NumberFinding,
} from '../message/index';
import type { CheckMessageReply } from '../messages/message-check';
import type { Contacts } from '../messages/ui';
import { brandLabel } from './brand';
import { h, uid } from './dom';
import { icon, type ViewContext } from './view-context';

/**
 * The message check: a box to paste a text into, and the verdict in words — what kind of text it is, what to do
 * next, why, and each link and number with what it is. Links and numbers from the message are shown as text
 * only, never as something to tap; the one number offered to call is Coupang's own from the list data.
 */
export interface MessageCheckActions {
  check(text: string): Promise<CheckMessageReply | null>;
  /** the full-page view, offered from the popup */
  openPage?(): void;
}

const phone = (s: unknown): string => (typeof s === 'string' && /^[0-9][0-9-]{1,19}$/.test(s) ? s : '');

function reportNumber(contacts: Contacts | null, id: string, fallback: string): string {
  return phone(contacts?.report.find((r) => r.id === id)?.number) || fallback;
}

function todo(ctx: ViewContext, v: MessageVerdict, contacts: Contacts | null): string[] {
  const { t } = ctx;
  const centre = phone(v.callInstead) || phone(contacts?.customerCentre);
  const codes = new Set(v.reasons.map((r) => r.code));
  const out: string[] = [];
  if (v.verdict === 'clean') return [t('msgcheck_clean_note', [centre])];
  if (v.links.some((l) => l.verdict !== 'official')) out.push(t('msgcheck_todo_no_click'));
  if (codes.has('search-ad')) out.push(t('msgcheck_todo_no_search_ad'));
  const strange = v.numbers.find((n) => n.verdict === 'other');
  if (strange) out.push(t('msgcheck_todo_no_call', [strange.number, centre]));
  else out.push(t('msgcheck_todo_call_centre', [centre]));
  if (codes.has('lure-remote-support')) out.push(t('msgcheck_todo_no_remote'));
  else if (codes.has('lure-app-install')) out.push(t('msgcheck_todo_no_app'));
  out.push(t('msgcheck_todo_no_info'));
  out.push(
    t('msgcheck_todo_report', [
      reportNumber(contacts, 'kisa', '118'),
      reportNumber(contacts, 'police', '112'),
    ]),
  );
  return out;
}

function headline(ctx: ViewContext, v: MessageVerdict, brandName: string): HTMLElement {
  const { doc, t } = ctx;
  const cls = v.verdict === 'scam' ? 'danger' : v.verdict === 'suspicious' ? 'caution' : 'neutral';
  const text =
    v.verdict === 'scam'
      ? brandName
        ? t('msgcheck_verdict_scam_brand', [brandName])
        : t('msgcheck_verdict_scam')
      : t(v.verdict === 'suspicious' ? 'msgcheck_verdict_suspicious' : 'msgcheck_verdict_clean');
  return h(
    doc,
    'p',
    { class: `verdict ${cls}`, 'data-verdict': v.verdict, role: v.verdict === 'clean' ? null : 'alert' },
    icon(doc, v.verdict === 'clean' ? 'info' : 'warning'),
    h(doc, 'span', {}, text),
  );
}

function findingList(
  ctx: ViewContext,
  headingKey: string,
  rows: Array<[string, string, string]>,
): HTMLElement | null {
  if (rows.length === 0) return null;
  const { doc, t } = ctx;
  const id = uid('found');
  return h(
    doc,
    'section',
    { class: 'findings', 'aria-labelledby': id },
    h(doc, 'h3', { id }, t(headingKey)),
    h(
      doc,
      'ul',
      {},
      ...rows.map(([text, verdict, label]) =>
        h(
          doc,
          'li',
          { 'data-verdict': verdict },
          h(doc, 'span', { class: 'found-text', dir: 'ltr' }, text),
          ' ',
          h(doc, 'span', { class: `found-label ${verdict}` }, label),
        ),
      ),
    ),
  );
}

const key = (prefix: string, code: string): string => `${prefix}${code.replace(/-/g, '_')}`;

/** The verdict on one message, in words. */
export function messageVerdictView(
  ctx: ViewContext,
  v: MessageVerdict,
  contacts: Contacts | null,
  brandName: string,
): HTMLElement {
  const { doc, t } = ctx;
  const root = h(doc, 'div', { class: 'message-verdict', 'data-verdict': v.verdict });
  root.append(headline(ctx, v, brandName));
  // A long message is read at its start and end: say so, whatever the verdict.
  if (v.skipped && v.skipped > 0)
    root.append(
      h(
        doc,
        'p',
        { class: 'note', 'data-skipped': String(v.skipped) },
        t('msgcheck_skipped_note', [v.skipped.toLocaleString(ctx.locale)]),
      ),
    );
  const todoId = uid('todo');
  root.append(
    h(
      doc,
      'section',
      { class: 'todo', 'aria-labelledby': todoId },
      h(doc, 'h3', { id: todoId }, t('msgcheck_todo_heading')),
      h(doc, 'ul', {}, ...todo(ctx, v, contacts).map((line) => h(doc, 'li', {}, line))),
    ),
  );
  const why = [...new Set(v.reasons.map((r) => r.code))]
    .filter((c) => c !== 'speaks-as-brand' || v.verdict !== 'clean')
    .map((c) => t(key('msgcheck_reason_', c), [brandName]))
    .filter(Boolean);
  if (why.length && v.verdict !== 'clean') {
    const whyId = uid('why');
    root.append(
      h(
        doc,
        'section',
        { class: 'why', 'aria-labelledby': whyId },
        h(doc, 'h3', { id: whyId }, t('msgcheck_why_heading')),
        h(doc, 'ul', {}, ...why.map((line) => h(doc, 'li', {}, line))),
      ),
    );
  }
  const links = findingList(
    ctx,
    'msgcheck_found_links',
    v.links.map((l: LinkFinding) => [
      l.domain.unicodeHostname ?? l.text,
      l.verdict,
      t(key('msgcheck_link_', l.verdict)),
    ]),
  );
  const numbers = findingList(
    ctx,
    'msgcheck_found_numbers',
    v.numbers.map((n: NumberFinding) => [n.number, n.verdict, t(key('msgcheck_number_', n.verdict))]),
  );
  if (links) root.append(links);
  if (numbers) root.append(numbers);
  return root;
}

/** The paste box with its button and the place where the verdict appears. `initial` fills and checks at once. */
export function messageCheckView(
  ctx: ViewContext,
  actions: MessageCheckActions,
  opts: { compact?: boolean; initial?: string } = {},
): HTMLElement {
  const { doc, t } = ctx;
  const boxId = uid('message');
  const introId = uid('message-intro');
  const form = h(doc, 'form', { class: `message-check${opts.compact ? ' compact' : ''}`, novalidate: true });
  const box = h(doc, 'textarea', {
    id: boxId,
    rows: opts.compact ? 5 : 10,
    maxlength: MAX_MESSAGE_INPUT,
    placeholder: t('msgcheck_placeholder'),
    'aria-describedby': introId,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const result = h(doc, 'div', { class: 'message-result', 'aria-live': 'polite' });
  const submit = h(doc, 'button', { type: 'submit', class: 'button primary' }, t('msgcheck_submit'));
  const run = async (): Promise<void> => {
    const text = box.value.trim();
    if (!text) {
      result.replaceChildren(h(doc, 'p', { role: 'alert' }, t('msgcheck_empty')));
      box.focus();
      return;
    }
    submit.disabled = true;
    const reply = await actions.check(text).catch(() => null);
    submit.disabled = false;
    result.replaceChildren(
      reply
        ? messageVerdictView(
            ctx,
            reply.result,
            reply.contacts,
            reply.result.brand ? brandLabel(reply.brand, ctx.locale, reply.result.brand) : '',
          )
        : h(doc, 'p', { role: 'alert' }, t('msgcheck_failed')),
    );
    result.dataset.ready = 'true';
    // Bring the verdict into view below the box (the popup and a phone screen are short).
    (result.firstElementChild as HTMLElement | null)?.scrollIntoView?.({ block: 'nearest' });
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  const buttons = h(doc, 'div', { class: 'actions' }, submit);
  if (actions.openPage) {
    const open = h(doc, 'button', { type: 'button', class: 'button link' }, t('msgcheck_open_page'));
    open.addEventListener('click', () => actions.openPage?.());
    buttons.append(open);
  }
  form.append(
    h(doc, 'p', { id: introId, class: 'intro' }, t('msgcheck_intro')),
    h(doc, 'label', { for: boxId }, t('msgcheck_label')),
    box,
    buttons,
    result,
  );
  if (opts.initial) {
    box.value = opts.initial.slice(0, MAX_MESSAGE_INPUT);
    void run();
  }
  return form;
}
