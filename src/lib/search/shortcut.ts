/**
 * The "/" shortcut focuses the site search from anywhere, except where "/" is something the reader is typing:
 * text fields, selects, editable regions, or with a modifier held (browser and assistive-technology shortcuts).
 */
export interface KeyContext {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Upper-case tag name of the focused element, e.g. "INPUT". */
  targetTag: string;
  /** The focused input's type attribute, lower case, when targetTag is INPUT. */
  inputType?: string | undefined;
  targetIsContentEditable: boolean;
  /** True while an IME composition is in progress. */
  isComposing?: boolean | undefined;
}

/** Input types that do not take typed text, so "/" pressed on them is free for the shortcut. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'range', 'color']);

export function shouldFocusSearch(ctx: KeyContext): boolean {
  if (ctx.key !== '/' || ctx.ctrlKey || ctx.metaKey || ctx.altKey || ctx.isComposing) return false;
  if (ctx.targetIsContentEditable) return false;
  if (ctx.targetTag === 'TEXTAREA' || ctx.targetTag === 'SELECT') return false;
  if (ctx.targetTag === 'INPUT') return NON_TEXT_INPUTS.has((ctx.inputType ?? 'text').toLowerCase());
  return true;
}
