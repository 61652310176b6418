// Translation memory: import existing parallel data (editors), see every import with its
// counts (readers), remove one (editors).
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { roleReaches } from "@/lib/auth/roles";
import { listMemoryImports } from "@/lib/memory/list-memory-imports";
import { env } from "@/lib/env";
import { formatBytes } from "@/lib/memory/upload-files";
import { MemoryImportForm } from "@/app/_components/memory/memory-import-form";
import { MemoryImportList } from "@/app/_components/memory/memory-import-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Memory");
  return { title: `${t("title")} · Selaras` };
}

export default async function MemoryPage() {
  await connection();
  const [imports, viewer, t] = await Promise.all([listMemoryImports(), getViewer(), getTranslations("Memory")]);
  const canEdit = viewer !== null && roleReaches(viewer.role, "edit");
  return (
    <div className="space-y-8">
      <section aria-labelledby="memory-heading" className="max-w-3xl space-y-2">
        <h1 id="memory-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-muted">{t("intro")}</p>
      </section>
      {canEdit && <MemoryImportForm maxLabel={formatBytes(env().MEMORY_IMPORT_MAX_BYTES)} />}
      <MemoryImportList imports={imports} canEdit={canEdit} />
    </div>
  );
}
