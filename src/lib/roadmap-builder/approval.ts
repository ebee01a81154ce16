// The built roadmap's approval block from the builder's state: the form the template or the curator chose, the
// organisation in the genitive (src/lib/grammar/), the head's name and the order's date and number.
import { approvalLines } from '../roadmap-approval.ts';
import { ruDate } from '../ru-words.ts';
import { approvalAuthority, organisationOf, type BuilderState } from './state.ts';

type ApprovalState = Pick<
  BuilderState,
  'approvalForm' | 'approverPosition' | 'approvedBy' | 'organisation' | 'organisationGenitive' | 'head' | 'approval'
>;

export function builtApprovalLines(state: ApprovalState): string[] {
  return approvalLines({
    form: state.approvalForm ?? 'order',
    authority: approvalAuthority(state),
    position: state.approverPosition ?? 'Директор',
    organisationGenitive: state.organisation.trim() ? organisationOf(state) : '',
    head: state.head,
    date: state.approval.date ? ruDate(state.approval.date) : '',
    number: state.approval.number,
  });
}
