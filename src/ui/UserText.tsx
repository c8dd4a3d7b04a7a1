// Text someone else wrote (a story's title, text, summary, speaker notes): isolated from the text around it (<bdi>),
// cleaned of hidden direction and zero-width characters, and allowed to wrap anywhere (styles.css `.user-text`), so
// it reads as what it is and a long unbroken word never runs off the edge.
import { cleanText } from '../outside/text';

export function UserText({ text }: { text: string }) {
  return <bdi class="user-text">{cleanText(text)}</bdi>;
}
