// The presenter window's start: the data model for the sources, the basemap for the preview, and the view; no URL sync.
import type { VNode } from 'preact';
import { loadDataset } from '../../data/load';
import { loadBasemap } from '../../map/basemap-data';
import { createViewSelectors } from '../../selectors/view';
import type { AppStore } from '../../state/store';
import { ModelContext } from '../context';
import { deckMapParts, staticMapProps } from './map-parts';
import { setMapParts } from '../../map/active-map';
import { PresenterView } from './PresenterView';
import './presenter.css';

export function startPresenter(store: AppStore): VNode {
  const model = loadDataset();
  const views = createViewSelectors(model);
  const mapProps = staticMapProps(loadBasemap());
  // The presenter window draws no WebGL map: its slide decks draw the SVG map, as its preview does, with the routes
  // labelled as the app labels them (name and the period's figure), not as the small preview does (name only).
  setMapParts(deckMapParts(mapProps, () => store.getState().view.lang));
  store.getState().setMode('briefing');
  return (
    <ModelContext.Provider value={{ model, views }}>
      <PresenterView mapProps={mapProps} />
    </ModelContext.Provider>
  );
}
