/** Is the key press aimed at something that takes text (where "/" must type a slash)? */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** Is the key press inside one of ag-grid's popups (a filter menu), which handles Escape itself? */
export function inGridPopup(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.ag-popup, .ag-filter, .ag-menu') !== null;
}
