// Writes a deck plan as a PowerPoint file (16:9) with PptxGenJS: a title slide, one slide per step (map picture with
// its alternative text, the title and text as editable text boxes, a footnote of sources, speaker notes) and a closing
// slide of every source. Right-to-left languages get mirrored slides and right-to-left paragraphs.
import PptxGenJS from 'pptxgenjs';
import { locale } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { DeckPlan, SourceLine, StepSlide } from './deck-plan';

/** Slide size in inches (PowerPoint's 16:9 "widescreen"). */
const SLIDE = { width: 13.333, height: 7.5, margin: 0.4 } as const;
const INK = '1C2026';
const MUTED = '555555';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Run = PptxGenJS.TextProps;

/** The slide pictures, one data URL per map of each step, in the plan's order. */
export type StepPictures = readonly (readonly string[])[];

export async function writeDeck(plan: DeckPlan, pictures: StepPictures): Promise<Blob> {
  const rtl = plan.direction === 'rtl';
  const uiLang = locale(plan.lang);
  // Mirrored layout in right-to-left languages: what stands at the left stands at the right.
  const place = (box: Box): Box => (rtl ? { ...box, x: SLIDE.width - box.x - box.w } : box);
  const align = rtl ? 'right' : 'left';
  /** Text the app says, in the reader's language. */
  const ui = (text: string, options: PptxGenJS.TextPropsOptions = {}): Run => ({ text, options: { rtlMode: rtl, lang: uiLang, align, ...options } });
  /** The story's own words, written in English: left to right even on a right-to-left slide. */
  const story = (text: string, options: PptxGenJS.TextPropsOptions = {}): Run => ({ text, options: { rtlMode: false, lang: 'en-GB', align, ...options } });

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = rtl;
  pptx.title = plan.title;
  pptx.subject = plan.madeWith;
  pptx.company = t(plan.lang, 'appTitle');

  const sourceRuns = (lines: readonly SourceLine[], size: number): Run[] =>
    lines.flatMap((line) => [
      ...(line.label ? [ui(`${line.label}: `, { fontSize: size, bold: line.kind === 'background', color: MUTED })] : []),
      ui(line.text, { fontSize: size, color: INK, ...(line.link ? {} : { breakLine: true }) }),
      ...(line.link ? [ui(` ${line.link}`, { fontSize: size, color: '1F5FA8', hyperlink: { url: line.link }, breakLine: true })] : []),
    ]);

  if (plan.kind === 'story') {
    const title = pptx.addSlide();
    title.addText([story(plan.title, { fontSize: 36, bold: true, color: INK })], { ...place({ x: SLIDE.margin, y: 1.2, w: 12.5, h: 1.3 }), valign: 'bottom', fit: 'shrink' });
    title.addText([story(plan.summary, { fontSize: 16, color: INK })], { ...place({ x: SLIDE.margin, y: 2.6, w: 12.5, h: 1.1 }), valign: 'top', fit: 'shrink' });
    title.addText([ui(plan.madeOn, { fontSize: 13, color: MUTED, breakLine: true }), ui(plan.madeWith, { fontSize: 13, color: MUTED })], { ...place({ x: SLIDE.margin, y: 3.8, w: 12.5, h: 0.7 }), valign: 'top' });
    title.addText([ui(t(plan.lang, 'slideDataSources'), { fontSize: 11, bold: true, color: INK, breakLine: true }), ...sourceRuns(plan.dataSources, 9), ui(t(plan.lang, 'slideBasemap'), { fontSize: 9, color: MUTED })], {
      ...place({ x: SLIDE.margin, y: 4.6, w: 12.5, h: 2.6 }),
      valign: 'top',
      fit: 'shrink',
    });
    title.addNotes(plan.summary);
  }

  plan.steps.forEach((step, i) => addStepSlide(pptx, step, pictures[i] ?? [], { place, ui, story, sourceRuns, lang: plan.lang }));

  if (plan.kind === 'story') {
    const closing = pptx.addSlide();
    closing.addText([ui(t(plan.lang, 'slideAllSources'), { fontSize: 26, bold: true, color: INK })], { ...place({ x: SLIDE.margin, y: 0.3, w: 12.5, h: 0.7 }), valign: 'middle' });
    closing.addText([...sourceRuns(plan.allSources, 11), ui(t(plan.lang, 'slideBasemap'), { fontSize: 11, color: MUTED })], { ...place({ x: SLIDE.margin, y: 1.1, w: 12.5, h: 6.0 }), valign: 'top', fit: 'shrink' });
  }
  // The pictures are PNGs, compressed already: deflating them again costs seconds and saves nothing.
  const blob = await pptx.write({ outputType: 'blob', compression: false });
  if (!(blob instanceof Blob)) throw new Error('the deck was not written');
  return blob;
}

interface StepTools {
  place(box: Box): Box;
  ui(text: string, options?: PptxGenJS.TextPropsOptions): Run;
  story(text: string, options?: PptxGenJS.TextPropsOptions): Run;
  sourceRuns(lines: readonly SourceLine[], size: number): Run[];
  lang: DeckPlan['lang'];
}

function addStepSlide(pptx: PptxGenJS, step: StepSlide, pictures: readonly string[], { place, ui, story, sourceRuns, lang }: StepTools): void {
  const slide = pptx.addSlide();
  const wide = SLIDE.width - SLIDE.margin * 2;
  slide.addText([story(step.title, { fontSize: 26, bold: true, color: INK })], { ...place({ x: SLIDE.margin, y: 0.2, w: wide, h: 0.65 }), valign: 'middle', fit: 'shrink' });
  slide.addText([ui(step.dateLine, { fontSize: 13, color: MUTED })], { ...place({ x: SLIDE.margin, y: 0.85, w: wide, h: 0.35 }), valign: 'middle' });
  const picture = (data: string, box: Box, altText: string): void => void slide.addImage({ data: data.replace(/^data:/, ''), ...place(box), altText });
  if (step.maps.length === 2) {
    // A comparison: map A and map B side by side under their months, the text below.
    const gap = 0.13;
    const w = (wide - gap) / 2;
    const h = (w * 9) / 16;
    step.maps.forEach((map, i) => {
      const x = SLIDE.margin + i * (w + gap);
      slide.addText([ui(map.label ?? '', { fontSize: 12, bold: true, color: INK })], { ...place({ x, y: 1.22, w, h: 0.3 }), valign: 'middle' });
      picture(pictures[i] ?? '', { x, y: 1.55, w, h }, map.altText);
    });
    if (step.text) slide.addText([story(step.text, { fontSize: 14, color: INK })], { ...place({ x: SLIDE.margin, y: 1.6 + h, w: wide, h: 5.95 - (1.6 + h) }), valign: 'top', fit: 'shrink' });
  } else {
    const w = 8.4;
    const h = (w * 9) / 16;
    picture(pictures[0] ?? '', { x: SLIDE.margin, y: 1.3, w, h }, step.maps[0]?.altText ?? '');
    if (step.text) slide.addText([story(step.text, { fontSize: 15, color: INK })], { ...place({ x: SLIDE.margin + w + 0.2, y: 1.3, w: wide - w - 0.2, h }), valign: 'top', fit: 'shrink' });
  }
  if (step.sources.length > 0) {
    slide.addText([ui(`${t(lang, 'sourcesHeading')}: `, { fontSize: 8, bold: true, color: INK, breakLine: true }), ...sourceRuns(step.sources, 8)], {
      ...place({ x: SLIDE.margin, y: 6.05, w: wide, h: 1.3 }),
      valign: 'top',
      fit: 'shrink',
    });
  }
  slide.addNotes(step.notes);
}
