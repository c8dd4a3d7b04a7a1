// A route's dossier: its countries, figures by period and composition.
import { figureAt } from '../../selectors/routes';
import { useAppState } from '../context';
import { useModel } from '../context';
import { Sources, SourceQuote } from '../SourceQuote';
import { hedged } from '../figure-text';
import { t } from '../../i18n/t';
import { formatList, formatPercent } from '../../i18n/format';
import { nameIn } from '../../i18n/enumerations';
import { countryName } from '../../i18n/countries';
import { Section, FigureLine } from './parts';
import { formatPeriod } from '../../i18n/period';

export function RoutePanel({ id }: { id: string }) {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const { model } = useModel();
  const route = model.routes.get(id);
  if (!route) return null;
  const current = figureAt(model, route, date);
  const name = (c: string): string => countryName(lang, c, model.countries.get(c)?.name);
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{nameIn(lang, route)}</h2>
      <p class="schematic-note">{t(lang, 'schematicNote')}</p>
      <p>
        {t(lang, 'waypoints')}: {route.waypoints.map((w) => w.name).join(' → ')}
      </p>
      {current ? <p>{<FigureLine figure={current} />}</p> : <p class="empty-state">{t(lang, 'noFigure')}</p>}
      <Section title={t(lang, 'composition')} empty={route.composition.length === 0}>
        <ul>
          {route.composition.map((c, i) => (
            <li key={i}>
              {formatList(lang, (Array.isArray(c.nationality) ? c.nationality : [c.nationality]).map((n) => (n === 'sub-saharan-africa' ? t(lang, 'subSaharanAfrica') : name(n))))}: {hedged(lang, c.qualifier, formatPercent(lang, c.percent))} ({formatPeriod(lang, c.from, c.to)}) <SourceQuote citation={c.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'allFigures')} empty={route.figures.length === 0}>
        <ul>
          {route.figures.map((f) => (
            <li key={f.id}>
              <FigureLine figure={f} />
            </li>
          ))}
        </ul>
      </Section>
      <p>
        {t(lang, 'roleOrigin')}: {formatList(lang, route.countries.origin.map(name)) || '—'}; {t(lang, 'roleTransit')}: {formatList(lang, route.countries.transit.map(name)) || '—'};{' '}
        {t(lang, 'roleDestination')}: {formatList(lang, route.countries.destination.map(name)) || '—'}
      </p>
      {route.vague && <p class="vague" lang="en">{route.vague}</p>}
      <Sources citations={route.sources} />
    </article>
  );
}
