// The reader: one article, Indonesian and English side by side, interlinear or for learning.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadFirstWindow } from "./load-document";
import { LiveDocument } from "@/app/_components/reader/live-document";
import { parseReaderMode, READER_MODE_COOKIE } from "@/app/_components/reader/reader-mode";
import { getViewerPreferences } from "@/lib/auth/viewer-preferences";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [first, t] = await Promise.all([loadFirstWindow(id), getTranslations("Meta")]);
  return { title: first ? t("documentTitle", { title: first.view.title }) : t("title") };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const [{ id }, query, cookieStore, preferences] = await Promise.all([params, searchParams, cookies(), getViewerPreferences()]);
  // A long article's HTML carries its first window only; the browser fetches the rest.
  const first = await loadFirstWindow(id);
  if (!first) notFound();
  const { view, outline } = first;
  // The remembered mode comes from a cookie, so the first paint is already in that mode.
  const mode = parseReaderMode(cookieStore.get(READER_MODE_COOKIE)?.value ?? preferences?.readingMode);
  // Keyed by id so moving between articles starts a fresh live view (and poller).
  return <LiveDocument key={view.id} initial={view} outline={outline} duplicate={query.duplicate === "1"} initialMode={mode} />;
}
