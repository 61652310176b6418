import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "./_components/ui/site-header";
import { PopoverHost } from "./_components/ui/popover-host";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Meta");
  return { title: t("title"), description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Header")]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-paper text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:shadow-lg"
        >
          {t("skipToContent")}
        </a>
        {/* Messages, locale and time zone reach client components from the request config. */}
        <NextIntlClientProvider>
          {/* One tooltip and one popover for the whole page (glossary marks and later word help). */}
          <PopoverHost>
            <SiteHeader />
            <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pb-20 pt-8 outline-none sm:px-6">
              {children}
            </main>
          </PopoverHost>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
