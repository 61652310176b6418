// Wake-ups for translation workers on PostgreSQL, across machines: whoever owes work
// NOTIFYs the channel (inside the transaction that owes it, so only committed work wakes
// anyone), and every worker LISTENs on one connection of its own. A dropped connection is
// opened again with backoff; the poll stays as the slow fallback meanwhile.
import pg from "pg";

export const WAKE_CHANNEL = "selaras_translation";

type Listener = () => void;
type Channel = { listeners: Set<Listener>; client: pg.Client | null; closed: boolean; retryMs: number; timer?: NodeJS.Timeout };

const globalForWake = globalThis as unknown as { selarasWakeChannels?: Map<string, Channel> };
const channels = (globalForWake.selarasWakeChannels ??= new Map<string, Channel>());

/** Calls `listener` on every NOTIFY of the channel in this database, until the returned function is called. */
export function listenForWake(url: string, listener: Listener): () => void {
  let channel = channels.get(url);
  if (!channel) {
    channel = { listeners: new Set(), client: null, closed: false, retryMs: 500 };
    channels.set(url, channel);
    connect(url, channel);
  }
  channel.listeners.add(listener);
  const mine = channel;
  return () => {
    mine.listeners.delete(listener);
    if (mine.listeners.size > 0) return;
    mine.closed = true;
    clearTimeout(mine.timer);
    channels.delete(url);
    void mine.client?.end().catch(() => undefined);
  };
}

function connect(url: string, channel: Channel): void {
  const client = new pg.Client({ connectionString: url, application_name: "selaras-wake" });
  channel.client = client;
  let lost = false;
  const reconnect = (why: string) => {
    if (lost || channel.closed) return;
    lost = true;
    void client.end().catch(() => undefined);
    console.warn(`[worker] wake-up channel lost (${why}); listening again in ${channel.retryMs} ms`);
    channel.timer = setTimeout(() => connect(url, channel), channel.retryMs);
    channel.timer.unref();
    channel.retryMs = Math.min(30_000, channel.retryMs * 2);
    // Work owed while the channel was down is found now, not at the next poll.
    for (const listener of channel.listeners) listener();
  };
  client.on("notification", () => {
    for (const listener of channel.listeners) listener();
  });
  client.on("error", (error) => reconnect(error.message));
  client.on("end", () => reconnect("connection closed"));
  client
    .connect()
    .then(() => client.query(`LISTEN ${WAKE_CHANNEL}`))
    .then(() => {
      channel.retryMs = 500;
    })
    .catch((error: unknown) => reconnect(error instanceof Error ? error.message : String(error)));
}
