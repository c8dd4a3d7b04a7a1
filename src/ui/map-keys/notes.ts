// Two small channels from the map's keys to the UI: a note for the live region ("Nothing further to the left") and
// the request to show the list of keys. Events on a private target: no store state for what is said once.
const channel = new EventTarget();

export function announceNote(text: string): void {
  channel.dispatchEvent(new CustomEvent<string>('note', { detail: text }));
}

export function onNote(listener: (text: string) => void): () => void {
  const handler = (e: Event): void => listener((e as CustomEvent<string>).detail);
  channel.addEventListener('note', handler);
  return () => channel.removeEventListener('note', handler);
}

export function openKeysHelp(): void {
  channel.dispatchEvent(new Event('help'));
}

export function onKeysHelp(listener: () => void): () => void {
  channel.addEventListener('help', listener);
  return () => channel.removeEventListener('help', listener);
}
