// Hover tooltip: the name and key figure of what is under the pointer.
import { useEffect, useState } from 'preact/hooks';
import { useAppState } from './context';
import { useModel } from './context';
import { figureAt } from '../selectors/routes';
import type { PartnerView } from '../selectors/partners';
import { fundingStageName, missionKindName, partnerCategoryName, recipientName, instrumentName, nameIn } from '../i18n/enumerations';
import { routeFigureText } from './figure-text';
import { countryName } from '../i18n/countries';
import { amountText, standingNote } from '../i18n/standing';
import { missionLastReported, missionStandingAt } from '../selectors/missions';

export interface PointerFeed {
  subscribe(listener: (p: { x: number; y: number } | null) => void): () => void;
}

export function createPointerFeed(): PointerFeed & { emit(p: { x: number; y: number } | null): void } {
  const listeners = new Set<(p: { x: number; y: number } | null) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(p) {
      for (const l of listeners) l(p);
    },
  };
}

const NO_PARTNERS: readonly PartnerView[] = [];

export function Tooltip({ feed }: { feed: PointerFeed }) {
  const [point, setPoint] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => feed.subscribe(setPoint), [feed]);
  const hovered = useAppState((s) => s.hovered);
  const lang = useAppState((s) => s.view.lang);
  // Read only while something is hovered: with nothing under the pointer, a timeline step does not re-render the tooltip.
  const date = useAppState((s) => (s.hovered ? s.time.date : ''));
  const { model, views } = useModel();
  const partners = useAppState((s) => (s.hovered?.kind === 'country' ? views.partners(s) : NO_PARTNERS));
  if (!hovered || !point) return null;
  let title = hovered.id;
  let detail = '';
  if (hovered.kind === 'country') {
    title = countryName(lang, hovered.id, model.countries.get(hovered.id)?.name);
    const p = partners.find((x) => x.iso2 === hovered.id);
    if (p) detail = partnerCategoryName(lang, p.category);
  } else if (hovered.kind === 'route') {
    const r = model.routes.get(hovered.id);
    title = r ? nameIn(lang, r) : hovered.id;
    const f = r ? figureAt(model, r, date) : undefined;
    if (f) detail = routeFigureText(lang, f);
  } else if (hovered.kind === 'mission') {
    const m = model.missions.get(hovered.id);
    title = m ? nameIn(lang, m) : hovered.id;
    const standing = m ? missionStandingAt(model, m, date) : undefined;
    const note = m && standing ? standingNote(lang, standing, missionLastReported(model, m)) : '';
    detail = m ? [`${missionKindName(lang, m.kind)}, ${m.location.name}`, note].filter(Boolean).join(' · ') : '';
  } else if (hovered.kind === 'funding') {
    const f = model.funding.get(hovered.id);
    title = f ? amountText(lang, f) : hovered.id;
    detail = f ? `${fundingStageName(lang, f.stage)} · ${recipientName(lang, model, f)} · ${instrumentName(lang, model, f.instrument)}` : '';
  }
  return (
    <div class="map-tooltip" style={{ left: `${point.x + 14}px`, top: `${point.y + 14}px` }} aria-hidden="true">
      <strong>{title}</strong>
      {detail && <span>{detail}</span>}
    </div>
  );
}
