// What the user sees when the app cannot start: the reason in words, never a blank page.
import { t } from '../i18n/t';
import type { Lang } from '../state/types';

interface LoadErrorProps {
  title: string;
  error: unknown;
  lang?: Lang;
}

/** A part of the app (a chunk of code or data) that did not arrive, as browsers word it. */
function isMissingFile(message: string): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(message);
}

export function LoadError({ title, error, lang = 'en' }: LoadErrorProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div class="load-error" role="alert">
      <h1>{title}</h1>
      {isMissingFile(message) ? <p>{t(lang, 'loadErrorMissingFile')}</p> : <pre>{message}</pre>}
      <p>{t(lang, 'reloadHint')}</p>
      {isMissingFile(message) && (
        <details>
          <summary>{t(lang, 'technicalDetails')}</summary>
          <pre>{message}</pre>
        </details>
      )}
    </div>
  );
}
