// The map's box on screen and the part of it that panels cover (the phone sheet when lowered), for fitting a camera.
import type { Padding } from '../geo/fit';

const MARGIN = 16;

export function mapFrame(doc: Document = document): { box: { width: number; height: number }; padding: Padding } | null {
  const region = doc.getElementById('map-region');
  if (!region) return null;
  const { width, height } = region.getBoundingClientRect();
  if (width === 0 || height === 0) return null;
  const padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  const panel = doc.getElementById('side-panel');
  if (panel && getComputedStyle(panel).position === 'absolute') {
    // A sheet over the map: the camera is for when it is lowered, so the selection shows above it.
    const lowered = Number.parseFloat(getComputedStyle(panel).getPropertyValue('--sheet-lowered'));
    if (Number.isFinite(lowered)) padding.bottom += lowered;
  }
  return { box: { width, height }, padding };
}
