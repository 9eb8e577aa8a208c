/**
 * In-page navigation that works across shadow roots without touching `location.hash` (hosts that
 * route by hash break when it changes): scrolls the target into view and moves focus to it.
 * A target that is not focusable gets `tabindex="-1"` so focus can land on it. `scrollTarget` is
 * what scrolls into view when it is not the focus target itself (a card whose toggle takes focus).
 */
export function revealAndFocus(target: HTMLElement, scrollTarget: HTMLElement = target): void {
  if (!target.isConnected) return;
  if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  // At once, not smoothly: the tray's own focus handling scrolls a focused element clear of it on the
  // next frame, and that would stop a smooth scroll halfway, with the target still low on the screen.
  scrollTarget.scrollIntoView({ block: 'start', behavior: 'instant' });
}
