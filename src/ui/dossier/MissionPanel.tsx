// A mission's dossier: kind, place, period and sources.
import { useAppState } from '../context';
import { useModel } from '../context';
import { Sources } from '../SourceQuote';
import { t } from '../../i18n/t';
import { formatPartialDate } from '../../i18n/format';
import { nameIn, missionKindName } from '../../i18n/enumerations';
import { countryName } from '../../i18n/countries';

import { standingNote } from '../../i18n/standing';
import { missionLastReported, missionStandingAt } from '../../selectors/missions';
import { formatPeriod } from '../../i18n/period';

export function MissionPanel({ id }: { id: string }) {
  const lang = useAppState((s) => s.view.lang);
  const { model } = useModel();
  const date = useAppState((s) => s.time.date);
  const mission = model.missions.get(id);
  if (!mission) return null;
  const standing = missionStandingAt(model, mission, date);
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{nameIn(lang, mission)}</h2>
      <p>
        {missionKindName(lang, mission.kind)} · {mission.location.name}
        {mission.country ? `, ${countryName(lang, mission.country, model.countries.get(mission.country)?.name)}` : ''}
        {formatPeriod(lang, mission.from, mission.to) ? ` · ${formatPeriod(lang, mission.from, mission.to)}` : ''}
        {standing && standing !== 'current' && <span class="standing-note"> · {standingNote(lang, standing, missionLastReported(model, mission))}</span>}
      </p>
      {mission.ended && (
        <p class="mission-ended" data-testid="mission-ended">
          {t(lang, 'until', { date: mission.to ? formatPartialDate(lang, mission.to) : '' })} <Sources citations={[mission.ended]} />
        </p>
      )}
      <h3>{t(lang, 'mandate')}</h3>
      <p lang="en">{mission.mandate}</p>
      {mission.vague && <p class="vague" lang="en">{mission.vague}</p>}
      <Sources citations={mission.sources} />
    </article>
  );
}
