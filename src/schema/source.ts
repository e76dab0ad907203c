import * as z from "zod/mini";
import { IsoDate, Slug, Text, Url } from "./common.js";

const Paragraph = z.strictObject({
  n: z.int().check(z.positive("a paragraph number of 1 or more")),
  excerpt: Text,
  gloss: z.optional(Text),
});

const Excerpt = z.strictObject({
  key: Slug,
  excerpt: Text,
  gloss: z.optional(Text),
});

/** One public source: an article (numbered paragraphs) or a page, model card, licence (named excerpts). */
export const SourceRecord = z.strictObject({
  id: Slug,
  title: Text,
  title_ko: z.optional(Text),
  publisher: Text,
  published: IsoDate,
  url: Url,
  language: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "a language tag such as ko or en")),
  note: z.optional(Text),
  paragraphs: z.optional(z.array(Paragraph)),
  excerpts: z.optional(z.array(Excerpt)),
});

export type SourceRecord = z.infer<typeof SourceRecord>;
