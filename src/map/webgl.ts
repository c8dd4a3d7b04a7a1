// Can this browser draw the WebGL map? Checked once, before MapLibre is loaded.
export function webglAvailable(): boolean {
  try {
    if (new URLSearchParams(location.search).get('renderer') === 'svg') return false;
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    (gl as WebGLRenderingContext).getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
