// Type-checks every next-intl key and locale against messages/en.json. Module
// augmentation only works with `interface`, hence the exception to the house style.
import type messages from "./messages/en.json";
import type { AppLocale } from "./lib/i18n/locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
