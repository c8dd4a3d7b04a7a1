// App-wide keys: Escape clears the selection (or leaves briefing mode); B toggles briefing mode.
import type { AppStore } from '../state/store';

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

export function installKeyboard(store: AppStore): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const s = store.getState();
    if (e.key === 'Escape') {
      if (s.selection) s.select(null);
      else if (s.view.mode === 'briefing') s.setMode('explore');
      return;
    }
    if (typingInField(e.target)) return;
    if (e.key === 'b' || e.key === 'B') s.setMode(s.view.mode === 'briefing' ? 'explore' : 'briefing');
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
