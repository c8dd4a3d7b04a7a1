// The code a host page pastes: the iframe, and the optional script that sizes it from the map's height messages.
// The share dialog, the README and the e2e host page use these same strings.

/**
 * The iframe. `allow-popups-to-escape-sandbox` lets "Open the full map" open a normal page (with its own origin,
 * so its share link keeps the host); without `allow-same-origin` the map cannot read the host's cookies or storage.
 */
export function embedCode(link: string, title: string): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(link)}" title="${escape(title)}" width="800" height="560" style="border:0;width:100%;max-width:100%" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"></iframe>`;
}

/**
 * Optional, once per host page: sets each map iframe's height from its `height` messages, matched to the iframe by
 * `event.source`. Without it an iframe keeps the height written in its tag.
 */
export const HEIGHT_SCRIPT = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.namespace !== 'eu-migration-map' || d.type !== 'height' || typeof d.height !== 'number') return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.max(200, Math.min(d.height, 2000)) + 'px';
  }
});
</script>`;
