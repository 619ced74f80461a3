// The Embed dialog: the <iframe> snippet for one view with a Copy button, a preview link, downloads of
// the view as a picture, and the server's exports with the same filters. It only reports downloads;
// main.ts makes the pictures.
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import type { ExportUrls } from '../../../core/exports/export-urls.ts';
import type { EmbedView } from './view-links.ts';

export interface EmbedDialogContent {
  view: EmbedView;
  /** The embed page's address for this view. */
  src: string;
  /** The snippet for a given frame height. */
  snippet: (height: number) => string;
  links: ExportUrls;
  /** Filters on screen that the exports cannot carry (named in a note). */
  screenOnly: readonly string[];
}

interface EmbedDialogEvents {
  download: [view: EmbedView, format: 'svg' | 'png'];
}

const HEIGHTS = [360, 480, 640];
const DEFAULT_HEIGHT = 480;
const NAME: Record<EmbedView, string> = { timeline: 'timeline', network: 'network' };

type Dialog = Selection<HTMLDialogElement, unknown, null, undefined>;

export function embedDialog(parent: HTMLElement = document.body) {
  const listeners = dispatch<object, EmbedDialogEvents>('download');
  let dialog: Dialog | null = null;
  let content: EmbedDialogContent | null = null;
  let height = DEFAULT_HEIGHT;

  function row(list: Selection<HTMLDListElement, unknown, null, undefined>, term: string, cls: string) {
    list.append('dt').text(term);
    return list.append('dd').attr('class', cls);
  }

  function create(): Dialog {
    const d = select(parent)
      .append('dialog')
      .attr('class', 'embed-dialog')
      .attr('aria-labelledby', 'embed-dialog-title')
      .attr('aria-describedby', 'embed-dialog-lede');
    // A click on the backdrop lands on the dialog itself; inside, it lands on a child.
    d.on('click', (event: MouseEvent) => {
      if (event.target === d.node()) d.node()!.close();
    });
    d.append('form')
      .attr('method', 'dialog')
      .append('button')
      .attr('class', 'dialog-close')
      .attr('aria-label', 'Close')
      .text('×');
    d.append('p').attr('class', 'kicker').text('Embed');
    d.append('h2').attr('id', 'embed-dialog-title');
    d.append('p').attr('id', 'embed-dialog-lede').attr('class', 'lede');

    const code = d.append('div').attr('class', 'code-head');
    code.append('label').attr('for', 'embed-code').text('HTML to paste');
    const size = code.append('label').attr('class', 'height-field');
    size.append('span').text('Height');
    size
      .append('select')
      .attr('id', 'embed-height')
      .on('change', function (this: HTMLSelectElement) {
        height = Number(this.value);
        fill();
      })
      .selectAll('option')
      .data(HEIGHTS)
      .join('option')
      .attr('value', (h) => h)
      .property('selected', (h) => h === DEFAULT_HEIGHT)
      .text((h) => `${h} px`);
    d.append('textarea')
      .attr('id', 'embed-code')
      .attr('readonly', '')
      .attr('rows', 4)
      .attr('spellcheck', 'false')
      .on('focus', function (this: HTMLTextAreaElement) {
        this.select();
      });
    const actions = d.append('div').attr('class', 'dialog-actions');
    actions
      .append('button')
      .attr('type', 'button')
      .attr('class', 'action primary copy-embed')
      .text('Copy code')
      .on('click', () => void copy());
    actions.append('a').attr('class', 'preview').attr('target', '_blank').attr('rel', 'noopener').text('Preview ↗');
    actions.append('span').attr('class', 'copy-status').attr('role', 'status').attr('aria-live', 'polite');

    d.append('h3').text('Pictures and data');
    const list = d.append('dl').attr('class', 'export-list');
    const pictures = row(list, 'This view as a picture', 'downloads');
    for (const format of ['svg', 'png'] as const)
      pictures
        .append('button')
        .attr('type', 'button')
        .attr('class', 'action')
        .attr('data-download-format', format)
        .text(`Download ${format.toUpperCase()}`)
        .on('click', () => content && listeners.call('download', undefined, content.view, format));
    const links = (dd: Selection<HTMLElement, unknown, null, undefined>, items: Array<[keyof ExportUrls, string]>) =>
      items.forEach(([key, label], i) => {
        if (i > 0) dd.append('span').attr('aria-hidden', 'true').attr('class', 'sep').text(' · ');
        dd.append('a').attr('data-export', key).attr('target', '_blank').attr('rel', 'noopener').text(label);
      });
    links(row(list, 'Print-ready timeline', 'print'), [['timelineSvg', 'SVG from the server']]);
    links(row(list, 'Timeline data', 'data'), [
      ['timelineJS', 'TimelineJS (JSON)'],
      ['timelineCsv', 'CSV with quotes'],
    ]);
    links(row(list, 'Network data', 'data'), [
      ['networkGraphml', 'GraphML (Gephi, yEd)'],
      ['networkJson', 'JSON'],
    ]);
    d.append('p').attr('class', 'note');
    return d;
  }

  function fill(): void {
    if (!dialog || !content) return;
    const c = content;
    const name = NAME[c.view];
    dialog.attr('data-view', c.view);
    dialog.select('h2').text(`Put the ${name} in your page`);
    dialog
      .select('.lede')
      .text(
        `Paste this where the ${name} should appear. It shows the ${name} as you see it now, sized to its frame, with a credit line and a link back to the full view.`,
      );
    dialog.select<HTMLTextAreaElement>('#embed-code').property('value', c.snippet(height));
    dialog.select('.preview').attr('href', c.src);
    dialog.selectAll<HTMLAnchorElement, unknown>('a[data-export]').attr('href', function () {
      return c.links[this.dataset.export as keyof ExportUrls] ?? null;
    });
    dialog
      .select('.note')
      .text(
        c.screenOnly.length
          ? `The embed keeps every filter; the files keep the dates, lanes and followed actor but not ${c.screenOnly.join(' or ')}.`
          : 'The files cover the same dates, lanes and followed actor as this view.',
      );
  }

  async function copy(): Promise<void> {
    if (!dialog) return;
    const area = dialog.select<HTMLTextAreaElement>('#embed-code').node()!;
    const status = dialog.select('.copy-status');
    try {
      await navigator.clipboard.writeText(area.value);
      status.text('Copied.');
    } catch {
      // No clipboard access (plain http, or permission refused): leave the code selected to copy by hand.
      area.focus();
      area.select();
      status.text('Press Ctrl+C (⌘C on a Mac) to copy the selected code.');
    }
  }

  const component = {
    open(next: EmbedDialogContent): void {
      content = next;
      dialog ??= create();
      dialog.select('.copy-status').text('');
      fill();
      const node = dialog.node()!;
      if (!node.open) node.showModal();
      dialog.select<HTMLButtonElement>('.copy-embed').node()!.focus();
    },
    close(): void {
      dialog?.node()!.close();
    },
    on<K extends keyof EmbedDialogEvents>(type: K, listener: (...args: EmbedDialogEvents[K]) => void) {
      (listeners.on as (type: string, callback: typeof listener) => void)(type, listener);
      return component;
    },
  };
  return component;
}

export type EmbedDialog = ReturnType<typeof embedDialog>;
