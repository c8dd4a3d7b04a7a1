// Header actions: share the view, briefing mode, data table, high contrast and language.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useActions, useAppState } from './context';
import { t } from '../i18n/t';
import { LANGS, type Lang } from '../state/types';
import { LANG_NAMES } from '../i18n/languages';

export function Toolbar({ share }: { share: ComponentChildren }) {
  const lang = useAppState((s) => s.view.lang);
  const highContrast = useAppState((s) => s.view.highContrast);
  const mode = useAppState((s) => s.view.mode);
  const tableOpen = useAppState((s) => s.view.tableOpen);
  const { setLang, setHighContrast, setMode, setTableOpen } = useActions();
  return (
    <>
      {share}
      <button type="button" aria-pressed={tableOpen} onClick={() => setTableOpen(!tableOpen)}>
        {t(lang, 'dataTable')}
      </button>
      <button type="button" aria-pressed={mode === 'briefing'} onClick={() => {
          setMode(mode === 'briefing' ? 'explore' : 'briefing');
          void document.documentElement.requestFullscreen?.().catch(() => undefined);
        }} aria-keyshortcuts="B">
        {t(lang, 'briefing')}
      </button>
      <button type="button" aria-pressed={highContrast} onClick={() => setHighContrast(!highContrast)}>
        {t(lang, 'highContrast')}
      </button>
      <LanguageSwitch lang={lang} onChange={setLang} />
    </>
  );
}

function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const [id] = useState(() => `lang-${Math.random().toString(36).slice(2, 8)}`);
  return (
    <>
      <label for={id} class="visually-hidden">
        {t(lang, 'language')}
      </label>
      <select id={id} value={lang} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </>
  );
}
