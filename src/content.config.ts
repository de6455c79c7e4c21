import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './lib/guides/schema';
import { glossaryTermSchema } from './lib/glossary/schema';
import { paymentMethodSchema, platformSchema, ruleSchema } from './lib/facts/schema';
import { trustBandSchema, trustQuestionSchema } from './lib/trust/schema';
import { clauseSchema, agreementSummarySchema } from './lib/agreement/schema';
import { signalRuleSchema } from './lib/message-check/schema';

const data = (folder: string) => glob({ pattern: '*.yaml', base: `./src/content/data/${folder}` });

export const collections = {
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/guides' }), schema: guideSchema }),
  platforms: defineCollection({ loader: data('platforms'), schema: platformSchema }),
  paymentMethods: defineCollection({ loader: data('payment-methods'), schema: paymentMethodSchema }),
  rules: defineCollection({ loader: data('rules'), schema: ruleSchema }),
  glossary: defineCollection({ loader: file('src/content/data/glossary.yaml'), schema: glossaryTermSchema }),
  trustQuestions: defineCollection({ loader: data('trust-questions'), schema: trustQuestionSchema }),
  trustBands: defineCollection({ loader: data('trust-bands'), schema: trustBandSchema }),
  clauses: defineCollection({ loader: data('clauses'), schema: clauseSchema }),
  agreementSummary: defineCollection({
    loader: file('src/content/data/agreement-summary.yaml'),
    schema: agreementSummarySchema,
  }),
  messageSignals: defineCollection({ loader: data('message-signals'), schema: signalRuleSchema }),
};
