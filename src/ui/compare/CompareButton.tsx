// The toolbar's "Compare dates" button and its dialog: two months, Compare, or Stop comparing.
import { useEffect, useRef, useState } from 'preact/hooks';
import { TIMELINE_END, TIMELINE_START } from '../../state/defaults';
import { isMonth } from '../../state/month';
import { t } from '../../i18n/t';
import { useActions, useAppState, useAppStore } from '../context';

export function CompareButton() {
  const lang = useAppState((s) => s.view.lang);
  const compare = useAppState((s) => s.compare);
  // The date is read when the dialog opens, not subscribed to: a timeline step does not re-render the button.
  const store = useAppStore();
  const { setCompare } = useActions();
  const [open, setOpen] = useState(false);
  const [a, setA] = useState(() => compare?.a ?? store.getState().time.date);
  const [b, setB] = useState(compare?.b ?? TIMELINE_END);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const date = store.getState().time.date;
      setA(compare?.a ?? date);
      setB(compare?.b ?? (date === TIMELINE_END ? TIMELINE_START : TIMELINE_END));
      dialog.showModal?.();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const valid = isMonth(a) && isMonth(b) && a !== b && a >= TIMELINE_START && b >= TIMELINE_START && a <= TIMELINE_END && b <= TIMELINE_END;
  return (
    <>
      <button type="button" aria-haspopup="dialog" aria-pressed={compare !== null} onClick={() => setOpen(true)} data-testid="compare-button">
        {t(lang, 'compareButton')}
      </button>
      <dialog ref={ref} class="share-dialog compare-dialog" aria-labelledby="compare-dialog-title" onClose={() => setOpen(false)}>
        <h2 id="compare-dialog-title">{t(lang, 'compareDialogTitle')}</h2>
        <form
          class="compare-form"
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            // The store puts the timeline, legend and panels on date A, the left-hand map.
            setCompare({ a, b });
            setOpen(false);
          }}
        >
          <label>
            {t(lang, 'compareDateA')}
            <input type="month" min={TIMELINE_START} max={TIMELINE_END} value={a} required onInput={(e) => setA(e.currentTarget.value)} />
          </label>
          <label>
            {t(lang, 'compareDateB')}
            <input type="month" min={TIMELINE_START} max={TIMELINE_END} value={b} required onInput={(e) => setB(e.currentTarget.value)} />
          </label>
          {!valid && a === b && <p role="alert">{t(lang, 'compareSameMonth')}</p>}
          <button type="submit" class="button" disabled={!valid}>
            {t(lang, 'compareApply')}
          </button>
          {compare && (
            <button
              type="button"
              class="button"
              onClick={() => {
                setCompare(null);
                setOpen(false);
              }}
            >
              {t(lang, 'compareStop')}
            </button>
          )}
          <button type="button" class="button" onClick={() => setOpen(false)}>
            {t(lang, 'close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
