// Downloads a view as a picture, SVG or PNG (the SVG drawn onto a canvas at twice the size, for slides and
// documents without SVG support). The timeline is drawn by the builder the server's SVG export uses
// (core/picture), from what the view shows; the network, which only the browser lays out, is the live chart
// with its styles inlined, in the same frame and with the same credit.
import type { ApiSource } from '../../../core/api/api-types.ts';
import { pictureCredit } from '../../../core/picture/picture-credit.ts';
import { pictureFrame, type Picture, type PictureLegendItem } from '../../../core/picture/picture-frame.ts';
import { timelinePicture } from '../../../core/picture/timeline-picture.ts';
import type { TimelineView } from '../timeline/timeline-view.ts';
import { standaloneChart } from './standalone-chart.ts';

interface Caption {
  heading: string;
  summary: string;
  /** Every source the view draws from, by publication date. */
  sources: readonly ApiSource[];
  link: string | null;
}

export interface ViewPictureInput extends Caption {
  chart: SVGSVGElement;
  /** The view's HTML legend; its swatches are drawn again in the picture. */
  legend: HTMLElement | null;
}

function legendItems(host: HTMLElement | null): PictureLegendItem[][] {
  if (!host) return [];
  return [...host.querySelectorAll('ul')].map((ul) =>
    [...ul.querySelectorAll('li')].flatMap((li) => {
      const swatch = li.querySelector('svg');
      const label = li.textContent?.trim() ?? '';
      return swatch && label ? [{ swatch: standaloneChart(swatch).markup, label }] : [];
    }),
  );
}

export function viewPicture(input: ViewPictureInput): Picture {
  return pictureFrame({
    heading: input.heading,
    summary: input.summary,
    chart: standaloneChart(input.chart),
    legend: legendItems(input.legend),
    credit: pictureCredit(input.sources),
    link: input.link,
  });
}

/** The timeline as shown (its entries, width, window and lanes), every busy lane opened: paper cannot expand one. */
export function timelineViewPicture(view: TimelineView, caption: Caption): Picture {
  return timelinePicture({
    entries: view.entries(),
    width: view.width(),
    domain: view.domain(),
    laneBy: view.laneBy(),
    // Drawn from the server's counts (a large timeline zoomed out): the picture shows the same counts.
    layout: view.density() ? view.layout() : null,
    ...caption,
  });
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(picture: Picture, fileName: string): void {
  save(new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Rasterises at `scale` (2: sharp on high-density screens and in print at the picture's size). */
export async function pngOf(picture: Picture, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: URL, not a blob: one: the app's Content-Security-Policy allows images from data: only.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw a PNG');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the picture is too large for a PNG; try the SVG');
  return blob;
}

export async function downloadPng(picture: Picture, fileName: string): Promise<void> {
  save(await pngOf(picture), fileName);
}
