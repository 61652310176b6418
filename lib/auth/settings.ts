import "server-only";
// Instance settings kept in the database. Only one so far: "anyone may read", off
// unless the owner turns it on.
import { db } from "@/lib/db";

const ANYONE_MAY_READ = "anyone-may-read";

export type InstanceSettings = { anyoneMayRead: boolean };

export async function getSettings(): Promise<InstanceSettings> {
  const row = await db.setting.findUnique({ where: { key: ANYONE_MAY_READ } });
  return { anyoneMayRead: row?.value === "true" };
}

export async function updateSettings(patch: Partial<InstanceSettings>): Promise<InstanceSettings> {
  if (patch.anyoneMayRead !== undefined) {
    const value = String(patch.anyoneMayRead);
    await db.setting.upsert({ where: { key: ANYONE_MAY_READ }, create: { key: ANYONE_MAY_READ, value }, update: { value } });
  }
  return getSettings();
}
