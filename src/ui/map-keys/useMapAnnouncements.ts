// Feeds the live region with the map's keyboard moves: each new focus is described, and the keys' notes are said.
import { useEffect } from 'preact/hooks';
import { useAppStore, useModel } from '../context';
import { focusText } from './announce';
import { mapContentSelector } from './navigator';
import { onNote } from './notes';

export function useMapAnnouncements(say: (text: string) => void): void {
  const store = useAppStore();
  const { model, views } = useModel();
  useEffect(() => {
    const content = mapContentSelector(views);
    // A live region says nothing when its text does not change: a repeated note gets an invisible difference.
    let last = '';
    const sayNew = (text: string): void => {
      last = text === last.trimEnd() && !last.endsWith('\u00a0') ? `${text}\u00a0` : text;
      say(last);
    };
    const offFocus = store.subscribe(
      (s) => s.focused,
      (focus) => {
        const s = store.getState();
        if (focus) sayNew(focusText(s.view.lang, model, content(s), s.time.date, focus));
      },
    );
    const offNote = onNote(sayNew);
    return () => {
      offFocus();
      offNote();
    };
  }, [store, model, views, say]);
}
