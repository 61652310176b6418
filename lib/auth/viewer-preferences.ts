import "server-only";
// The signed-in person's stored preferences for this request (React's cache: the layout,
// the request config and the page share one lookup); null for visitors.
import { cache } from "react";
import { getViewer } from "./viewer";
import { getPreferences, type Preferences } from "./preferences";

export const getViewerPreferences = cache(async (): Promise<Preferences | null> => {
  const viewer = await getViewer();
  return viewer ? getPreferences(viewer.id) : null;
});
