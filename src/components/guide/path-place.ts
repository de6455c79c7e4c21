/** Finds a page's place on the four-step path at build time: its step, its neighbours and their titles. */
import { getCollection } from 'astro:content';
import { findNeighboursOnPath, findPlace, pageAt, type PathPage, type PathPlace } from '../../lib/path';
import { TOOLS, type PathToolId } from '../../lib/site';

export interface ResolvedPlace {
  place: PathPlace;
  previous: PathPage | undefined;
  next: PathPage | undefined;
  titleOf(page: PathPage): string;
}

export async function resolvePathPlace(pathname: string): Promise<ResolvedPlace | undefined> {
  const page = pageAt(pathname);
  if (!page) return undefined;
  const guides = await getCollection('guides');
  const place = findPlace(page, (id) => guides.find((g) => g.id === id)?.data.topic);
  if (!place) return undefined;
  const titleOf = (p: PathPage): string => {
    const title = p.kind === 'guide' ? guides.find((g) => g.id === p.id)?.data.title : TOOLS[p.id as PathToolId]?.title;
    if (title === undefined) throw new Error(`The path names ${p.kind} "${p.id}", which does not exist`);
    return title;
  };
  return { place, ...findNeighboursOnPath(place), titleOf };
}
