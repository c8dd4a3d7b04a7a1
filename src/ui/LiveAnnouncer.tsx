// A polite live region that tells screen-reader users what changed: the selection and the timeline date.
import { useEffect, useState } from 'preact/hooks';
import { useAppState } from './context';
import { useModel } from './context';
import { formatMonth } from '../i18n/format';
import { countryName } from '../i18n/countries';
import { t } from '../i18n/t';
import type { Lang, Selection } from '../state/types';
import type { Model } from '../data/model';

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
  const selection = useAppState((s) => s.selection);
  const date = useAppState((s) => s.time.date);
  const playing = useAppState((s) => s.time.playing);
  const lang = useAppState((s) => s.view.lang);
  const [message, setMessage] = useState('');
  useEffect(() => {
    setMessage(selection ? t(lang, 'announceSelected', { name: selectionName(lang, model, selection) }) : '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a language switch alone is not news
  }, [selection, model]);
  useEffect(() => {
    // While playing, announce at most once a year, not every month.
    if (playing && !date.endsWith('-01')) return undefined;
    const timer = setTimeout(() => setMessage(t(lang, 'announceDate', { date: formatMonth(lang, date) })), 400);
    return () => clearTimeout(timer);
  }, [date, playing, lang]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
