import { useTranslations } from "next-intl";

/** A quiet skeleton in the reader's shape, so the page does not jump when it arrives. */
export default function ReaderLoading() {
  const t = useTranslations("Loading");
  return (
    <div role="status" aria-live="polite" className="space-y-8">
      <span className="sr-only">{t("article")}</span>
      <div aria-hidden="true" className="animate-pulse space-y-4">
        <div className="h-4 w-28 rounded bg-sunken" />
        <div className="h-9 w-3/4 rounded bg-sunken" />
        <div className="h-6 w-1/2 rounded bg-sunken" />
        <div className="h-2 w-80 rounded bg-sunken" />
      </div>
      <div aria-hidden="true" className="grid animate-pulse gap-8 rounded-2xl border border-line bg-surface p-8 md:grid-cols-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="space-y-2">
            <div className="h-3 rounded bg-sunken" />
            <div className="h-3 rounded bg-sunken" />
            <div className="h-3 w-2/3 rounded bg-sunken" />
          </div>
        ))}
      </div>
    </div>
  );
}
