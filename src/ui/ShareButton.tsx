// The Share / Embed button and its dialog.
import { useState } from 'preact/hooks';
import { useAppState } from './context';
import { ShareDialog } from './ShareDialog';
import { t } from '../i18n/t';

export function ShareButton() {
  const lang = useAppState((s) => s.view.lang);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t(lang, 'share')} / {t(lang, 'embed')}
      </button>
      <ShareDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
