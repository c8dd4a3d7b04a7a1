// The height an embed would like, for hosts that size their iframe to it: the map at a pleasant aspect ratio for the
// frame's width, or taller when the dossier card holds more than that. Measured from content, never from the
// frame's own height, so resizing the iframe to it cannot feed back.

export const MIN_HEIGHT = 320;
export const MAX_HEIGHT = 1600;
/** Map height / width when nothing else asks for more room. */
const ASPECT = 0.625;
const MAP_MAX = 720;

/** The wanted height for a frame this wide whose card (if open) holds content this tall. */
export function wantedHeight(width: number, cardContent: number | null): number {
  const map = Math.min(MAP_MAX, Math.max(MIN_HEIGHT, Math.round(width * ASPECT)));
  const card = cardContent === null ? 0 : Math.ceil(cardContent);
  return Math.min(MAX_HEIGHT, Math.max(map, card));
}

/** How tall the open card would be without scrolling, including its offsets within the map region; null if closed. */
function cardContentHeight(doc: Document): number | null {
  const card = doc.querySelector<HTMLElement>('.embed-card');
  if (!card) return null;
  const style = getComputedStyle(card);
  const px = (v: string): number => Number.parseFloat(v) || 0;
  // A last child's bottom margin can collapse through its parents to the card's padding: the largest one counts.
  const trailingMargin = (el: Element | null): number => {
    let margin = 0;
    for (let e = el; e; e = e.lastElementChild) margin = Math.max(margin, px(getComputedStyle(e).marginBottom));
    return margin;
  };
  let bottom = 0;
  for (const child of Array.from(card.children) as HTMLElement[]) bottom = Math.max(bottom, child.offsetTop + child.offsetHeight + trailingMargin(child));
  return px(style.top) + bottom + px(style.paddingBottom) + px(style.borderBottomWidth) + px(style.bottom);
}

/** Calls `post` with the wanted height now and whenever it changes (frame width, card opened, closed or refilled). */
export function watchWantedHeight(post: (height: number) => void, doc: Document = document): () => void {
  let last = -1;
  let frame = 0;
  const measure = (): void => {
    frame = 0;
    const height = wantedHeight(doc.documentElement.clientWidth, cardContentHeight(doc));
    if (height !== last) {
      last = height;
      post(height);
    }
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  const resize = new ResizeObserver(schedule);
  resize.observe(doc.documentElement);
  const mutation = new MutationObserver(schedule);
  mutation.observe(doc.body, { childList: true, subtree: true, characterData: true });
  measure();
  return () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    mutation.disconnect();
  };
}
