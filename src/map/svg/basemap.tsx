// The basemap on the SVG map: land and EU fills, hover, borders and the selected outline, as the WebGL layers (style/basemap.ts).
import type { BasemapData } from '../../geo/basemap';
import { atZoom } from '../style/common';
import { BASEMAP_STYLE } from '../style/basemap';
import { selectAttr, type SvgFrame } from './common';

export interface SvgCountriesProps {
  basemap: BasemapData;
  frame: SvgFrame;
  countryPaths: ReadonlyMap<string, string>;
  euMembers: ReadonlySet<string>;
  /** The country's name for screen readers. */
  nameOf(iso2: string, fallback: string): string;
}

/** Every country, clickable: the EU members at the date in the EU colour. */
export function SvgCountries({ basemap, frame, countryPaths, euMembers, nameOf }: SvgCountriesProps) {
  return (
    <g class="svg-countries">
      {basemap.countries.features.map(({ properties: { iso2, name } }) => (
        <path
          key={iso2}
          class="svg-country"
          data-iso2={iso2}
          data-select={selectAttr('country', iso2)}
          role="img"
          aria-label={nameOf(iso2, name)}
          d={countryPaths.get(iso2)}
          fill={euMembers.has(iso2) ? frame.theme.eu : frame.theme.land}
          data-eu={euMembers.has(iso2) ? '' : undefined}
        />
      ))}
    </g>
  );
}

/** The hovered country's highlight, under the borders. */
export function SvgCountryHover({ d, frame }: { d: string | undefined; frame: SvgFrame }) {
  if (d === undefined) return null;
  return <path class="svg-country-hover" d={d} fill={frame.theme.highlight} fill-opacity={BASEMAP_STYLE.hoverOpacity} pointer-events="none" />;
}

export function SvgBorders({ d, frame }: { d: string; frame: SvgFrame }) {
  return <path class="svg-borders" d={d} fill="none" stroke={frame.theme.border} stroke-width={atZoom(BASEMAP_STYLE.borderWidth, frame.zoom)} pointer-events="none" />;
}

/** The selected country's outline, over the borders. */
export function SvgCountrySelected({ d, frame }: { d: string | undefined; frame: SvgFrame }) {
  if (d === undefined) return null;
  return <path class="svg-country-selected" d={d} fill="none" stroke={frame.theme.selected} stroke-width={BASEMAP_STYLE.selectedOutline} pointer-events="none" />;
}
