// Who a change is attributed to: an engine by its id, or a person. Until accounts exist
// every person is "human" with no id; the accounts work only has to fill `id` and `name`.
export type Actor = { kind: "engine"; name: string } | { kind: "person"; id: string | null; name: string };

export const HUMAN_NAME = "human";
export const HUMAN: Actor = { kind: "person", id: null, name: HUMAN_NAME };

export function engineActor(engineId: string): Actor {
  return { kind: "engine", name: engineId };
}

export function actorColumns(actor: Actor): { actorKind: Actor["kind"]; actorId: string | null; actorName: string } {
  return { actorKind: actor.kind, actorId: actor.kind === "person" ? actor.id : null, actorName: actor.name };
}
