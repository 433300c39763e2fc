import {
  formatAmsterdamIso,
  type CustomerKind,
  type PartyContact,
  type PartyMerge,
  type PartyRequest,
  type PartySummary,
  type PartyView,
  REQUEST_KIND_PREFIX,
  type RequestKind,
} from '@helder/domain';
import { BsnVault } from './bsn-vault.js';
import { oneLineAddress, type StoredAddress } from './fields.js';
import type { DigitalAddressRow, IdentifierRow, PartyRow } from './repository.js';
import type { OpenRequestRow, RecentContactRow } from './view-repository.js';

const iso = (v: string | Date) => new Date(v).toISOString();

export function presentSummary(p: PartyRow, defaults: { phone: string | null; email: string | null } | undefined, identifiers: IdentifierRow[]): PartySummary {
  return {
    id: p.id,
    number: p.number,
    kind: p.kind as CustomerKind,
    name: p.name,
    phone: defaults?.phone ?? null,
    email: defaults?.email ?? null,
    address: oneLineAddress(p.visitAddress as StoredAddress | null),
    kvkNumber: identifiers.find((i) => i.idKind === 'kvk_nummer')?.value ?? null,
    active: p.active,
  };
}

export interface PartyViewData {
  party: PartyRow;
  addresses: DigitalAddressRow[];
  identifiers: IdentifierRow[];
  requests: (OpenRequestRow & { dueState: string })[];
  contacts: RecentContactRow[];
  hidden: number;
  merges: { id: string; survivor_id: string; merged_id: string; merged_name: string; merged_at: string | Date; merged_by_name: string | null; undone_at: string | Date | null }[];
  bsnEnabled: boolean;
  undoDays: number;
}

export function presentParty(d: PartyViewData): PartyView {
  const p = d.party;
  const address = p.visitAddress as StoredAddress | null;
  const defaults = {
    phone: d.addresses.find((a) => a.kind === 'phone')?.value ?? null,
    email: d.addresses.find((a) => a.kind === 'email')?.value ?? null,
  };
  const bsn = d.identifiers.find((i) => i.idKind === 'bsn');
  return {
    ...presentSummary(p, defaults, d.identifiers),
    initials: p.initials,
    firstName: p.firstName,
    surnamePrefix: p.surnamePrefix,
    surname: p.surname,
    digitalAddresses: d.addresses.map((a) => ({ id: a.id, kind: a.kind as 'email' | 'phone' | 'other', value: a.value, label: a.label, isDefault: a.isDefault })),
    visitAddress: address
      ? {
          street: address.street ?? null,
          houseNumber: address.houseNumber ?? null,
          houseNumberSuffix: address.houseNumberSuffix ?? null,
          postcode: address.postcode ?? null,
          city: address.city ?? null,
          country: address.country ?? null,
        }
      : null,
    ownReference: d.identifiers.find((i) => i.idKind === 'overig')?.value ?? null,
    bsnMasked: bsn ? BsnVault.mask(bsn.valueHint) : null,
    bsnEnabled: d.bsnEnabled,
    internalNote: p.internalNote,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    mergedIntoId: p.mergedIntoId,
    openRequests: d.requests.map(presentRequest),
    recentContacts: d.contacts.map(presentContactRow),
    hiddenCount: d.hidden,
    merges: d.merges.map((m) => presentMerge(m, d.undoDays)),
  };
}

function presentRequest(r: OpenRequestRow & { dueState: string }): PartyRequest {
  return {
    id: r.id,
    reference: `${REQUEST_KIND_PREFIX[r.kind as RequestKind] ?? 'TB'}-${r.number}`,
    kind: r.kind as RequestKind,
    status: r.status as PartyRequest['status'],
    teamName: r.team_name,
    assigneeName: r.assignee_name,
    question: r.question,
    createdAt: iso(r.created_at),
    dueAt: formatAmsterdamIso(new Date(r.due_at)),
    dueState: r.dueState,
  };
}

function presentContactRow(c: RecentContactRow): PartyContact {
  return {
    id: c.id,
    reference: `K-${c.number}`,
    occurredAt: iso(c.occurred_at),
    channel: c.channel as PartyContact['channel'],
    subject: c.subject,
    summary: c.summary,
    answer: c.answer,
    resolution: c.resolution as PartyContact['resolution'],
    teamName: c.team_name,
    productName: c.product_name,
  };
}

function presentMerge(m: PartyViewData['merges'][number], undoDays: number): PartyMerge {
  const mergedAt = new Date(m.merged_at);
  return {
    id: m.id,
    survivorId: m.survivor_id,
    mergedId: m.merged_id,
    mergedName: m.merged_name,
    mergedAt: mergedAt.toISOString(),
    mergedByName: m.merged_by_name,
    undoUntil: new Date(mergedAt.getTime() + undoDays * 86_400_000).toISOString(),
    undoneAt: m.undone_at ? iso(m.undone_at) : null,
  };
}
