import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ProvinceSchema } from './lib/provinces/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // 各省管局要求: one JSON file per province; a rule without a source or a checked date fails the build.
  provinces: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/provinces' }),
    schema: ProvinceSchema,
  }),
};
