// Checks that the article exists before anything streams. loading.tsx makes the page
// stream, and a notFound() raised after streaming starts would answer 200; from the
// layout it is decided first, so unknown ids get a real 404.
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { loadDocument } from "./load-document";

export default async function DocumentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await loadDocument(id))) notFound();
  return children;
}
