// A mission's dossier: kind, place, period and sources.
import { useAppState } from '../context';
import { useModel } from '../context';
import { Sources } from '../SourceQuote';
import { t } from '../../i18n/t';
import { nameIn, missionKindName } from '../../i18n/enumerations';
import { countryName } from '../../i18n/countries';
import { formatPeriod } from '../../i18n/period';

export function MissionPanel({ id }: { id: string }) {
  const lang = useAppState((s) => s.view.lang);
  const { model } = useModel();
  const mission = model.missions.get(id);
  if (!mission) return null;
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{nameIn(lang, mission)}</h2>
      <p>
        {missionKindName(lang, mission.kind)} · {mission.location.name}
        {mission.country ? `, ${countryName(lang, mission.country, model.countries.get(mission.country)?.name)}` : ''}
        {formatPeriod(lang, mission.from, mission.to) ? ` · ${formatPeriod(lang, mission.from, mission.to)}` : ''}
      </p>
      <h3>{t(lang, 'mandate')}</h3>
      <p lang="en">{mission.mandate}</p>
      {mission.vague && <p class="vague" lang="en">{mission.vague}</p>}
      <Sources citations={mission.sources} />
    </article>
  );
}
