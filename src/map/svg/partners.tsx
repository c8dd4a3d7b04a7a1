// Partner countries on the SVG map: the same fills and hatching as the WebGL layer (style/partners.ts).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MapTheme } from '../theme';
import { opacityAt, standingFactor } from '../style/common';
import { PARTNER_HATCH, PARTNER_OPACITY, partnerColour, type PartnerProperties } from '../style/partners';

export const SVG_HATCH_ID = 'svg-partner-hatch';

/** The hatching pattern, for the map's <defs>. */
export function SvgPartnerHatch() {
  return (
    <pattern id={SVG_HATCH_ID} width={PARTNER_HATCH.size} height={PARTNER_HATCH.size} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={PARTNER_HATCH.line} height={PARTNER_HATCH.size} fill={PARTNER_HATCH.colour} />
    </pattern>
  );
}

export function SvgPartners({ features, countryPaths, theme }: { features: FeatureCollection<Polygon | MultiPolygon, PartnerProperties>; countryPaths: ReadonlyMap<string, string>; theme: MapTheme }) {
  return (
    <g class="svg-partners" pointer-events="none">
      {features.features.map(({ properties: p }) => {
        const d = countryPaths.get(p.iso2);
        return (
          <g key={p.iso2}>
            <path class="svg-partner" data-iso2={p.iso2} data-category={p.category} data-standing={p.standing} d={d} fill={partnerColour(theme, p.category)} fill-opacity={opacityAt(PARTNER_OPACITY, p.emphasis) * standingFactor(p.standing)} />
            {p.category === PARTNER_HATCH.category && <path class="svg-partner-hatch" data-iso2={p.iso2} d={d} fill={`url(#${SVG_HATCH_ID})`} fill-opacity={PARTNER_HATCH.opacity} />}
          </g>
        );
      })}
    </g>
  );
}
