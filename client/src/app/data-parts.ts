// The app's data is made of parts that arrive separately: the timeline page by page, the network, the sources.
// This holds the parts and the data composed from them, recomposed only when a part arrives, so the views see
// the same object (and their caches hold) between arrivals.
import type { ApiSource } from '../../../core/api/api-types.ts';
import { NO_NETWORK, type Loaded, type NetworkData, type TimelineData } from './load-data.ts';

export function dataParts() {
  let timeline: TimelineData | null = null;
  let network: NetworkData | null = null;
  let sources: ApiSource[] = [];
  let sourceTotal = 0;
  let data: Loaded | null = null;
  const compose = () => {
    data = timeline ? { ...timeline, ...(network ?? NO_NETWORK), sources, sourceTotal } : null;
  };
  return {
    /** The data; null until the timeline's first page is in. */
    current: (): Loaded | null => data,
    hasTimeline: () => timeline !== null,
    hasNetwork: () => network !== null,
    setTimeline(part: TimelineData): void {
      timeline = part;
      compose();
    },
    setNetwork(part: NetworkData): void {
      network = part;
      compose();
    },
    /** The sources known (a first page, the chosen ones) and how many the graph holds. */
    setSources(part: ApiSource[], total: number): void {
      sources = part;
      sourceTotal = total;
      compose();
    },
  };
}
