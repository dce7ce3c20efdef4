// An entity's links (`{ wikidata: "Q…", huggingface: "org/model", website: "https://…" }`) as
// the IRIs that W3C Web Annotation bodies name, and back. Wikidata ids become the entity IRIs
// Wikidata publishes (`http://www.wikidata.org/entity/Q…`); values that are already web
// addresses stay as they are; anything else gets a `urn:factmark:link:` IRI, so no link is lost.

const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';
const WIKIDATA_ID = /^[QPL][1-9][0-9]*$/;
const WIKIDATA_IRI = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/([QPL][1-9][0-9]*)$/;
const HUGGING_FACE = 'https://huggingface.co/';
const LINK_URN = 'urn:factmark:link:';
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

export interface LinkIri {
  /** the IRI of the linked resource */
  iri: string;
  /** the link's key, when the IRI alone does not tell it */
  key?: string;
}

export function linkToIri(key: string, value: string): LinkIri {
  if (key === 'wikidata' && WIKIDATA_ID.test(value)) return { iri: WIKIDATA_ENTITY + value };
  if (key === 'huggingface' && !WEB_ADDRESS.test(value) && !/\s/.test(value)) {
    return { iri: HUGGING_FACE + value };
  }
  if (WEB_ADDRESS.test(value)) return { iri: value, key };
  return { iri: `${LINK_URN}${encodeURIComponent(key)}:${encodeURIComponent(value)}` };
}

/**
 * The link an IRI stands for, as `[key, value]`. `key` is the one written beside the IRI, if
 * any; an address of another site without one is keyed by its host name (`example.org`).
 * Returns null for IRIs that are not links (e.g. Factmark's own entity URNs).
 */
export function linkFromIri(iri: string, key?: string): [string, string] | null {
  if (key !== undefined && WEB_ADDRESS.test(iri)) return [key, iri];
  const wikidata = WIKIDATA_IRI.exec(iri);
  if (wikidata) return ['wikidata', wikidata[1]!];
  if (iri.startsWith(HUGGING_FACE)) return ['huggingface', iri.slice(HUGGING_FACE.length)];
  if (iri.startsWith(LINK_URN)) {
    const rest = iri.slice(LINK_URN.length);
    const colon = rest.indexOf(':');
    if (colon <= 0) return null;
    try {
      return [decodeURIComponent(rest.slice(0, colon)), decodeURIComponent(rest.slice(colon + 1))];
    } catch {
      return null;
    }
  }
  if (WEB_ADDRESS.test(iri)) return [hostKey(iri), iri];
  return null;
}

function hostKey(url: string): string {
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? 'link';
  return host.toLowerCase().replace(/^www\./, '');
}

/** brat normalisation: `Wikidata:Q42`, other keys as they are; null when brat cannot hold it. */
export function linkToBratReference(key: string, value: string): string | null {
  const db = key === 'wikidata' ? 'Wikidata' : key;
  if (!/^[^\s:]+$/.test(db) || !/^\S+$/.test(value)) return null;
  return `${db}:${value}`;
}

export function linkFromBratReference(db: string, id: string): [string, string] {
  return [db.toLowerCase() === 'wikidata' ? 'wikidata' : db, id];
}
