import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "./roles";

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
