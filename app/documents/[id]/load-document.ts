import "server-only";
// The reader page's read, shared by the metadata and the page (React's cache lasts for a
// single server render): the first window and the whole article's figures, never every
// segment (see lib/documents/get-document-first-window).
import { cache } from "react";
import { getDocumentFirstWindow } from "@/lib/documents/get-document-first-window";
import { documentExists } from "@/lib/documents/document-exists";

export const loadFirstWindow = cache((id: string) => getDocumentFirstWindow(id));

/** The layout's existence check (reader and editor alike): one indexed row. */
export const loadDocumentExists = cache(documentExists);
