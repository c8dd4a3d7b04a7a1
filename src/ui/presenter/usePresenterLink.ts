// Briefing mode's hook onto the projector link: one link while briefing mode is open, and whether a presenter is on.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Story } from '../../data/stories';
import type { AppStore } from '../../state/store';
import { createProjectorLink, type ProjectorLink } from './projector-link';

export function usePresenterLink(store: AppStore, stories: readonly Story[]): { open(): void; connected: boolean } {
  const storiesRef = useRef(stories);
  storiesRef.current = stories;
  const link = useRef<ProjectorLink | null>(null);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const created = createProjectorLink(store, (id) => storiesRef.current.find((s) => s.id === id));
    link.current = created;
    const off = created.onConnection(setConnected);
    return () => {
      off();
      created.close();
      link.current = null;
    };
  }, [store]);
  return { open: () => link.current?.open(), connected };
}
