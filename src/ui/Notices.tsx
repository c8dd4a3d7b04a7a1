// Short notices (ignored link parameters, fallbacks, map errors), announced politely and dismissable, over the top of the map.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useAppState, useActions } from './context';
import { t } from '../i18n/t';
import './notices.css';

export function Notices() {
  const notices = useAppState((s) => s.notices);
  const lang = useAppState((s) => s.view.lang);
  const { dismissNotice } = useActions();
  const bar = useRef<HTMLDivElement>(null);
  // The bar's height, for what stands at the top of the map region and moves down under it (notices.css).
  useLayoutEffect(() => {
    const element = bar.current;
    const main = element?.closest<HTMLElement>('.app-main');
    if (!element || !main) return undefined;
    const observer = new ResizeObserver(() => main.style.setProperty('--notices-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      main.style.removeProperty('--notices-height');
    };
  }, []);
  return (
    <div ref={bar} class="notices" role="status" aria-live="polite" aria-label={t(lang, 'notices')}>
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
