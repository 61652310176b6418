// The editor: correct one article's translation sentence by sentence.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getEditorDocument } from "@/lib/segments/get-editor-document";
import { Editor } from "@/app/_components/editor/editor";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [document, t, tEditor] = await Promise.all([getEditorDocument(id), getTranslations("Meta"), getTranslations("Editor")]);
  return { title: document ? t("documentTitle", { title: `${tEditor("heading")}: ${document.title}` }) : t("title") };
}

export default async function EditPage({ params }: Props) {
  const { id } = await params;
  const document = await getEditorDocument(id);
  if (!document) notFound();
  return <Editor key={document.id} initial={document} />;
}
