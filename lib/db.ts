// The Prisma client of a process: SQLite or PostgreSQL, chosen by DATABASE_URL's scheme
// (lib/database-url.ts). Cached on globalThis so Next's dev reloads and the worker share
// one connection (SQLite) or one pool (PostgreSQL).
//
// `db` follows DATABASE_URL as it is when used, one client per URL: a server never changes
// it, and a test may switch it to run the same file against both providers
// (lib/test/providers.ts), with provider() and the client always agreeing.
import "server-only";
import type { PrismaClient } from "./generated/prisma/client";
import { databaseUrl, providerOf } from "./database-url";
import { createSqliteClient } from "./db/sqlite-client";
import { createPostgresClient } from "./db/postgres-client";
import { closeReadPool } from "./db/queries/postgres/connection";

export { provider, type Provider } from "./database-url";

const globalForDb = globalThis as unknown as { selarasDbClients?: Map<string, PrismaClient> };
const clients = (globalForDb.selarasDbClients ??= new Map<string, PrismaClient>());

function currentClient(): PrismaClient {
  const url = databaseUrl();
  let client = clients.get(url);
  if (!client) {
    client = providerOf(url) === "sqlite" ? createSqliteClient(url) : createPostgresClient(url);
    clients.set(url, client);
  }
  return client;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = currentClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

type DisconnectHook = (url: string) => Promise<void>;
const globalForHooks = globalThis as unknown as { selarasDisconnectHooks?: Set<DisconnectHook> };
const disconnectHooks = (globalForHooks.selarasDisconnectHooks ??= new Set<DisconnectHook>());

/** What else holds connections to a database (the queue engine's pool) closes with the client. */
export function onDisconnect(hook: DisconnectHook): void {
  disconnectHooks.add(hook);
}

/** Closes the client of a URL, and its raw-SQL read pool (tests that drop their database; a CLI at exit). */
export async function disconnectDatabase(url = databaseUrl()): Promise<void> {
  await Promise.all([...disconnectHooks].map((hook) => hook(url).catch(() => undefined)));
  const client = clients.get(url);
  clients.delete(url);
  await client?.$disconnect();
  await closeReadPool(url);
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
