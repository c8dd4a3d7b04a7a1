// A comparison step in the printed handout: the SVG maps of month A and month B side by side, each labelled, then the
// changes between them (with the step's filters), each with its date and the document or background reference.
import { useEffect, useMemo } from 'preact/hooks';
import type { Citation } from '../../data/schema';
import type { Model } from '../../data/model';
import { changesBetween } from '../../selectors/changes';
import { createSideStore, type CompareSide } from '../../state/compare-side';
import type { AppStore } from '../../state/store';
import type { Lang } from '../../state/types';
import { formatMonth, formatPartialDate } from '../../i18n/format';
import { t } from '../../i18n/t';
import { StoreContext } from '../context';
import { useModel } from '../context';
import { LazySvgMap } from '../RendererSwitch';
import type { StaticMapProps } from '../presenter/map-parts';
import { changeText, routeComparisonText } from './change-text';

/** The document a change comes from, by reference or title (never its file name), or the background's reference. */
export function citationLabel(lang: Lang, model: Model, citation: Citation): string {
  if ('background' in citation) return `${t(lang, 'background')}: ${citation.reference}`;
  const source = model.sourceBySeed.get(citation.seed);
  return source ? (source.reference ?? source.title) : '';
}

export function HandoutComparison({ store, lang, mapProps }: { store: AppStore; lang: Lang; mapProps: StaticMapProps }) {
  const { model } = useModel();
  const sides = useMemo(() => ({ a: createSideStore(store, 'a'), b: createSideStore(store, 'b') }), [store]);
  useEffect(() => () => {
    sides.a.destroy();
    sides.b.destroy();
  }, [sides]);
  const s = store.getState();
  if (!s.compare) return null;
  const list = changesBetween(model, s.filters, s.compare.a, s.compare.b);
  const side = (which: CompareSide) => (
    <figure class="handout-compare-side" data-side={which}>
      <div class="handout-map handout-map-half">
        <StoreContext.Provider value={sides[which].store}>
          <LazySvgMap {...mapProps} />
        </StoreContext.Provider>
      </div>
      <figcaption>
        {which.toUpperCase()} · {formatMonth(lang, s.compare![which])}
      </figcaption>
    </figure>
  );
  return (
    <div class="handout-compare" data-testid="handout-compare">
      <div class="handout-compare-maps">
        {side('a')}
        {side('b')}
      </div>
      <h3>{t(lang, 'compareTitle', { a: formatMonth(lang, list.from), b: formatMonth(lang, list.to) })}</h3>
      {list.hidden > 0 && <p class="handout-compare-hidden">{t(lang, 'compareHidden', { count: list.hidden })}</p>}
      <ul class="handout-changes">
        {list.changes.map((c) => (
          <li key={c.key}>
            <strong>{formatPartialDate(lang, c.date)}</strong> {changeText(lang, model, c)} <span class="handout-change-source">({citationLabel(lang, model, c.citation)})</span>
          </li>
        ))}
        {list.routes.map((r) => (
          <li key={r.route.id}>{routeComparisonText(lang, r)}</li>
        ))}
      </ul>
    </div>
  );
}
