import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site';

export async function GET(context: APIContext) {
  const guides = (await getCollection('guides')).sort((a, b) => b.data.updated.localeCompare(a.data.updated));
  return rss({
    title: `${SITE_NAME} guides`,
    description: SITE_DESCRIPTION,
    site: context.site!,
    items: guides.map((g) => ({
      title: g.data.title,
      description: g.data.description,
      // Calendar dates are noon UTC so no time zone moves them to another day.
      pubDate: new Date(`${g.data.updated}T12:00:00Z`),
      link: `/guides/${g.id}/`,
    })),
  });
}
