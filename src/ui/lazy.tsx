// Parts of the app fetched as their own chunk the first time they are shown (the comparison, the data table, briefing
// mode, the story maker): a status line while the chunk arrives and, if it does not, a message and a retry. The rest
// of the app keeps working either way.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { Store } from '../state/store';
import { useAppState } from './context';

interface LazyOptions {
  /** Where the part sits: over the map (the map's message box) or in a panel or dialog. */
  placement?: 'map' | 'panel';
  /** Shown (and fetched) only while this holds; nothing is drawn otherwise. */
  when?(s: Store): boolean;
}

const always = (): boolean => true;

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, { placement = 'panel', when = always }: LazyOptions = {}): ComponentType<P> {
  let part: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchPart = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (loaded) => (part = loaded),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  function Gate(props: P) {
    return useAppState(when) ? <LazyPart {...props} /> : null;
  }
  function LazyPart(props: P) {
    const lang = useAppState((s) => s.view.lang);
    const [failed, setFailed] = useState(false);
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (part || failed) return undefined;
      let live = true;
      fetchPart().then(
        () => live && setArrived(true),
        (error: unknown) => {
          console.error(error);
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [failed]);
    if (part) {
      const Part = part;
      return <Part {...props} />;
    }
    const box = placement === 'map' ? 'map-message' : 'part-message';
    if (failed)
      return (
        <div class={box} role="alert">
          <p>{t(lang, 'partLoadError')}</p>
          <button type="button" class="button" onClick={() => setFailed(false)}>
            {t(lang, 'retry')}
          </button>
        </div>
      );
    return (
      <p class={box} role="status">
        {t(lang, placement === 'map' ? 'loading' : 'loadingPart')}
      </p>
    );
  }
  return when === always ? LazyPart : Gate;
}
