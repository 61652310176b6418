// The trash: deleted articles, kept for 30 days with every edit; restore or delete for good.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listTrash } from "@/lib/documents/list-trash";
import { TRASH_DAYS } from "@/lib/documents/live-documents";
import { TrashList } from "@/app/_components/lifecycle/trash-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Lifecycle");
  return { title: `${t("trashHeading")} · Selaras` };
}

export default async function TrashPage() {
  await connection();
  const [documents, t] = await Promise.all([listTrash(), getTranslations("Lifecycle")]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="trash-heading" className="max-w-3xl space-y-2">
        <h1 id="trash-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{t("trashHeading")}</h1>
        <p className="text-lg text-muted">{t("trashIntro", { days: TRASH_DAYS })}</p>
        {documents.length > 0 && <p data-testid="trash-count" className="text-sm text-muted">{t("trashCount", { count: documents.length })}</p>}
      </section>
      <TrashList documents={documents} />
    </div>
  );
}
