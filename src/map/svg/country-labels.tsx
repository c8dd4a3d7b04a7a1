// Country names on the SVG map: the WebGL map's size cut-offs and type size (style/basemap.ts); overlapping names are dropped.
import type { BasemapData } from '../../geo/basemap';
import type { Lang } from '../../state/types';
import { countryName } from '../../i18n/countries';
import { atZoom, svgHaloStroke } from '../style/common';
import { BASEMAP_STYLE, countryLabelSize, labelMinArea } from '../style/basemap';
import { pixelOf, type SvgFrame } from './common';
import { CHAR_EM, overlaps, type LabelBox } from './label-boxes';

/** `occupied`: boxes other labels (the routes') already take; a country name that would overlap one is dropped. */
export function SvgCountryLabels({ basemap, frame, lang, occupied = [] }: { basemap: BasemapData; frame: SvgFrame; lang: Lang; occupied?: readonly LabelBox[] }) {
  const { theme, width, height } = frame;
  const minArea = labelMinArea(frame.zoom);
  const fontSize = atZoom(countryLabelSize(theme), frame.zoom);
  const pad = BASEMAP_STYLE.labelPadding;
  const placed: LabelBox[] = [...occupied];
  const labels = [...basemap.labels.features]
    .filter((f) => minArea === 0 || f.properties.area_km2 > minArea)
    .sort((a, b) => b.properties.area_km2 - a.properties.area_km2)
    .flatMap((f) => {
      const p = pixelOf(frame, f.geometry.coordinates);
      if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return [];
      const name = countryName(lang, f.properties.iso2, f.properties.name);
      const halfW = (name.length * fontSize * CHAR_EM) / 2 + pad;
      const halfH = fontSize / 2 + pad;
      const box: LabelBox = [p[0] - halfW, p[1] - halfH, p[0] + halfW, p[1] + halfH];
      if (placed.some((b) => overlaps(box, b))) return [];
      placed.push(box);
      return [{ iso2: f.properties.iso2, name, x: p[0], y: p[1] }];
    });
  return (
    <g class="svg-labels" pointer-events="none" aria-hidden="true" font-size={fontSize} text-anchor="middle" dominant-baseline="central">
      {labels.map((l) => (
        <text key={l.iso2} data-iso2={l.iso2} x={l.x} y={l.y} fill={theme.label} stroke={theme.labelHalo} stroke-width={svgHaloStroke(BASEMAP_STYLE.labelHalo)} paint-order="stroke" stroke-linejoin="round">
          {l.name}
        </text>
      ))}
    </g>
  );
}
