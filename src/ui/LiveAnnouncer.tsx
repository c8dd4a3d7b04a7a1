// A polite live region that tells screen-reader users what changed: the selection and the timeline date.
import { useEffect, useState } from 'preact/hooks';
import { useAppState, useAppStore } from './context';
import { useModel } from './context';
import { formatMonth } from '../i18n/format';
import { countryName } from '../i18n/countries';
import { t } from '../i18n/t';
import type { Lang, Selection } from '../state/types';
import type { Model } from '../data/model';
import { useMapAnnouncements } from './map-keys/useMapAnnouncements';

function selectionName(lang: Lang, model: Model, s: Selection): string {
  switch (s.kind) {
    case 'country':
      return countryName(lang, s.id, model.countries.get(s.id)?.name);
    case 'route':
      return model.routes.get(s.id)?.name ?? s.id;
    case 'mission':
      return model.missions.get(s.id)?.name ?? s.id;
    case 'funding':
      return model.funding.get(s.id)?.purpose ?? s.id;
  }
}

export function LiveAnnouncer() {
  const { model } = useModel();
  const store = useAppStore();
  const selection = useAppState((s) => s.selection);
  const lang = useAppState((s) => s.view.lang);
  const [message, setMessage] = useState('');
  useMapAnnouncements(setMessage);
  useEffect(() => {
    setMessage(selection ? t(lang, 'announceSelected', { name: selectionName(lang, model, selection) }) : '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a language switch alone is not news
  }, [selection, model]);
  // The date is announced through a subscription, not read in render: a timeline step does not re-render the region.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = store.subscribe(
      (s) => [s.time.date, s.time.playing, s.view.lang] as const,
      ([date, playing, language]) => {
        clearTimeout(timer);
        timer = undefined;
        // While playing, announce at most once a year, not every month.
        if (playing && !date.endsWith('-01')) return;
        timer = setTimeout(() => setMessage(t(language, 'announceDate', { date: formatMonth(language, date) })), 400);
      },
      { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
    );
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [store]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
