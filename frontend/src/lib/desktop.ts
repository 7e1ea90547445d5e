import { ClipboardSetText, WindowSetTitle } from '../../wailsjs/runtime/runtime';

/** Copies text via the Wails runtime, falling back to the browser clipboard (dev server, tests). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (await ClipboardSetText(text)) return true;
  } catch {
    // No Wails runtime (plain browser): fall through.
  }
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Sets the native window title; a no-op outside Wails. */
export function setWindowTitle(title: string): void {
  try {
    WindowSetTitle(title);
  } catch {
    document.title = title;
    return;
  }
  document.title = title;
}
