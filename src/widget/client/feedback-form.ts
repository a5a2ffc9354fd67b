// The 👎 form: reason chips (one to choose), an optional note, send and cancel.
import { FEEDBACK_REASONS, type FeedbackReason } from '../../feedback/types.js';
import { h } from './dom.js';
import type { Strings } from './strings.js';

/** What the reader chose. */
export interface FeedbackChoice {
  reason: FeedbackReason;
  comment: string;
}

let formCount = 0;

/** Builds the form; `send` resolves true once stored (the form then closes itself); `close` is called on cancel/Esc/sent. */
export function feedbackForm(s: Strings, send: (choice: FeedbackChoice) => Promise<boolean>, close: () => void): HTMLFormElement {
  const id = ++formCount;
  let reason: FeedbackReason | null = null;
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', disabled: true }, s.feedbackSubmit);
  const chips = FEEDBACK_REASONS.map((value) =>
    h('button', { class: 'reason', type: 'button', 'aria-pressed': 'false', 'data-reason': value }, s.reasons[value]),
  );
  for (const chip of chips) {
    chip.addEventListener('click', () => {
      reason = chip.dataset.reason as FeedbackReason;
      for (const c of chips) c.setAttribute('aria-pressed', String(c === chip));
      submit.disabled = false;
    });
  }
  const note = h('textarea', { id: `wtsa-fb-${id}`, rows: 2, maxlength: 2000, placeholder: s.feedbackPlaceholder });
  const form = h(
    'form',
    { class: 'fb-form', 'aria-labelledby': `wtsa-fb-title-${id}` },
    h('p', { class: 'fb-title', id: `wtsa-fb-title-${id}` }, s.reasonsPrompt),
    h('div', { class: 'reasons', role: 'group', 'aria-labelledby': `wtsa-fb-title-${id}` }, ...chips),
    h('label', { for: `wtsa-fb-${id}` }, s.notePrompt),
    note,
    h('div', { class: 'fb-row' }, h('button', { class: 'btn', type: 'button', onclick: () => close() }, s.feedbackCancel), submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!reason) return;
    submit.disabled = true;
    void send({ reason, comment: note.value.trim() }).then((ok) => {
      if (ok) close();
      else submit.disabled = false;
    });
  });
  form.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape') return;
    e.stopPropagation();
    close();
  });
  return form;
}
