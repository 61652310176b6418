// The reader: one article, Indonesian and English side by side.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadDocument } from "./load-document";
import { LiveDocument } from "@/app/_components/reader/live-document";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [document, t] = await Promise.all([loadDocument(id), getTranslations("Meta")]);
  return { title: document ? t("documentTitle", { title: document.title }) : t("title") };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const document = await loadDocument(id);
  if (!document) notFound();
  // Keyed by id so moving between articles starts a fresh live view (and poller).
  return <LiveDocument key={document.id} initial={document} duplicate={query.duplicate === "1"} />;
}
