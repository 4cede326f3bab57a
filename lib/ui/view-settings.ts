import type { GetSettingsReply, ReportStatusReply, SetSettingsReply } from '../messages/settings';
import { isUserEditable } from '../policy/editable';
import type { EffectiveSettings, SettingKey, SettingsProblem } from '../policy/types';
import { h, uid } from './dom';
import { relativeTime } from './relative-time';
import { icon, type ViewContext } from './view-context';

/**
 * The options page's settings section: the user's own settings, what the organisation set (disabled,
 * "Set by your organization"), "Managed by your organization" when locked, and the policy values that were
 * ignored. Builds DOM from plain data with a given Document (testable under linkedom); every value is
 * rendered as text.
 */

type UserKey = Exclude<SettingKey, 'lockSettings'>;
type Kind = 'bool' | 'list' | 'url' | 'number';

const FIELDS: readonly { key: UserKey; kind: Kind; group: 'protection' | 'sites' | 'advanced' }[] = [
  { key: 'pageGuard', kind: 'bool', group: 'protection' },
  { key: 'allowContinue', kind: 'bool', group: 'protection' },
  { key: 'additionalBlockedDomains', kind: 'list', group: 'sites' },
  { key: 'additionalOfficialDomains', kind: 'list', group: 'sites' },
  { key: 'pageGuardExceptions', kind: 'list', group: 'sites' },
  { key: 'listUrl', kind: 'url', group: 'advanced' },
  { key: 'listPublicKeys', kind: 'list', group: 'advanced' },
  { key: 'refreshIntervalMinutes', kind: 'number', group: 'advanced' },
  { key: 'reportUrl', kind: 'url', group: 'advanced' },
];

export interface SettingsViewActions {
  save(changes: Partial<Record<UserKey, unknown>>): Promise<SetSettingsReply>;
}

/** Localised text of a problem code, e.g. policy_problem_insecure_url. */
export function problemText(ctx: ViewContext, p: SettingsProblem): string {
  return ctx.t(`policy_problem_${p.problem.replace(/-/g, '_')}`) || p.problem;
}

function fieldLabel(ctx: ViewContext, key: string): string {
  return ctx.t(`options_settings_${key}`);
}

/** One line per problem: the field's name, the policy key as the admin wrote it, what was wrong, the value. */
function problemItem(ctx: ViewContext, p: SettingsProblem): HTMLElement {
  const { doc, t } = ctx;
  const label = fieldLabel(ctx, p.key);
  return h(
    doc,
    'li',
    { 'data-key': p.key, 'data-problem': p.problem },
    label ? `${label} (` : '',
    h(doc, 'code', {}, p.key),
    label ? '): ' : ': ',
    problemText(ctx, p),
    p.detail !== undefined
      ? h(doc, 'span', { class: 'problem-value' }, ` — ${t('policy_problem_value')} `)
      : null,
    p.detail !== undefined ? h(doc, 'code', {}, p.detail) : null,
  );
}

function valueText(s: EffectiveSettings, key: UserKey): string {
  const v = s[key];
  if (Array.isArray(v)) return v.join('\n');
  if (v === null || v === undefined) return '';
  return String(v);
}

/** Read a field back: lists one entry per line (commas also split), empty text = none. */
function readField(kind: Kind, el: HTMLInputElement | HTMLTextAreaElement): unknown {
  if (kind === 'bool') return (el as HTMLInputElement).checked;
  if (kind === 'list')
    return el.value
      .split(/[\n,]/)
      .map((x) => x.trim())
      .filter((x) => x.length > 0);
  if (kind === 'number') return el.value.trim() === '' ? null : Number(el.value);
  return el.value.trim();
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function settingsView(
  ctx: ViewContext,
  state: { reply: GetSettingsReply | null; reports?: ReportStatusReply | null },
  actions: SettingsViewActions,
): HTMLElement {
  const { doc, t } = ctx;
  const headingId = uid('settings');
  const section = h(
    doc,
    'section',
    { class: 'settings', id: 'settings', 'aria-labelledby': headingId },
    h(doc, 'h2', { id: headingId }, t('options_settings_heading')),
  );
  const reply = state.reply;
  if (!reply) {
    section.append(h(doc, 'p', { role: 'alert' }, t('options_settings_load_failed')));
    return section;
  }
  let current = reply.settings;

  if (reply.locked) {
    section.append(
      h(
        doc,
        'div',
        { class: 'banner calm managed', role: 'note', 'data-testid': 'policy-locked' },
        icon(doc, 'info'),
        h(
          doc,
          'div',
          {},
          h(doc, 'strong', {}, t('policy_managed_by_org')),
          h(doc, 'p', {}, t('policy_locked_note')),
        ),
      ),
    );
  } else if (reply.managedKeys.length > 0) {
    section.append(
      h(doc, 'p', { class: 'muted', 'data-testid': 'policy-partly' }, t('policy_partly_managed')),
    );
  }

  if (reply.problems.length > 0) {
    const id = uid('problems');
    section.append(
      h(
        doc,
        'div',
        { class: 'banner problems', role: 'alert', 'aria-labelledby': id, 'data-testid': 'policy-problems' },
        icon(doc, 'warning'),
        h(
          doc,
          'div',
          {},
          h(doc, 'h3', { id }, t('policy_problems_heading')),
          h(doc, 'p', {}, t('policy_problems_intro')),
          h(doc, 'ul', {}, ...reply.problems.map((p) => problemItem(ctx, p))),
        ),
      ),
    );
  }

  const form = h(doc, 'form', { class: 'settings-form', novalidate: true });
  const inputs = new Map<UserKey, HTMLInputElement | HTMLTextAreaElement>();
  const errorSlots = new Map<UserKey, HTMLElement>();
  const groups = new Map<string, HTMLFieldSetElement>();
  for (const group of ['protection', 'sites', 'advanced'] as const) {
    const fs = h(
      doc,
      'fieldset',
      { class: `group ${group}` },
      h(doc, 'legend', {}, t(`options_settings_group_${group}`)),
    );
    groups.set(group, fs);
    // The IT section is closed: shoppers never need it.
    form.append(
      group === 'advanced'
        ? h(
            doc,
            'details',
            { class: 'more advanced', 'data-testid': 'advanced' },
            h(doc, 'summary', {}, t('options_settings_group_advanced')),
            fs,
          )
        : fs,
    );
  }

  for (const f of FIELDS) {
    const editable = isUserEditable(current, f.key);
    if (!editable) {
      // Set by the organisation: shown as text, with nothing that looks clickable.
      groups
        .get(f.group)
        ?.append(readOnlyField(ctx, current, f.key, f.kind, current.managedKeys.includes(f.key)));
      continue;
    }
    const id = uid(`field-${f.key}`);
    const helpId = `${id}-help`;
    const errId = `${id}-error`;
    const common = {
      id,
      name: f.key,
      'data-key': f.key,
      disabled: !editable,
      'aria-describedby': `${helpId} ${errId}`,
    };
    let control: HTMLInputElement | HTMLTextAreaElement;
    if (f.kind === 'bool') {
      control = h(doc, 'input', { ...common, type: 'checkbox' });
      (control as HTMLInputElement).checked = current[f.key] === true;
    } else if (f.kind === 'list') {
      control = h(doc, 'textarea', { ...common, rows: 4, spellcheck: 'false', autocapitalize: 'off' });
      control.value = valueText(current, f.key);
    } else if (f.kind === 'number') {
      control = h(doc, 'input', {
        ...common,
        type: 'number',
        min: 15,
        max: 10080,
        step: 1,
        inputmode: 'numeric',
      });
      control.value = valueText(current, f.key);
    } else {
      control = h(doc, 'input', { ...common, type: 'url', spellcheck: 'false', autocapitalize: 'off' });
      control.value = valueText(current, f.key);
    }
    inputs.set(f.key, control);
    const label = h(doc, 'label', { for: id }, t(`options_settings_${f.key}`));
    const managedNote = current.managedKeys.includes(f.key)
      ? h(doc, 'span', { class: 'managed-note', 'data-testid': `managed-${f.key}` }, t('policy_set_by_org'))
      : null;
    const err = h(doc, 'ul', { id: errId, class: 'field-errors', hidden: true });
    errorSlots.set(f.key, err);
    const wrapper = h(
      doc,
      'div',
      { class: `field ${f.kind}`, 'data-key': f.key, 'data-managed': managedNote ? 'true' : null },
      ...(f.kind === 'bool'
        ? [h(doc, 'div', { class: 'field-head' }, control, label, managedNote)]
        : [h(doc, 'div', { class: 'field-head' }, label, managedNote), control]),
      h(doc, 'p', { id: helpId, class: 'help muted' }, t(`options_settings_${f.key}_help`)),
      err,
    );
    groups.get(f.group)?.append(wrapper);
  }

  const status = h(doc, 'p', { class: 'save-status', role: 'status', 'data-testid': 'settings-status' });
  const save = h(
    doc,
    'button',
    { type: 'submit', class: 'button primary', disabled: reply.locked },
    t('options_settings_save'),
  );
  // Locked: no save button at all (nothing here can change).
  if (!reply.locked) form.append(h(doc, 'div', { class: 'actions' }, save, status));
  section.append(form);

  if (state.reports) {
    const fs = groups.get('advanced');
    if (fs) fs.append(reportStatus(ctx, state.reports));
    else section.append(reportStatus(ctx, state.reports));
  }

  const showErrors = (problems: SettingsProblem[]): void => {
    for (const [key, slot] of errorSlots) {
      const mine = problems.filter((p) => p.key === key);
      slot.replaceChildren(
        ...mine.map((p) => h(doc, 'li', {}, problemText(ctx, p), p.detail ? ` (${p.detail})` : '')),
      );
      slot.hidden = mine.length === 0;
      inputs.get(key)?.setAttribute('aria-invalid', mine.length > 0 ? 'true' : 'false');
    }
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const changes: Partial<Record<UserKey, unknown>> = {};
    for (const f of FIELDS) {
      const el = inputs.get(f.key);
      if (!el || el.disabled || !isUserEditable(current, f.key)) continue;
      const value = readField(f.kind, el);
      const before = f.kind === 'url' ? valueText(current, f.key) : current[f.key];
      if (!same(value, before)) changes[f.key] = value;
    }
    if (Object.keys(changes).length === 0) {
      status.textContent = t('options_settings_saved');
      return;
    }
    save.disabled = true;
    status.textContent = '';
    void actions
      .save(changes)
      .then((res) => {
        if (res.ok) {
          current = res.settings;
          showErrors([]);
          for (const f of FIELDS) {
            const el = inputs.get(f.key);
            if (el && f.kind !== 'bool') el.value = valueText(current, f.key);
          }
          status.textContent = t('options_settings_saved');
        } else if (res.error === 'invalid') {
          showErrors(res.problems);
          status.textContent = t('options_settings_save_invalid');
          const first = res.problems.map((p) => inputs.get(p.key as UserKey)).find(Boolean);
          first?.focus();
        } else {
          status.textContent = t(
            res.error === 'locked' ? 'policy_locked_note' : 'options_settings_save_managed',
          );
        }
      })
      .catch(() => {
        status.textContent = t('options_settings_save_failed');
      })
      .finally(() => {
        save.disabled = reply.locked;
      });
  });
  return section;
}

/** A setting the organisation fixed: its name, its value in words, "Set by your organization". */
function readOnlyField(
  ctx: ViewContext,
  s: EffectiveSettings,
  key: UserKey,
  kind: Kind,
  managed: boolean,
): HTMLElement {
  const { doc, t } = ctx;
  const v = s[key];
  let value: HTMLElement;
  if (kind === 'bool')
    value = h(doc, 'p', { class: 'value' }, t(v === true ? 'options_value_on' : 'options_value_off'));
  else if (Array.isArray(v) && v.length > 0)
    value = h(
      doc,
      'ul',
      { class: 'value value-list' },
      ...v.map((x) =>
        h(doc, 'li', {}, h(doc, 'span', { class: 'host', dir: 'ltr', translate: 'no' }, String(x))),
      ),
    );
  else if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
    value = h(doc, 'p', { class: 'value muted' }, t('options_value_none'));
  else value = h(doc, 'p', { class: 'value' }, h(doc, 'span', { class: 'host', dir: 'ltr' }, String(v)));
  return h(
    doc,
    'div',
    { class: `field readonly ${kind}`, 'data-key': key, 'data-managed': 'true' },
    h(
      doc,
      'div',
      { class: 'field-head' },
      h(doc, 'span', { class: 'field-name' }, t(`options_settings_${key}`)),
      h(
        doc,
        'span',
        { class: 'managed-note', 'data-testid': managed ? `managed-${key}` : `locked-${key}` },
        t(managed ? 'policy_set_by_org' : 'policy_locked_short'),
      ),
    ),
    value,
    h(doc, 'p', { class: 'help muted' }, t(`options_settings_${key}_help`)),
  );
}

/** A delivery failure in the UI language: "HTTP 500" stays, a browser's English message does not. */
function deliveryError(ctx: ViewContext, reason: string): string {
  if (/^HTTP \d{3}$/.test(reason)) return ctx.t('report_error_http', [reason]);
  if (reason === 'timeout') return ctx.t('report_error_timeout');
  return ctx.t('report_error_network');
}

function reportStatus(ctx: ViewContext, r: ReportStatusReply): HTMLElement {
  const { doc, t, locale } = ctx;
  const now = ctx.now();
  const id = uid('reports');
  const items: HTMLElement[] = [];
  if (!r.configured) items.push(h(doc, 'li', {}, t('options_settings_reports_off')));
  else {
    items.push(h(doc, 'li', {}, t('options_settings_reports_pending', [String(r.pending)])));
    if (r.lastSuccess)
      items.push(
        h(
          doc,
          'li',
          {},
          t('options_settings_reports_last_success', [relativeTime(r.lastSuccess, now, locale)]),
        ),
      );
    // an error older than the last delivery is history, not news
    if (r.lastError && (r.lastSuccess === null || r.lastError.time > r.lastSuccess))
      items.push(
        h(
          doc,
          'li',
          { class: 'error' },
          t('options_settings_reports_last_error', [
            relativeTime(r.lastError.time, now, locale),
            deliveryError(ctx, r.lastError.reason),
          ]),
        ),
      );
  }
  return h(
    doc,
    'section',
    { class: 'report-status', 'aria-labelledby': id, 'data-testid': 'report-status' },
    h(doc, 'h3', { id }, t('options_settings_reports_heading')),
    h(doc, 'ul', {}, ...items),
  );
}
