// Short notices (ignored link parameters, fallbacks, map errors), announced politely and dismissable.
import { useAppState, useActions } from './context';
import { t } from '../i18n/t';

export function Notices() {
  const notices = useAppState((s) => s.notices);
  const lang = useAppState((s) => s.view.lang);
  const { dismissNotice } = useActions();
  return (
    <div class="notices" role="status" aria-live="polite" aria-label={t(lang, 'notices')}>
      {notices.map((message) => (
        <p class="notice" key={message}>
          <span>{message}</span>
          <button type="button" class="notice-dismiss" onClick={() => dismissNotice(message)} aria-label={`${t(lang, 'dismiss')}: ${message}`}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
