// Recent changes across the corpus: who did what to which sentence, newest first,
// filterable by action and actor, one page at a time (an "older" link carries the cursor).
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listChanges, parseChangeQuery } from "@/lib/changes/list-changes";
import { ACTION_NAMES } from "@/lib/changes/action-names";
import { ChangeList } from "./change-list";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Changes");
  return { title: t("title") };
}

const single = (value: string | string[] | undefined): string | undefined => (typeof value === "string" ? value : undefined);

export default async function ChangesPage({ searchParams }: Props) {
  await connection();
  const [params, t, te] = await Promise.all([searchParams, getTranslations("Changes"), getTranslations("Editor")]);
  const filter = { action: single(params.action), actor: single(params.actor), before: single(params.before) };
  const parsed = parseChangeQuery(filter);
  const page = parsed.ok ? await listChanges(parsed.query) : parsed;
  const older = page.ok && page.next ? `/changes?${new URLSearchParams({ ...definedOnly({ action: filter.action, actor: filter.actor }), before: page.next })}` : null;
  return (
    <div className="space-y-6">
      <section aria-labelledby="changes-heading" className="max-w-3xl space-y-3">
        <h1 id="changes-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{t("heading")}</h1>
        <p className="text-muted">{t("intro")}</p>
        <form action="/changes" className="flex flex-wrap items-end gap-3" data-testid="changes-filter">
          <label className="flex flex-col gap-1 text-sm">
            {t("actionLabel")}
            <select name="action" defaultValue={filter.action ?? ""} className="rounded-lg border border-line bg-surface px-3 py-2">
              <option value="">{t("anyAction")}</option>
              {ACTION_NAMES.map((name) => (
                <option key={name} value={name}>{te(`action.${name}`)}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("actorLabel")}
            <input name="actor" defaultValue={filter.actor ?? ""} maxLength={200} placeholder={t("actorPlaceholder")} className="rounded-lg border border-line bg-surface px-3 py-2" />
          </label>
          <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink shadow-sm hover:opacity-90">{t("apply")}</button>
        </form>
      </section>
      {!page.ok && <p role="alert" className="text-sm text-danger">{t("badFilter")}</p>}
      {page.ok && page.changes.length === 0 && <p data-testid="changes-empty" className="text-muted">{t("empty")}</p>}
      {page.ok && page.changes.length > 0 && <ChangeList changes={page.changes} />}
      {older && (
        <Link href={older} data-testid="changes-older" className="inline-block text-sm">{t("older")}</Link>
      )}
    </div>
  );
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
}
