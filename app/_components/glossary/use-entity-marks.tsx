"use client";
// The reader's name marks, all served by one set of listeners on the article: a tip on
// hover or focus, a click that navigates in-app, and on touch screens (no hover) a tap
// that opens a popover with the same facts and a link to the entry.
import { useEffect, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { DocumentEntity } from "@/lib/glossary/types";
import { usePopoverHost } from "../ui/popover-host";
import { EntityTip } from "./entity-tip";

const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>("a.entity-mark") : null);
/** The entry id is the last part of the mark's address (/glossary/<id>). */
const entryIdOf = (mark: HTMLAnchorElement) => decodeURIComponent(mark.pathname.split("/").pop() ?? "");

export function useEntityMarks(root: RefObject<HTMLElement | null>, entities: ReadonlyMap<string, DocumentEntity>): void {
  const host = usePopoverHost();
  const router = useRouter();
  const t = useTranslations("Glossary");

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let lastPointer = "mouse";
    const entityOf = (mark: HTMLAnchorElement) => entities.get(entryIdOf(mark));
    const show = (event: Event) => {
      const mark = markOf(event.target);
      const entity = mark && entityOf(mark);
      if (mark && entity) host.showTooltip(mark, () => <EntityTip entity={entity} />);
    };
    const hide = (event: Event) => {
      const mark = markOf(event.target);
      const next = (event as FocusEvent | PointerEvent).relatedTarget;
      if (mark && !(next instanceof Node && mark.contains(next))) host.hideTooltip(mark);
    };
    const onDown = (event: PointerEvent) => (lastPointer = event.pointerType);
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event.target);
      if (!mark || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const entity = entityOf(mark);
      if (lastPointer === "touch" && entity) host.openPopover(mark, t("entityPopoverLabel", { name: entity.source }), () => <EntityTip entity={entity} withLink />);
      else router.push(mark.getAttribute("href") ?? "/glossary");
    };
    element.addEventListener("pointerover", show);
    element.addEventListener("focusin", show);
    element.addEventListener("pointerout", hide);
    element.addEventListener("focusout", hide);
    element.addEventListener("pointerdown", onDown);
    element.addEventListener("click", onClick);
    return () => {
      element.removeEventListener("pointerover", show);
      element.removeEventListener("focusin", show);
      element.removeEventListener("pointerout", hide);
      element.removeEventListener("focusout", hide);
      element.removeEventListener("pointerdown", onDown);
      element.removeEventListener("click", onClick);
    };
  }, [root, entities, host, router, t]);
}
