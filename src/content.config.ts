import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // The province data (src/content/provinces/*.json) is not a collection: src/lib/provinces/data.ts is its one
  // loader, for the pages, the tools, the sidebar and the tests alike, and fails the build on a malformed entry.
};
