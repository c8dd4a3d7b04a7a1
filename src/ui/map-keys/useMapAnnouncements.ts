// Feeds the live region with the map's keyboard moves: each new focus is described, and the keys' notes are said.
// The describing code comes with the navigator's chunk, fetched by the first focus (which the keys' chunk sets).
import { useEffect } from 'preact/hooks';
import { useAppStore, useModel } from '../context';
import { onNote } from './notes';

export function useMapAnnouncements(say: (text: string) => void): void {
  const store = useAppStore();
  const { model, views } = useModel();
  useEffect(() => {
    let live = true;
    // A live region says nothing when its text does not change: a repeated note gets an invisible difference.
    let last = '';
    const sayNew = (text: string): void => {
      last = text === last.trimEnd() && !last.endsWith('\u00a0') ? `${text}\u00a0` : text;
      say(last);
    };
    // Focus moves are said in the order they happen, each with the state it happened in.
    let said: Promise<void> = Promise.resolve();
    const offFocus = store.subscribe(
      (s) => s.focused,
      (focus) => {
        if (!focus) return;
        const s = store.getState();
        said = said
          .then(() => import('./walk'))
          .then(({ focusText, mapContentSelector }) => {
            if (live) sayNew(focusText(s.view.lang, model, mapContentSelector(views)(s), s.time.date, focus));
          })
          .catch((error: unknown) => console.error(error));
      },
    );
    const offNote = onNote(sayNew);
    return () => {
      live = false;
      offFocus();
      offNote();
    };
  }, [store, model, views, say]);
}
