// Loads the data model and the basemap, builds the overlays and the element tree for the current mode.
import type { VNode } from 'preact';
import type { MapController } from './map/controller';
import { appBasemap } from './map/basemap-data';
import { takeMapAhead } from './map/map-ahead';
import { loadDataset } from './data/load';
import { createViewSelectors } from './selectors/view';
import { mapOverlays } from './map/overlays';
import type { AppStore } from './state/store';
import { App } from './ui/App';
import { MapView } from './ui/MapView';
import { LazySvgMap, RendererSwitch } from './ui/RendererSwitch';
import { createRendererChoice, initialRenderer } from './map/renderer';
import { t } from './i18n/t';
import { ModelContext } from './context';
import { SidePanel } from './ui/SidePanel';
import { Toolbar } from './ui/Toolbar';
import { Timeline } from './ui/Timeline';
import { LayersAndLegend } from './ui/LayersAndLegend';
import { Tooltip, createPointerFeed } from './ui/Tooltip';
import { timelineBars, timelineEvents } from './selectors/timeline';
import type { RouteView } from './selectors/routes';
import type { KnownIds } from './state/url';
import { knownIds } from './selectors/known-ids';
import { hostedFigureLabel } from './i18n/enumerations';
import { routeLabelText } from './ui/figure-text';
import { countryPlaces } from './selectors/places';
import { bindLabelLanguage } from './map/labels-lang';
import { staticMapProps } from './ui/presenter/map-parts';
import { StoryMakerButton } from './ui/story-maker/StoryMakerButton';
import { openStoryFromLink } from './ui/story-maker/open-story-link';
import { Dossier } from './ui/dossier/Dossier';
import { EmbedChrome } from './ui/EmbedChrome';
import { LiveAnnouncer } from './ui/LiveAnnouncer';
import { AfterMapStart, mapStartSignal } from './ui/AfterMapStart';
import { navigatorSource } from './ui/map-keys/navigator-source';
import { bindWebglMapKeys } from './ui/map-keys/webgl';
import { MapAsText, MapKeysHelp } from './ui/map-keys/MapAsText';
import { ShareButton } from './ui/ShareButton';
import { setActiveMap, setMapParts } from './map/active-map';
import { exposeForTests, TEST_HANDLES } from './debug/test-handles';
import { countMapWork } from './debug/work-counters';
import type { Story } from './data/stories';
import rawStories from '../data/stories.json';
// Comparison of two dates (issue 19).
import type { MountSide } from './ui/compare/CompareView';
import { CompareOrSingle } from './ui/compare/CompareOrSingle';
import { CompareButton } from './ui/compare/CompareButton';
import { LazyBriefing, LazyChangeList, LazyCompareView, LazyDataTable } from './ui/lazy-parts';
import { setCompareMap } from './map/compare/pair';

export interface Started {
  app: VNode;
  known: KnownIds;
  stories: readonly Story[];
}

export async function startApp(store: AppStore): Promise<Started> {
  // Load phases for the bench (scripts/bench/scale-curve.ts): the static imports, data included, are evaluated by now.
  performance.mark('app-modules-evaluated');
  const model = loadDataset();
  performance.mark('model-built');
  // Country labels carry name_fr / name_de, so switching language only changes the label layer's text-field.
  const basemap = appBasemap();
  const views = createViewSelectors(model);
  // Validated at build time with the dataset (vite.config.ts).
  const stories = rawStories as unknown as readonly Story[];

  const { points: countryPoints, geometries } = countryPlaces(basemap);
  const routeLabel = (r: RouteView): string => routeLabelText(store.getState().view.lang, r);
  // The keyboard walk of the map's features, loaded on the map's first focus or the first look at the map as text.
  const featureNavigator = navigatorSource(model, views, countryPoints);

  // In the z-order of the registry (map/overlays.ts), which the SVG map follows too.
  const overlays = mapOverlays({ views, geometries, countryPoints, routeLabel, hostedLabel: (f, lang) => hostedFigureLabel(lang, f) });
  // The slide deck draws its maps from these very parts (export/slides).
  setMapParts({ basemap, geometries, countryPoints, routeLabel, overlays });
  const pointer = createPointerFeed();
  // Without WebGL (or once a lost context does not come back) the same layers are drawn as SVG, said once in the notices.
  const renderer = createRendererChoice(initialRenderer());
  // MapLibre is its own chunk, asked for at once when the WebGL map is the first choice; if it cannot load, or the map
  // cannot create its context or its worker, the app draws the SVG map instead.
  const mapModule = renderer.get() === 'webgl' ? import('./map/controller') : undefined;
  mapModule?.catch(() => undefined);
  // The panels are rendered once the map is created (or has given way to the SVG map): its worker starts first.
  const mapStart = mapStartSignal();
  if (renderer.get() !== 'webgl') mapStart.release();
  const useSvgMap = (reason: unknown): void => {
    console.warn('WebGL map unavailable, using the SVG map:', reason);
    renderer.set('svg');
    mapStart.release();
  };
  // One map per store: the app's map, or (issue 19) one side of a comparison, whose store holds the side's month.
  const mountFor = (target: AppStore, onMap: (map: MapController['map'] | null) => void) => (container: HTMLElement): (() => void) => {
    let controller: MapController | undefined;
    let unbindLabels: (() => void) | undefined;
    let unbindKeys: (() => void) | undefined;
    let unmounted = false;
    // The app's own map may have been started ahead of the data (main.tsx): adopted here, else created now.
    const ahead = target === store ? takeMapAhead() : undefined;
    Promise.all([mapModule ?? import('./map/controller'), ahead])
      .then(([{ createMapController }, started]) => {
        if (unmounted) {
          started?.discard();
          return;
        }
        const callbacks = { onPointer: pointer.emit, onContextLost: () => renderer.set('svg'), onFailedStart: useSvgMap };
        // MapLibre throws when it cannot create a WebGL 2 context: the API exists but is blocked or disabled.
        controller = started ? started.adopt(container, overlays, callbacks) : createMapController(container, target, basemap, overlays, callbacks);
        mapStart.release();
        onMap(controller.map);
        unbindLabels = bindLabelLanguage(controller.map, target);
        // The keyboard walk belongs to the one-date map; the comparison's two sides are read through the change list.
        if (target === store) unbindKeys = bindWebglMapKeys(container, controller.map, store, featureNavigator);
      })
      .catch(useSvgMap);
    return () => {
      unmounted = true;
      unbindLabels?.();
      unbindKeys?.();
      if (controller) onMap(null);
      controller?.destroy();
    };
  };
  const mount = mountFor(store, (map) => {
    setActiveMap(map);
    if (TEST_HANDLES) exposeForTests('__map', map ?? undefined);
    if (TEST_HANDLES && map) countMapWork(map);
  });
  const mountSide: MountSide = (side, target) => mountFor(target, (map) => setCompareMap(side, map));

  const svgMap = (): VNode => <LazySvgMap basemap={basemap} geometries={geometries} countryPoints={countryPoints} routeLabel={routeLabel} onPointer={pointer.emit} />;

  const known = knownIds(model, { points: countryPoints, geometries }, stories.map((st) => st.id));

  const events = timelineEvents(model);
  const bars = timelineBars(model);
  const app = (
    <ModelContext.Provider value={{ model, views, world: known }}>
      <App
        toolbar={
          <Toolbar
            share={
              <>
                <ShareButton />
                <CompareButton />
                <StoryMakerButton bundledIds={new Set(stories.map((s) => s.id))} />
              </>
            }
          />
        }
        briefing={<LazyBriefing stories={stories} mapProps={staticMapProps(basemap)} />}
        embedCard={<Dossier />}
        embedChrome={<EmbedChrome />}
        liveRegion={<LiveAnnouncer />}
        map={
          <RendererSwitch
            choice={renderer}
            onSvg={() => store.getState().notify(t(store.getState().view.lang, 'svgFallbackNotice'))}
            webgl={<CompareOrSingle single={<MapView mount={mount} />} compare={<LazyCompareView mountSide={mountSide} />} />}
            svg={<CompareOrSingle single={svgMap()} compare={<LazyCompareView svgSide={svgMap} />} />}
          />
        }
        overlays={
          <AfterMapStart started={mapStart.started}>
            <Tooltip feed={pointer} />
            <LazyDataTable />
            <LayersAndLegend />
            <MapAsText navigator={featureNavigator} />
            <MapKeysHelp />
          </AfterMapStart>
        }
        panel={
          <AfterMapStart started={mapStart.started}>
            <LazyChangeList countryPoints={countryPoints} />
            <SidePanel countryPoints={countryPoints} geometries={geometries} />
          </AfterMapStart>
        }
        footer={
          <Timeline
            events={events}
            bars={bars}
            onEvent={(id) => {
              const e = model.events.get(id);
              const iso2 = e?.countries[0];
              const p = iso2 ? countryPoints.get(iso2) : undefined;
              if (iso2 && p) {
                store.getState().select({ kind: 'country', id: iso2 });
                store.getState().setCamera({ lon: p[0]!, lat: p[1]!, zoom: 3.5 }, 'app');
              }
            }}
          />
        }
      />
    </ModelContext.Provider>
  );
  // A link may carry a whole story made in the app (#story-data=...): it opens in briefing mode once checked.
  // After main.tsx has applied the query part of the link (a task later than its microtasks).
  setTimeout(() => void openStoryFromLink(store, known), 0);
  // A story link pasted into the address bar of the open map changes only the fragment: the page does not reload.
  window.addEventListener('hashchange', () => void openStoryFromLink(store, known));
  return { app, known, stories };
}
