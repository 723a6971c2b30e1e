/** The taxonomy of 一级 / 二级 indicators, loaded from data and validated with zod. */
import { z } from "zod";
import { nameKey } from "../normalize";
import { DEFAULT_TAXONOMY } from "./default-taxonomy";

export const TaxonomySchema = z.object({
  editions: z
    .array(
      z.object({
        name: z.string().min(1),
        levels: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
      }),
    )
    .min(1),
});
export type TaxonomyData = z.infer<typeof TaxonomySchema>;

export interface Taxonomy {
  isLevel1(level1: string): boolean;
  /** True when level2 is a child of level1 in any edition. */
  isChild(level1: string, level2: string): boolean;
  /** The 一级 names that have this 二级, for "did you mean" messages. */
  parentsOf(level2: string): string[];
  level1Names(): string[];
}

/** Build a taxonomy from data; throws a zod error naming the bad path when the data is malformed. */
export function loadTaxonomy(data: unknown): Taxonomy {
  const parsed = TaxonomySchema.parse(data);
  const children = new Map<string, Set<string>>();
  const parents = new Map<string, Set<string>>();
  const display = new Map<string, string>();
  for (const edition of parsed.editions) {
    for (const [l1, l2s] of Object.entries(edition.levels)) {
      const k1 = nameKey(l1);
      display.set(k1, l1);
      if (!children.has(k1)) children.set(k1, new Set());
      for (const l2 of l2s) {
        children.get(k1)!.add(nameKey(l2));
        if (!parents.has(nameKey(l2))) parents.set(nameKey(l2), new Set());
        parents.get(nameKey(l2))!.add(l1);
      }
    }
  }
  return {
    isLevel1: (l1) => children.has(nameKey(l1)),
    isChild: (l1, l2) => children.get(nameKey(l1))?.has(nameKey(l2)) ?? false,
    parentsOf: (l2) => [...(parents.get(nameKey(l2)) ?? [])],
    level1Names: () => [...display.values()],
  };
}

export const defaultTaxonomy: Taxonomy = loadTaxonomy(DEFAULT_TAXONOMY);
