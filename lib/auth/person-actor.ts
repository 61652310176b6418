import type { Actor } from "@/lib/changes/actor";

/** The change log's actor for a signed-in person: their id, and their name as shown. */
export function personActor(user: { id: string; name: string }): Actor {
  return { kind: "person", id: user.id, name: user.name };
}
