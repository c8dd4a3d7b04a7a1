// Share / Embed dialog: the link to the current view and the iframe code for it, each with a copy button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from './context';
import { encode } from '../state/url';
import { linkState } from '../state/url-sync';
import { t } from '../i18n/t';
import { embedCode, HEIGHT_SCRIPT } from '../embed/snippets';


function CopyField({ label, value, id }: { label: string; value: string; id: string }) {
  const lang = useAppState((s) => s.view.lang);
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      ref.current?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div class="copy-field">
      <label for={id}>{label}</label>
      <textarea id={id} ref={ref} readOnly rows={value.length > 120 ? 4 : 2} value={value} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
      <button type="button" class="button" onClick={() => void copy()}>
        {copied ? t(lang, 'copied') : t(lang, 'copy')}
      </button>
    </div>
  );
}

export function ShareDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const lang = useAppState((s) => s.view.lang);
  // Closed, the dialog neither encodes the link on every state change nor re-renders with it.
  const query = useAppState((s) => (open ? encode(linkState(s)) : ''));
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const dir = `${location.origin === 'null' ? '' : location.origin}${location.pathname.replace(/[^/]*$/, '')}`;
  const link = `${dir}?${query}`;
  const embedParams = new URLSearchParams(query);
  embedParams.set('mode', 'embed');
  // embed.html is the single-file build: it runs in a sandboxed iframe on any host, with no further request.
  const embedLink = `${dir}embed.html?${embedParams.toString()}`;
  return (
    <dialog ref={ref} class="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t(lang, 'shareTitle')}</h2>
      <CopyField id="share-link" label={t(lang, 'linkToView')} value={link} />
      <CopyField id="share-embed" label={t(lang, 'embedCode')} value={embedCode(embedLink, t(lang, 'appTitle'))} />
      <CopyField id="share-height" label={t(lang, 'embedHeightScript')} value={HEIGHT_SCRIPT} />
      <button type="button" class="button" onClick={onClose}>
        {t(lang, 'close')}
      </button>
    </dialog>
  );
}
