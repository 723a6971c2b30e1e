/**
 * What jsdom lacks and Fluent UI v9 uses (media queries for motion, element resize observation,
 * scrolling an option into view). Imported by every task pane test before rendering. Also a
 * longer wait for findBy / waitFor: jest runs test files in parallel, and a busy machine can take
 * longer than Testing Library's default second to settle a render.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { configure } from "@testing-library/react";

// jsdom has neither; modules that make one when they load (the zip reader) need them before any
// test file's own code runs, so here, in the file every pane test imports first.
if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder, TextEncoder });

configure({ asyncUtilTimeout: 5000 });

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
    (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}

export {};
