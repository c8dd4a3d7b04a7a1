// What the user sees when the app cannot start: the reason in words, never a blank page.
import { t } from '../i18n/t';
import type { Lang } from '../state/types';

interface LoadErrorProps {
  title: string;
  error: unknown;
  lang?: Lang;
}

export function LoadError({ title, error, lang = 'en' }: LoadErrorProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div class="load-error" role="alert">
      <h1>{title}</h1>
      <pre>{message}</pre>
      <p>{t(lang, 'reloadHint')}</p>
    </div>
  );
}
