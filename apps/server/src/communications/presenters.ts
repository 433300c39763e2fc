// The register's rows as the API shows them (communicationSchema in @helder/domain).
import type { CommunicationKind, CommunicationStatus, KnowledgeB1, ReviewDecision } from '@helder/domain';
import type { CommunicationListRow, findCommunication, listReviews, listVersions } from './repository.js';

type Level = KnowledgeB1['level'];

export function presentSummary(row: CommunicationListRow) {
  return {
    id: row.id,
    kind: row.kind as CommunicationKind,
    title: row.title,
    teamId: row.teamId,
    teamName: row.teamName,
    recipients: row.recipients,
    template: row.template,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    status: row.status as CommunicationStatus,
    version: row.version,
    reviewRequired: row.reviewRequired,
    reviewDueAt: row.reviewDueAt?.toISOString() ?? null,
    b1: { isB1: row.isB1, level: row.level as Level },
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentCommunication(
  row: NonNullable<Awaited<ReturnType<typeof findCommunication>>>,
  versions: Awaited<ReturnType<typeof listVersions>>,
  reviews: Awaited<ReturnType<typeof listReviews>>,
) {
  return {
    ...presentSummary(row),
    b1: row.b1 as KnowledgeB1,
    approvedVersion: row.approvedVersion,
    sentVersion: row.sentVersion,
    versions: versions.map((v) => ({
      version: v.version,
      text: v.text,
      b1: v.b1 as KnowledgeB1,
      authorId: v.authorId,
      authorName: v.authorName,
      createdAt: v.createdAt.toISOString(),
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      version: r.version,
      requestedById: r.requestedById,
      requestedByName: r.requestedByName,
      requestedAt: r.requestedAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      decision: (r.decision as ReviewDecision | null) ?? null,
      decidedById: r.decidedById,
      decidedByName: r.decidedByName,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      comment: r.comment,
      comments: (r.comments as { passage: string | null; comment: string }[]) ?? [],
    })),
  };
}
