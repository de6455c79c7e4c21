import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guides/schema';
import { paymentMethodSchema, platformSchema, ruleSchema } from './lib/facts/schema';
import { clauseSchema } from './lib/agreement/schema';

const data = (folder: string) => glob({ pattern: '*.yaml', base: `./src/content/data/${folder}` });

export const collections = {
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/guides' }), schema: guideSchema }),
  platforms: defineCollection({ loader: data('platforms'), schema: platformSchema }),
  paymentMethods: defineCollection({ loader: data('payment-methods'), schema: paymentMethodSchema }),
  rules: defineCollection({ loader: data('rules'), schema: ruleSchema }),
  clauses: defineCollection({ loader: data('clauses'), schema: clauseSchema }),
};
