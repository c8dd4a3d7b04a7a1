// On a briefing step that is a comparison: which month is on which side of the divider, and how many changes the
// dated records hold between them (the full list is in explore mode and in the handout).
import type { CompareState } from '../../state/types';
import { formatMonth } from '../../i18n/format';
import { t } from '../../i18n/t';
import { useAppState } from '../context';

export function StepComparison({ compare }: { compare: CompareState }) {
  const lang = useAppState((s) => s.view.lang);
  return (
    <p class="story-compare" data-testid="story-compare">
      {t(lang, 'compareHandoutStep', { a: t(lang, 'compareSideA', { month: formatMonth(lang, compare.a) }), b: t(lang, 'compareSideB', { month: formatMonth(lang, compare.b) }) })}
    </p>
  );
}
