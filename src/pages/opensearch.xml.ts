import type { APIRoute } from 'astro';
import { routes, shortLinks } from '../lib/routes.ts';
import { siteUrl } from '../lib/site-url.ts';

/** `/opensearch.xml`: lets browsers offer the site as a search engine (`kb 7004` in the address bar). */
export const GET: APIRoute = ({ site }) => {
  const abs = (path: string) => new URL(path, siteUrl(site)).href;
  // The template's placeholder must stay literal, so the query is appended unencoded.
  const template = `${abs(shortLinks.search())}?q={searchTerms}`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>KB</ShortName>
  <Description>Knowledge base: event IDs, error codes, KB numbers / Baza wiedzy</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${abs(routes.favicon())}</Image>
  <Url type="text/html" method="get" template="${template}"/>
</OpenSearchDescription>
`;
  return new Response(xml, {
    headers: { 'Content-Type': 'application/opensearchdescription+xml' },
  });
};
