/** How long a message stays: long enough to read, short enough not to describe a view that has moved on. */
const STATUS_MS = 6000;

/** The status line under the app: a message (or an error's) shown for a while, the newest replacing the last. */
export function statusLine(host: HTMLElement): (message: unknown) => void {
  let timer = 0;
  return (message) => {
    const text = message instanceof Error ? `Something went wrong: ${message.message}` : String(message);
    host.textContent = text;
    clearTimeout(timer);
    timer = window.setTimeout(() => (host.textContent = ''), STATUS_MS);
  };
}
