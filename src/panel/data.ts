import type { PanelResult } from "./compute.js";
import type { Reviews } from "./types.js";

/** A panel in use: the checked reviews, and what the rubric's panel section made of them. */
export interface PanelData {
  readonly reviews: Reviews;
  readonly result: PanelResult;
}
