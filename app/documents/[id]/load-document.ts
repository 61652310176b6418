import "server-only";
// One database read per request, shared by the layout's existence check, the
// metadata and the page (React's cache lasts for a single server render).
import { cache } from "react";
import { getDocument } from "@/lib/documents/get-document";

export const loadDocument = cache(getDocument);
