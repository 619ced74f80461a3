// Which gestures a chart's d3-zoom answers. In the app the wheel zooms; framed in someone's article, a
// wheel over the chart should scroll the article, so there zooming asks for Ctrl or ⌘ (a trackpad pinch
// arrives as a wheel event with ctrlKey). Otherwise d3-zoom's default: no secondary buttons, no Ctrl-drag.
export function zoomFilter(wheelNeedsModifier: () => boolean): (event: Event) => boolean {
  return (event) => {
    if (event instanceof WheelEvent) return !wheelNeedsModifier() || event.ctrlKey || event.metaKey;
    const mouse = event as MouseEvent;
    return !mouse.ctrlKey && !mouse.button;
  };
}
