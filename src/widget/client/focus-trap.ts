// Keeps Tab and Shift+Tab inside a full-screen panel (the widget on phones), wrapping from the last control to the first.

const FOCUSABLE = 'button:not([disabled]), a[href], textarea:not([disabled]), input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Handles a Tab keydown inside `container` (whose focus is read from `root`); wraps at either end. */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement, root: ShadowRoot): void {
  if (event.key !== 'Tab') return;
  const visible = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length > 0);
  const first = visible[0];
  const last = visible[visible.length - 1];
  if (!first || !last) return;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
