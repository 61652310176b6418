"use client";
// One floating layer for the page: any mark can show a tooltip (hover, focus) or open a
// popover (click, tap), with its content built only when it opens. A long article then
// carries no tooltip or popover markup per mention, only the marks themselves.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

/** Marks point aria-describedby here; it holds the tip of the mark being hovered or focused. */
export const SHARED_TOOLTIP_ID = "shared-tooltip";

/**
 * rect: where to place it when the anchor is a part of an element (a word in a sentence).
 * focus false: a pointer opened it over text the reader keeps reading; focus stays, and Esc
 * closes it and still reaches the page. sheet: a wide panel, a bottom sheet on phones.
 */
export type PopoverOptions = { rect?: () => DOMRect; focus?: boolean; sheet?: boolean; onClose?: () => void };
type Layer = { anchor: HTMLElement; content: ReactNode; label?: string; options?: PopoverOptions };
type Host = {
  showTooltip: (anchor: HTMLElement, build: () => ReactNode) => void;
  hideTooltip: (anchor: HTMLElement) => void;
  openPopover: (anchor: HTMLElement, label: string, build: () => ReactNode, options?: PopoverOptions) => void;
  closePopover: () => void;
};

const HostContext = createContext<Host | null>(null);

export function usePopoverHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error("usePopoverHost needs a PopoverHost above it");
  return host;
}

/** Below the anchor if it fits, above otherwise; fixed to the viewport so no ancestor clips it. */
function place(anchor: HTMLElement, below: boolean, options?: PopoverOptions): React.CSSProperties {
  const rect = options?.rect?.() ?? anchor.getBoundingClientRect();
  const width = options?.sheet ? 392 : 272;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width));
  if (options?.sheet) {
    // A word's panel is tall: on the side with room for it, never past the window (it scrolls inside).
    const room = { below: window.innerHeight - rect.bottom - 12, above: rect.top - 12 };
    const side = room.below >= 320 || room.below >= room.above ? "below" : "above";
    const maxHeight = Math.max(120, Math.min(512, room[side]));
    return side === "below" ? { position: "fixed", left, top: rect.bottom + 4, maxHeight } : { position: "fixed", left, bottom: window.innerHeight - rect.top + 4, maxHeight };
  }
  return below ? { position: "fixed", left, top: rect.bottom + 4 } : { position: "fixed", left, bottom: window.innerHeight - rect.top + 4 };
}

export function PopoverHost({ children }: { children: ReactNode }) {
  const [tooltip, setTooltip] = useState<Layer | null>(null);
  const [popover, setPopover] = useState<Layer | null>(null);
  const [mounted, setMounted] = useState(false);
  const popoverRef = useRef<HTMLDivElement>(null);
  useEffect(() => setMounted(true), []);

  const host = useMemo<Host>(
    () => ({
      showTooltip: (anchor, build) => setTooltip({ anchor, content: build() }),
      hideTooltip: (anchor) => setTooltip((current) => (current?.anchor === anchor ? null : current)),
      openPopover: (anchor, label, build, options) => {
        setTooltip(null);
        setPopover((current) => {
          if (current && current.anchor !== anchor) current.options?.onClose?.();
          return { anchor, label, content: build(), ...(options ? { options } : {}) };
        });
      },
      closePopover: () => setPopover((current) => (current?.options?.onClose?.(), null)),
    }),
    [],
  );

  const close = useCallback(() => {
    setPopover((current) => {
      current?.options?.onClose?.();
      if (current?.options?.focus !== false || current.anchor.contains(document.activeElement) || popoverRef.current?.contains(document.activeElement)) {
        current?.anchor.focus({ preventScroll: true });
      }
      return null;
    });
  }, []);

  // A popover moves focus in, closes on Esc (focus back to its mark) and on a press outside.
  useEffect(() => {
    if (!popover) return;
    if (popover.options?.focus !== false) popoverRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      // Opened by a pointer with focus left on the page: Esc also does what the page does with it.
      const inside = popoverRef.current?.contains(document.activeElement) ?? false;
      if (popover.options?.focus !== false || inside) event.preventDefault();
      close();
    };
    const onDown = (event: PointerEvent) => {
      if (!popoverRef.current?.contains(event.target as Node) && !popover.anchor.contains(event.target as Node)) setPopover((current) => (current?.options?.onClose?.(), null));
    };
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("pointerdown", onDown);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      window.removeEventListener("pointerdown", onDown);
    };
  }, [popover, close]);

  // The layer is fixed to the viewport: when the page scrolls (focusing a mark scrolls it
  // into view), it is placed again beside its mark, once per frame.
  const [, setFrame] = useState(0);
  useEffect(() => {
    if (!tooltip && !popover) return;
    let queued = 0;
    const onScroll = () => {
      if (!queued) queued = requestAnimationFrame(() => ((queued = 0), setFrame((n) => n + 1)));
    };
    window.addEventListener("scroll", onScroll, { passive: true, capture: true });
    return () => {
      cancelAnimationFrame(queued);
      window.removeEventListener("scroll", onScroll, { capture: true });
    };
  }, [tooltip, popover]);

  const layerClass = "z-50 w-max max-w-64 rounded-md border border-line bg-surface px-2.5 py-1.5 font-sans text-xs leading-5 text-ink shadow-lg";
  return (
    <HostContext.Provider value={host}>
      {children}
      {mounted &&
        createPortal(
          <>
            <div id={SHARED_TOOLTIP_ID} role="tooltip" hidden={!tooltip} data-testid="shared-tooltip" style={tooltip ? place(tooltip.anchor, false) : undefined} className={`pointer-events-none ${layerClass}`}>
              {tooltip?.content}
            </div>
            {popover && (
              <div
                ref={popoverRef}
                role="dialog"
                aria-label={popover.label}
                tabIndex={-1}
                data-testid="shared-popover"
                data-sheet={popover.options?.sheet ? "true" : undefined}
                style={place(popover.anchor, true, popover.options)}
                className={popover.options?.sheet ? "popover-sheet z-50 w-[24rem] max-w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-line bg-surface p-3 font-sans text-sm leading-6 text-ink shadow-lg outline-none" : `${layerClass} outline-none`}
              >
                {popover.content}
              </div>
            )}
          </>,
          document.body,
        )}
    </HostContext.Provider>
  );
}
