// "Map as text": what the map shows at the date with the filters, grouped by layer, each item a button that puts the
// map's keyboard focus on it; and the list of the map's keys, opened with `?` on the map or the button beside it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState, useAppStore } from '../context';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/language-pack';
import { formatMonth } from '../../i18n/format';
import type { MapFeature } from '../../selectors/map-features';
import type { SelectionKind } from '../../state/types';
import { focusOnMap, type NavigatorSource } from './keys';
import type { MapNavigator } from './navigator';
import { onKeysHelp, openKeysHelp } from './notes';
import './map-keys.css';

const GROUPS: ReadonlyArray<[SelectionKind, MessageKey]> = [
  ['country', 'textCountries'],
  ['route', 'textRoutes'],
  ['mission', 'textMissions'],
  ['funding', 'textFunding'],
];

export function MapAsText({ navigator }: { navigator: NavigatorSource }) {
  const [open, setOpen] = useState(false);
  const lang = useAppState((s) => s.view.lang);
  // The navigator (and the feature selectors) arrive the first time the list opens; a failure is said, and closing
  // and opening the list tries again.
  const [loaded, setLoaded] = useState<MapNavigator | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!open || loaded) return undefined;
    let live = true;
    setFailed(false);
    navigator().then(
      (n) => live && setLoaded(n),
      (error: unknown) => {
        console.error(error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [open, loaded, navigator]);
  return (
    <div class="map-text-controls">
      <details class="map-as-text" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)} data-testid="map-as-text">
        <summary>{t(lang, 'mapAsText')}</summary>
        {open &&
          (loaded ? (
            <MapAsTextBody navigator={loaded} close={() => setOpen(false)} />
          ) : (
            <p class="part-message" role={failed ? 'alert' : 'status'}>
              {t(lang, failed ? 'partLoadError' : 'loadingPart')}
            </p>
          ))}
      </details>
      <button type="button" class="map-keys-button" aria-label={t(lang, 'mapKeysTitle')} aria-keyshortcuts="?" onClick={openKeysHelp}>
        ?
      </button>
    </div>
  );
}

function MapAsTextBody({ navigator, close }: { navigator: MapNavigator; close(): void }) {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const features = useAppState((s) => navigator.features(s));
  const store = useAppStore();
  // Each item reads as the live region would announce it: name, what it is, its figure at the date (the list
  // re-renders when the features, the language or the date change).
  const describe = (f: MapFeature): string => navigator.describe(store.getState(), { kind: f.kind, id: f.id });
  const focusedKey = useAppState((s) => (s.focused ? `${s.focused.kind}:${s.focused.id}` : ''));
  return (
    <div class="map-as-text-body">
      <p class="map-as-text-intro">{t(lang, 'mapAsTextIntro', { date: formatMonth(lang, date) })}</p>
      {features.length === 0 && <p>{t(lang, 'mapNothingDrawn')}</p>}
      {GROUPS.map(([kind, title]) => {
        const items = features.filter((f) => f.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-label={t(lang, title)}>
            <h2 class="map-as-text-heading">
              {t(lang, title)} ({items.length})
            </h2>
            <ul>
              {items.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    class="map-as-text-item"
                    aria-current={focusedKey === `${f.kind}:${f.id}` ? 'true' : undefined}
                    data-feature={`${f.kind}:${f.id}`}
                    onClick={() => {
                      close();
                      focusOnMap({ kind: f.kind, id: f.id });
                    }}
                  >
                    {describe(f)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

const KEY_LINES: readonly MessageKey[] = ['mapKeyArrows', 'mapKeyEnter', 'mapKeyEscape', 'mapKeyRoute', 'mapKeyPan', 'mapKeyZoom', 'mapKeyHelp'];

export function MapKeysHelp() {
  const ref = useRef<HTMLDialogElement>(null);
  const lang = useAppState((s) => s.view.lang);
  useEffect(() => onKeysHelp(() => ref.current?.showModal()), []);
  return (
    <dialog
      ref={ref}
      class="map-keys-help"
      aria-labelledby="map-keys-title"
      data-testid="map-keys-help"
      // Escape closes the list only; it does not also reach the app-wide key that clears the selection.
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <h2 id="map-keys-title">{t(lang, 'mapKeysTitle')}</h2>
      <ul>
        {KEY_LINES.map((key) => (
          <li key={key}>{t(lang, key)}</li>
        ))}
      </ul>
      <button type="button" class="button" onClick={() => ref.current?.close()}>
        {t(lang, 'close')}
      </button>
    </dialog>
  );
}
