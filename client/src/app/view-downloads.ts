// What the app hands out: a picture of a view (SVG or PNG, with heading, legend, credit and link back), the
// embed dialog's snippet and export links, and a link to the exact view on the clipboard.
import type { embedDialog } from '../embed/embed-dialog.ts';
import { pictureFileName, viewHeading, viewSummary } from '../embed/view-caption.ts';
import {
  embedUrl,
  exportLinks,
  fullViewUrl,
  iframeSnippet,
  screenOnlyFilters,
  type EmbedView,
} from '../embed/view-links.ts';
import { downloadPng, downloadSvg, timelineViewPicture, viewPicture } from '../export/download-view.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import type { TimelineView } from '../timeline/timeline-view.ts';
import type { AppHosts } from './dom-hosts.ts';
import type { Loaded } from './load-data.ts';

export interface ViewDownloadsDeps {
  hosts: Pick<AppHosts, 'timelineLegend' | 'networkLegend'>;
  /** The app's path under the origin, for links back to it. */
  root: string;
  data: () => Loaded | null;
  /** The timeline on screen: its picture is drawn from what it shows. */
  timeline: TimelineView;
  state: () => ViewState;
  dialog: () => ReturnType<typeof embedDialog>;
  setBusy: (delta: number) => void;
  showStatus: (message: unknown) => void;
}

export function viewDownloads(deps: ViewDownloadsDeps) {
  const { hosts, root, data, timeline, state, dialog, setBusy, showStatus } = deps;

  function openEmbedDialog(view: EmbedView): void {
    const d = data();
    if (!d) return;
    const s = state();
    const src = embedUrl(location.origin, root, view, s);
    const title = viewHeading(view, d.sources, d.sourceTotal);
    dialog().open({
      view,
      src,
      snippet: (height) => iframeSnippet({ src, title, height }),
      links: exportLinks(location.origin, root, s),
      screenOnly: screenOnlyFilters(s),
    });
  }

  async function download(view: EmbedView, format: 'svg' | 'png'): Promise<void> {
    const chart = document.querySelector<SVGSVGElement>(
      view === 'timeline' ? '#timeline-chart svg.timeline-chart' : '#network-chart svg.network-chart',
    );
    const d = data();
    const s = state();
    // A picture is made from the chart on screen, so the list has none to offer.
    if (!d || !chart || (view === 'timeline' && s.show !== 'chart')) return;
    const fileName = pictureFileName(view, s, format);
    setBusy(1);
    try {
      const caption = {
        heading: viewHeading(view, d.sources, d.sourceTotal),
        summary: viewSummary(view, s, s.actor ? (d.actorById.get(s.actor)?.name ?? null) : null, [
          ...new Set(d.sources.filter((src) => s.sources.includes(src.id)).map((src) => src.publisher)),
        ]),
        sources: d.sources,
        link: fullViewUrl(location.origin, root, s),
      };
      const picture =
        view === 'timeline'
          ? timelineViewPicture(timeline, caption)
          : viewPicture({ chart, legend: hosts.networkLegend, ...caption });
      if (format === 'svg') downloadSvg(picture, fileName);
      else await downloadPng(picture, fileName);
      showStatus(`Downloaded ${fileName}.`);
    } catch (e) {
      showStatus(e);
    } finally {
      setBusy(-1);
    }
  }

  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      showStatus('Link copied: it opens this exact view.');
    } catch {
      // Clipboard access can be refused (no permission, no secure context): the link is still worth giving.
      showStatus(`Copy this link: ${location.href}`);
    }
  }

  return { openEmbedDialog, download, copyLink };
}
