// Checks that the article exists before anything streams. loading.tsx makes the page
// stream, and a notFound() raised after streaming starts would answer 200; from the
// layout it is decided first, so unknown ids get a real 404. An article in the trash
// gets a page that offers to restore it instead (reader and editor alike).
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTrashedDocument } from "@/lib/documents/list-trash";
import { TrashedDocument } from "@/app/_components/lifecycle/trashed-document";
import { loadDocumentExists } from "./load-document";

export default async function DocumentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (await loadDocumentExists(id)) return children;
  const trashed = await getTrashedDocument(id);
  if (!trashed) notFound();
  return <TrashedDocument document={trashed} />;
}
