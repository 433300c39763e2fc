import { COMMUNICATION_KIND_LABELS, COMMUNICATION_STATUS_LABELS, type CommunicationKind, type CommunicationStatus } from '@helder/domain';

const STATUS_CLASS: Record<CommunicationStatus, string> = {
  draft: 'helder-tag--knowledge-draft',
  review_requested: 'helder-tag--knowledge-internal',
  changes_requested: 'helder-tag--attention',
  approved: 'helder-tag--knowledge-published',
  sent: 'helder-tag--knowledge-archived',
};

export function CommunicationStatusTag({ status }: { status: CommunicationStatus }) {
  return <span className={`helder-tag ${STATUS_CLASS[status]}`}>{COMMUNICATION_STATUS_LABELS[status]}</span>;
}

export function KindLabel({ kind }: { kind: CommunicationKind }) {
  return <>{COMMUNICATION_KIND_LABELS[kind]}</>;
}

/** The level, with a sign so it does not rest on colour alone. */
export function LevelTag({ b1 }: { b1: { isB1: boolean; level: string } }) {
  return b1.isB1 ? (
    <span className="helder-tag helder-tag--knowledge-published">✓ {b1.level}: op B1-niveau</span>
  ) : (
    <span className="helder-tag helder-tag--attention">▲ {b1.level}: moeilijker dan B1</span>
  );
}
