// What a W3C annotation's bodies say: a claim's status (`assessing`) and note (`commenting`,
// or a TextualBody without purpose), and the entities it names, read in the groups the
// exporter writes: a `tagging` body (the name) or our entity URN opens a group, the
// `identifying` links and the `classifying` type that follow belong to it.
import { CLAIM_STATUSES, type ClaimStatus } from '../model/annotations';
import { linkFromIri } from '../export/entity-links';
import { URN } from '../export/w3c';
import type { EntityCollector, EntityReference } from './entity-collector';
import { failAt, type FieldPath } from './errors';
import { entriesAt, type AnnotationInput } from './w3c-schemas';

export interface ReadBodies {
  status?: ClaimStatus;
  notes: string[];
  references: EntityReference[];
}

export function readBodies(
  annotation: AnnotationInput,
  at: FieldPath,
  entities: EntityCollector,
): ReadBodies {
  const read: ReadBodies = { notes: [], references: [] };
  if (annotation.bodyValue !== undefined) read.notes.push(annotation.bodyValue);
  let group: EntityReference | undefined;
  const open = (): EntityReference => {
    group = entities.reference();
    read.references.push(group);
    return group;
  };
  const addLink = (iri: string, key?: string) => {
    const link = linkFromIri(iri, key);
    if (link) (group ?? open()).links[link[0]] = link[1];
  };

  for (const [body, path] of entriesAt(annotation.body, [...at, 'body'])) {
    if (typeof body === 'string') {
      addLink(body); // a bare IRI body identifies something, the way a link does
      continue;
    }
    const purpose = body.purpose ?? (body.type === 'TextualBody' ? 'commenting' : undefined);
    const { value } = body;
    const iri = body.source ?? body.id;
    switch (purpose) {
      case 'assessing': {
        const status = value?.toLowerCase() as ClaimStatus;
        if (!CLAIM_STATUSES.includes(status)) {
          failAt([...path, 'value'], `not a claim status (one of ${CLAIM_STATUSES.join(', ')})`);
        }
        read.status = status;
        break;
      }
      case 'commenting':
      case 'describing':
        if (value !== undefined) read.notes.push(value);
        break;
      case 'tagging':
        open();
        if (value !== undefined) group!.name = value;
        if (iri !== undefined) addLink(iri, body.label);
        break;
      case 'classifying':
        if (value !== undefined) (group ?? open()).type = value;
        break;
      case 'identifying':
        if (!iri) failAt(path, 'an identifying body needs a source');
        if (iri.startsWith(URN.entity)) {
          if (!group || group.id !== undefined) open();
          group!.id = iri.slice(URN.entity.length);
        } else {
          addLink(iri, body.label);
        }
        break;
    }
  }
  return read;
}
