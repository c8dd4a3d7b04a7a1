// Can this browser draw the WebGL map? A cheap first guess, made before MapLibre is loaded.
//
// Creating a throwaway WebGL context to find out costs a context creation (hundreds of milliseconds with a software
// renderer) on every load. So the guess only checks that the link does not ask for the SVG map and that the browser
// has the WebGL 2 API that MapLibre 6 needs; when the API exists but no context can be created (blocklisted GPU, WebGL disabled), the
// map's own creation fails and the app switches to the SVG map then (see start.tsx).
export function webglLikely(): boolean {
  try {
    if (new URLSearchParams(location.search).get('renderer') === 'svg') return false;
    return typeof WebGL2RenderingContext !== 'undefined';
  } catch {
    return false;
  }
}
