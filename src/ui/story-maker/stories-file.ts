// The stories file (the format of data/stories.json): checked with the same schema and cross-references as the
// bundled stories, the checker loaded only when a file is opened or saved; problems name the story, step and field.
import type { Model } from '../../data/model';
import type { Story } from '../../data/stories';
import { t } from '../../i18n/t';
import type { Lang } from '../../state/types';
import { parseBoundedJson, readFileBounded } from '../../outside/bounded';
import { problem, type Problem } from '../../outside/problem';
import { readStories } from '../../outside/story';
import type { World } from '../../outside/vocabulary';

export const STORIES_FILE_NAME = 'stories.json';

/** "steps[1].notes[0].text" -> "step 2, notes[0].text"; "title" -> "title". */
export function describeField(field: string): string {
  const m = /^steps\[(\d+)\]\.?(.*)$/.exec(field);
  if (!m) return field === '-' ? 'file' : field;
  const rest = m[2] ? `, ${m[2]}` : '';
  return `step ${Number(m[1]) + 1}${rest}`;
}

export async function checkStories(raw: unknown, model: Model, lang: Lang): Promise<{ stories: Story[]; problems: string[] }> {
  const { validateStories } = await import('../../data/stories');
  const { stories, problems } = validateStories(raw, model);
  return { stories, problems: problems.map((p) => t(lang, 'storyProblem', { story: p.id, where: describeField(p.field), message: p.message })) };
}

/**
 * A stories file opened by the reader: its size checked before it is read, its depth before it is parsed, then every
 * story read as anything from outside (outside/story.ts). Sound stories are kept; each problem is returned as data.
 */
export async function readStoriesFile(file: Blob, world: World): Promise<{ stories: Story[]; problems: Problem[] }> {
  const text = await readFileBounded(file);
  if (!text.ok) return { stories: [], problems: [problem('storiesFile', 'file', text.why, 'refused', undefined, text.limit)] };
  const parsed = parseBoundedJson(text.value, text.value.length);
  if (!parsed.ok) return { stories: [], problems: [problem('storiesFile', 'file', parsed.why, 'refused', undefined, parsed.limit)] };
  return readStories(parsed.value, 'storiesFile', world);
}

export function storiesFileText(stories: readonly Story[]): string {
  return `${JSON.stringify(stories, null, 2)}\n`;
}
