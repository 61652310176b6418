import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLink } from "./nav-link";
import { SearchBox } from "./search-box";
import { getViewer } from "@/lib/auth/viewer";
import { SignOutButton } from "@/app/_components/accounts/sign-out-buttons";

export async function SiteHeader() {
  const [t, viewer] = await Promise.all([getTranslations("Header"), getViewer()]);
  return (
    <header data-chrome className="border-b border-line bg-surface/80 backdrop-blur supports-[backdrop-filter]:bg-surface/70">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" aria-label={t("homeLabel")} className="group flex items-baseline gap-3 no-underline">
          <Logo />
          <span className="font-serif text-2xl font-semibold tracking-tight text-ink">Selaras</span>
          <span className="sr-only">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("navLabel")} className="-mx-2 flex max-w-full flex-wrap items-center gap-0.5">
          <NavLink href="/">{t("library")}</NavLink>
          <NavLink href="/search">{t("search")}</NavLink>
          <NavLink href="/overview">{t("overview")}</NavLink>
          <NavLink href="/glossary">{t("glossary")}</NavLink>
          <NavLink href="/memory">{t("memory")}</NavLink>
          <NavLink href="/words">{t("words")}</NavLink>
          <NavLink href="/export">{t("export")}</NavLink>
          <NavLink href="/changes">{t("changes")}</NavLink>
          <NavLink href="/trash">{t("trash")}</NavLink>
          {viewer?.role === "owner" && <NavLink href="/users">{t("users")}</NavLink>}
        </nav>
        <div className="ms-auto flex min-w-0 items-center gap-3">
          <SearchBox />
          <LocaleSwitcher />
          {viewer ? (
            <>
              <Link href="/account" data-testid="signed-in-as" className="text-sm font-medium text-ink">{viewer.name}</Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className="text-sm font-medium">{t("signIn")}</Link>
          )}
        </div>
      </div>
    </header>
  );
}

/** Two offset bars: two texts kept in line. Decorative, so hidden from assistive tech. */
function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 self-center text-accent" fill="currentColor">
      <rect x="2" y="5" width="9" height="3" rx="1.5" />
      <rect x="13" y="5" width="9" height="3" rx="1.5" opacity="0.55" />
      <rect x="2" y="10.5" width="9" height="3" rx="1.5" />
      <rect x="13" y="10.5" width="9" height="3" rx="1.5" opacity="0.55" />
      <rect x="2" y="16" width="9" height="3" rx="1.5" />
      <rect x="13" y="16" width="9" height="3" rx="1.5" opacity="0.55" />
    </svg>
  );
}
